import { Locale } from './locale';
import de from './locales/de.json';
import en from './locales/en.json';

/**
 * Every text a person reads that the server writes, one catalog per language, in the format of
 * i18next (https://www.i18next.com/misc/json-format): `{{name}}` placeholders, `{{value, format}}`
 * for numbers, money and dates, `_one`/`_other` (and whatever else the language's plural rules
 * need) for plurals. The portal imports the same JSON files. German is the reference: the other
 * catalogs must have exactly its keys and placeholders (a test says which are missing).
 */
export type Catalog = typeof de;

/** Adding a language: its JSON file beside these, one line here and one value in `Locale`. */
export const CATALOGS: Record<Locale, Catalog> = {
  [Locale.DE]: de,
  [Locale.EN]: en,
};

/** The language a text falls back to when a catalog lacks it (never in a release: the test fails). */
export const FALLBACK_LOCALE = Locale.EN;

const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralSuffix = (typeof PLURAL_SUFFIXES)[number];

type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type WithoutPluralSuffix<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** A key of the catalogs, e.g. `mail.offerNew.subject`; a plural is named without its suffix. */
export type TextKey = WithoutPluralSuffix<LeafPaths<Catalog>>;

/** The enums whose values people read, by their GraphQL name: `enum.<name>.<value>` in the catalogs. */
export type EnumName = keyof Catalog['enum'];

/** The values of one enum that have a label, e.g. `'INQUIRY' | 'QUOTE_REQUEST' | 'DEMO'` for RequestType. */
export type EnumValue<E extends EnumName> = keyof Catalog['enum'][E] & string;

/** A key as i18next stores it, without a plural suffix (`failing_one` and `failing_other` are both `failing`). */
export function withoutPluralSuffix(key: string): string {
  const match = /^(.*)_([a-z]+)$/.exec(key);
  return match && (PLURAL_SUFFIXES as readonly string[]).includes(match[2]!) ? match[1]! : key;
}
