import { matchCompanyName, matchDomain, matchEmail } from './matching';

describe('duplicate matching keys', () => {
  it('compares e-mail addresses case-insensitively', () => {
    expect(matchEmail('  Jan.Meyer@Example.DE ')).toBe('jan.meyer@example.de');
    expect(matchEmail(null)).toBeNull();
  });

  it('takes the domain from the website, else from a company e-mail address', () => {
    expect(matchDomain('https://www.Nordlicht.example/kontakt', null)).toBe('nordlicht.example');
    expect(matchDomain('nordlicht.example', null)).toBe('nordlicht.example');
    expect(matchDomain(null, 'jan@hafen-logistik.de')).toBe('hafen-logistik.de');
    expect(matchDomain(null, 'jan.meyer@gmail.com')).toBeNull();
    expect(matchDomain('not a url', 'x@web.de')).toBeNull();
  });

  it('ignores case, umlaut spelling, punctuation and legal forms in company names', () => {
    expect(matchCompanyName('Nordlicht Wärmepumpen GmbH')).toBe(matchCompanyName('nordlicht waermepumpen'));
    expect(matchCompanyName('Müller & Söhne GmbH & Co. KG')).toBe('mueller soehne');
    expect(matchCompanyName('ACME Robotics, Inc.')).toBe('acme robotics');
    expect(matchCompanyName('Hafen Logistik')).not.toBe(matchCompanyName('Hafen Logistics'));
  });
});
