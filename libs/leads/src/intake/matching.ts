/**
 * The keys duplicates and existing customers are matched on. Nothing is merged automatically:
 * matches are only listed on the lead.
 */

/** Mail providers whose domain says nothing about the company. */
const FREE_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'posteo.de',
  'mail.de',
  'freenet.de',
  'aol.com',
  'proton.me',
  'protonmail.com',
]);

/** Legal forms left out when company names are compared. */
const LEGAL_FORMS =
  /\b(gmbh\s*&\s*co\.?\s*kg|gmbh|mbh|ag|kg|ohg|gbr|ug|e\.?\s?k\.?|se|inc|llc|ltd|limited|corp|corporation|co|plc|sarl|s\.?a\.?|b\.?v\.?)\b\.?/g;

export function matchEmail(email: string | null | undefined): string | null {
  return email ? email.trim().toLowerCase() : null;
}

/** The company's web domain: from its website, else from the contact's e-mail unless that is a free-mail address. */
export function matchDomain(website: string | null | undefined, email: string | null | undefined): string | null {
  if (website) {
    const host = website
      .trim()
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, '')
      .split(/[/?#:]/)[0]!
      .replace(/^www\./, '');
    if (host.includes('.')) return host;
  }
  const domain = email?.trim().toLowerCase().split('@')[1];
  return domain && !FREE_MAIL_DOMAINS.has(domain) ? domain : null;
}

/** "Nordlicht Wärmepumpen GmbH" and "nordlicht waermepumpen" compare equal. */
export function matchCompanyName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(LEGAL_FORMS, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
