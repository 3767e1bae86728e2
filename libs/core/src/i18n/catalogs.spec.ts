import { CATALOGS, withoutPluralSuffix } from './catalogs';
import { Locale } from './locale';
import { enumLabel, translate } from './translate';

type Tree = { [key: string]: string | Tree };

/** Every text of a catalog by its dotted key, plural forms included (`mail.x_one`, `mail.x_other`). */
function textsOf(tree: Tree, prefix = ''): Map<string, string> {
  return new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value] as const] : [...textsOf(value, `${prefix}${key}.`)],
    ),
  );
}

/** The placeholders of a text with their formats: `{{expiresAt, zonedDateTime}}` is "expiresAt, zonedDateTime". */
const placeholdersOf = (text: string) => [...text.matchAll(/\{\{-?\s*([^}]+?)\s*\}\}/g)].map((match) => match[1]!);

/** A catalog's texts grouped by key without plural suffix, each with the placeholders of all its forms. */
function keysOf(catalog: Tree): Map<string, { forms: string[]; placeholders: string[] }> {
  const keys = new Map<string, { forms: string[]; placeholders: string[] }>();
  for (const [key, text] of textsOf(catalog)) {
    const base = withoutPluralSuffix(key);
    const entry = keys.get(base) ?? { forms: [], placeholders: [] };
    entry.forms.push(key === base ? '' : key.slice(base.length + 1));
    entry.placeholders = [...new Set([...entry.placeholders, ...placeholdersOf(text)])].sort();
    keys.set(base, entry);
  }
  return keys;
}

/** The keys one catalog lacks and the keys it has that the reference has not. */
function keyDifferences(reference: Tree, catalog: Tree): { missing: string[]; unknown: string[] } {
  const expected = [...keysOf(reference).keys()].sort();
  const own = [...keysOf(catalog).keys()].sort();
  return { missing: expected.filter((key) => !own.includes(key)), unknown: own.filter((key) => !expected.includes(key)) };
}

/** The texts whose placeholders (names and formats) differ from the reference's. */
function placeholderDifferences(reference: Tree, catalog: Tree): { key: string; reference: string[]; own: string[] }[] {
  const expected = keysOf(reference);
  return [...keysOf(catalog)]
    .filter(
      ([key, { placeholders }]) => expected.has(key) && placeholders.join('|') !== expected.get(key)!.placeholders.join('|'),
    )
    .map(([key, { placeholders }]) => ({ key, reference: expected.get(key)!.placeholders, own: placeholders }));
}

const REFERENCE = Locale.DE;
const others = Object.values(Locale).filter((locale) => locale !== REFERENCE);
const catalog = (locale: Locale) => CATALOGS[locale] as Tree;

describe('text catalogs', () => {
  it.each(others)('%s has every key of the German catalog, and no other', (locale) => {
    expect(keyDifferences(catalog(REFERENCE), catalog(locale))).toEqual({ missing: [], unknown: [] });
  });

  it.each(others)('%s has the same placeholders, with the same formats, as German in every text', (locale) => {
    expect(placeholderDifferences(catalog(REFERENCE), catalog(locale))).toEqual([]);
  });

  it.each(Object.values(Locale))('%s has every plural form its language needs, and no empty text', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const incomplete = [...keysOf(catalog(locale))]
      .filter(([, { forms }]) => !forms.includes(''))
      .filter(([, { forms }]) => categories.some((category) => !forms.includes(category)))
      .map(([key, { forms }]) => ({ key, forms, needs: categories }));
    expect(incomplete).toEqual([]);
    expect([...textsOf(catalog(locale))].filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([]);
  });

  // The checks above must see what they are meant to catch.
  it('finds a key missing in one language, one only there, and a placeholder that differs', () => {
    const english = structuredClone(catalog(Locale.EN));
    const mail = english.mail as Tree;
    delete mail.greeting;
    mail.extra = 'Extra';
    (mail.offerNew as Tree).body = 'Accept it by {{expiresAt, datetime}}, {{tenant}}.';
    delete (mail.webhookDisabled as Tree).failing_one;
    expect(keyDifferences(catalog(Locale.DE), english)).toEqual({ missing: ['mail.greeting'], unknown: ['mail.extra'] });
    expect(placeholderDifferences(catalog(Locale.DE), english)).toEqual([
      { key: 'mail.offerNew.body', reference: ['expiresAt, zonedDateTime', 'tenant'], own: ['expiresAt, datetime', 'tenant'] },
    ]);
    const forms = keysOf(english).get('mail.webhookDisabled.failing')!.forms;
    expect(new Intl.PluralRules('en').resolvedOptions().pluralCategories.filter((c) => !forms.includes(c))).toEqual(['one']);
  });

  it('lets only keys of the catalogs through the type-check', () => {
    // @ts-expect-error: no such text
    expect(() => translate(Locale.DE, 'mail.noSuchText')).not.toThrow();
    // @ts-expect-error: a namespace is not a text
    translate(Locale.DE, 'mail.offerNew');
    // @ts-expect-error: no such value of RequestType
    enumLabel(Locale.DE, 'RequestType', 'CALLBACK');
    expect(translate(Locale.DE, 'mail.webhookDisabled.failing', { url: 'https://x.example', count: 1 })).toContain('einen Tag');
  });

  it('shows a date in the time zone asked for, else in UTC, always named', () => {
    const expiresAt = new Date('2026-07-01T12:00:00Z');
    expect(translate(Locale.DE, 'mail.offerReminder.subject', { expiresAt }, { timeZone: 'Europe/Berlin' })).toBe(
      'Erinnerung: Lead-Angebot läuft am Mi., 1. Juli 2026, 14:00 MESZ ab',
    );
    expect(translate(Locale.EN, 'mail.offerReminder.subject', { expiresAt })).toBe(
      'Reminder: lead offer expires on Wed, Jul 1, 2026, 12:00 PM UTC',
    );
  });
});
