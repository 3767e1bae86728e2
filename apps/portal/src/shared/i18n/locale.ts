// Which language the portal speaks: the one the viewer switched to, else the user's, else the
// tenant's, else the browser's; German or English, English when none of them is either.
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
