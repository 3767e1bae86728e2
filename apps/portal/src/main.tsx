import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './shared/i18n/i18n';

initI18n();
createRoot(document.getElementById('root')!).render(<App />);
