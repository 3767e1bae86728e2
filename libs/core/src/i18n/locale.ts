/** The languages LeadRelay speaks: every text a person reads exists in both. */
export enum Locale {
  DE = 'de',
  EN = 'en',
}
