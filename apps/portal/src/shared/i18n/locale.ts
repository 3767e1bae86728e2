// Which language the portal speaks: before sign-in the one switched to in this browser, else the
// browser's; signed in the one the user saved in their settings, else the one switched to, else the
// tenant's, else the browser's. German or English, English when none of them is either.
export const LOCALES = ['de', 'en'] as const;
export type PortalLocale = (typeof LOCALES)[number];

export interface LocaleSources {
  switched?: string | null;
  user?: string | null;
  tenant?: string | null;
  browser?: readonly string[];
}

function supported(tag: string | null | undefined): PortalLocale | undefined {
  const language = tag?.toLowerCase().split('-')[0];
  return LOCALES.find((locale) => locale === language);
}

export function chooseLocale({ switched, user, tenant, browser = [] }: LocaleSources): PortalLocale {
  return supported(switched) ?? supported(user) ?? supported(tenant) ?? browser.map(supported).find(Boolean) ?? 'en';
}

/** Signed in: the language saved on the account wins over one switched to in this browser before. */
export function chooseSignedInLocale({ switched, user, ...rest }: LocaleSources): PortalLocale {
  return chooseLocale({ ...rest, user, switched: supported(user) ? null : switched });
}
