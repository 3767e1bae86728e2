// i18next with the portal's two catalogs. The English one is the type every other must match, so a
// key missing in German, or a `t('...')` of an unknown key, fails the type-check.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de';
import { en } from './en';
import { type LocaleSources, type PortalLocale, chooseLocale, chooseSignedInLocale } from './locale';

const SWITCH_KEY = 'leadrelay.language';

function switched(): string | null {
  try {
    return localStorage.getItem(SWITCH_KEY);
  } catch {
    return null;
  }
}

let known: LocaleSources = {};

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: chooseLocale({ switched: switched(), browser: navigator.languages }),
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', (language) => document.documentElement.setAttribute('lang', language));
  document.documentElement.setAttribute('lang', i18next.language);
  return i18next;
}

/** After sign-in: the language saved on the account, else the one switched to, else the tenant's. */
export function applyLocale(sources: Pick<LocaleSources, 'user' | 'tenant'>): void {
  known = sources;
  const locale = chooseSignedInLocale({ switched: switched(), ...sources, browser: navigator.languages });
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
}

/** The language switch; remembered in this browser (signed in, the account keeps it too: see LanguageSwitch). */
export function switchLocale(locale: PortalLocale): void {
  try {
    localStorage.setItem(SWITCH_KEY, locale);
  } catch {
    // Private mode: the switch lasts until the page is left.
  }
  void i18next.changeLanguage(chooseLocale({ switched: locale, ...known }));
}
