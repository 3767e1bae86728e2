// Every screen is its own chunk: the sign-in page loads without the inbox, the inbox without the leads.
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layouts/AppLayout';
import { RequireSession } from './layouts/RequireSession';
import { Home } from './routes/home';

export const router = createBrowserRouter([
  { path: '/login', lazy: () => import('./routes/sign-in') },
  { path: '/forgot-password', lazy: () => import('./routes/forgot-password') },
  { path: '/set-password', lazy: () => import('./routes/set-password') },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: 'offers', lazy: () => import('./routes/inbox') },
      { path: 'offers/:offerId', lazy: () => import('./routes/inbox') },
      { path: 'leads', lazy: () => import('./routes/leads') },
      { path: 'leads/:leadId', lazy: () => import('./routes/lead') },
      { path: 'queues/:queue', lazy: () => import('./routes/queue') },
      { path: 'team', lazy: () => import('./routes/team') },
      { path: 'queues/failed-mails', lazy: () => import('./routes/failed-mails') },
      { path: 'partners', lazy: () => import('./routes/partners') },
      { path: 'config/members', lazy: () => import('./routes/members') },
      { path: 'config/intake-keys', lazy: () => import('./routes/intake-keys') },
      { path: 'config/webhooks', lazy: () => import('./routes/webhooks') },
      { path: 'config/reason-codes', lazy: () => import('./routes/reason-codes') },
      { path: 'config/tenant', lazy: () => import('./routes/tenant-settings') },
      { path: 'settings', lazy: () => import('./routes/settings') },
      { path: '*', lazy: () => import('./routes/not-found') },
    ],
  },
]);
