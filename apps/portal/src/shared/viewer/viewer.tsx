// Who is looking: the signed-in person's membership (role, tenant, its time zone and language).
// Roles decide only which navigation shows; what a person may do with a record comes from the API.
import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { useQuery } from 'urql';
import type { MeQuery } from '../graphql/generated/graphql';
import { applyLocale } from '../i18n/i18n';
import { session } from '../session/session';
import { Me } from './graphql/me';

export type Viewer = MeQuery['me'];

interface ViewerState {
  signedIn: boolean;
  viewer: Viewer | null;
  fetching: boolean;
}

const ViewerContext = createContext<ViewerState>({ signedIn: false, viewer: null, fetching: false });

export function useSignedIn(): boolean {
  return useSyncExternalStore(session.subscribe, session.signedIn);
}

export function ViewerProvider({ children }: { children: ReactNode }) {
  const signedIn = useSignedIn();
  const [{ data, fetching }] = useQuery({ query: Me, pause: !signedIn, requestPolicy: 'network-only' });
  const viewer = signedIn ? (data?.me ?? null) : null;
  useEffect(() => {
    if (viewer) applyLocale({ user: viewer.user.locale, tenant: viewer.membership.tenant.locale });
  }, [viewer]);
  return (
    <ViewerContext.Provider value={{ signedIn, viewer, fetching: signedIn && !viewer && fetching }}>
      {children}
    </ViewerContext.Provider>
  );
}

export function useViewerState(): ViewerState {
  return useContext(ViewerContext);
}

/** The viewer inside the signed-in part of the portal. */
export function useViewer(): Viewer {
  const { viewer } = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the signed-in routes');
  return viewer;
}

const PARTNER_ROLES = new Set(['PARTNER_ADMIN', 'PARTNER_SALES']);

/** Which side's navigation to show: partner (inbox, my leads) or vendor (leads, queues). */
export function isPartnerSide(viewer: Viewer): boolean {
  return PARTNER_ROLES.has(viewer.membership.role);
}

/** The tenant's time zone, where deadlines are counted; the browser's before sign-in. */
export function useTimeZone(): string {
  const { viewer } = useContext(ViewerContext);
  return viewer?.membership.tenant.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
