import { chooseLocale, chooseSignedInLocale } from './locale';

describe('the portal language', () => {
  it("is the user's, else the tenant's, else the browser's", () => {
    expect(chooseLocale({ user: 'EN', tenant: 'DE', browser: ['de-DE'] })).toBe('en');
    expect(chooseLocale({ user: null, tenant: 'DE', browser: ['en-US'] })).toBe('de');
    expect(chooseLocale({ browser: ['fr-FR', 'de-AT'] })).toBe('de');
  });

  it('follows the switch above all, and falls back to English', () => {
    expect(chooseLocale({ switched: 'de', user: 'EN', tenant: 'EN' })).toBe('de');
    expect(chooseLocale({ browser: ['fr-FR'] })).toBe('en');
  });

  it("signed in, takes the language saved on the account over the browser's switch", () => {
    expect(chooseSignedInLocale({ switched: 'de', user: 'EN', tenant: 'DE' })).toBe('en');
    expect(chooseSignedInLocale({ switched: 'en', user: null, tenant: 'DE' })).toBe('en');
    expect(chooseSignedInLocale({ user: null, tenant: 'DE', browser: ['en-US'] })).toBe('de');
  });
});
