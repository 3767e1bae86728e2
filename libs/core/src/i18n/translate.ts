import { createInstance, type i18n } from 'i18next';
import { CATALOGS, type EnumName, type EnumValue, FALLBACK_LOCALE, type TextKey } from './catalogs';
import { Locale } from './locale';

/** What a text's placeholders are filled with. Dates and numbers are formatted by the catalog's `{{x, format}}`. */
export type TextValues = Record<string, string | number | Date | null | undefined>;

/** How texts are put together for one reader: the time zone their dates are shown in. */
export interface TextOptions {
  /** IANA time zone of `{{x, zonedDateTime}}`, e.g. the tenant's Europe/Berlin. */
  timeZone?: string;
}

/** The end of every placeholder's value while a text is put together (see `finish`). */
const VALUE_END = '\u0002';

/**
 * Date and time with the time zone's name, so a deadline is never read in the wrong zone:
 * "Di., 1. Dez. 2026, 15:00 MEZ", "Tue, Dec 1, 2026, 3:00 PM GMT+1".
 */
const ZONED_DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/**
 * The formats LeadRelay's catalogs use beyond i18next's own (number, currency, datetime, list):
 * `zonedDateTime` (a date and time with its zone's name, in the `timeZone` option, else UTC) and `region`
 * (a country's name from its ISO code). The portal adds them to its own i18next instance.
 */
export function addTextFormats(instance: i18n): void {
  const formatter = instance.services.formatter!;
  formatter.add('zonedDateTime', (value: Date | string, lng: string | undefined, options: { timeZone?: string }) => {
    // Without a time zone given, UTC: still the right moment, and said so.
    return new Intl.DateTimeFormat(lng, { ...ZONED_DATE_TIME, timeZone: options.timeZone ?? 'UTC' }).format(new Date(value));
  });
  formatter.add('region', (value: string, lng: string | undefined) =>
    regionName((lng as Locale | undefined) ?? FALLBACK_LOCALE, value),
  );
}

function createTexts(): i18n {
  const instance = createInstance();
  void instance.init({
    resources: Object.fromEntries(Object.entries(CATALOGS).map(([locale, catalog]) => [locale, { translation: catalog }])),
    supportedLngs: Object.values(Locale),
    fallbackLng: FALLBACK_LOCALE,
    initAsync: false,
    returnNull: false,
    returnEmptyString: false,
    interpolation: {
      // Texts are plain; HTML is escaped where a mail is built. The marker lets `finish` see where a value ends.
      escapeValue: true,
      escape: (value: string) => `${value}${VALUE_END}`,
    },
    // A placeholder nobody filled is a bug in the caller, not a text to send with a hole in it.
    missingInterpolationHandler: (text: string, match: RegExpExecArray) => {
      throw new Error(`The text "${text}" needs a value for ${match[0]}.`);
    },
  });
  addTextFormats(instance);
  return instance;
}

/** A country's name in the reader's language from its ISO code: DE is "Deutschland" or "Germany". */
export function regionName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const texts = createTexts();

/** i18next's own key typing is bypassed here: `TextKey` above is the checked one. */
function lookup(key: string, options: Record<string, unknown>): string {
  return texts.t(key, options) as string;
}

/**
 * Sentence punctuation after a value that ends a sentence itself: "Acme Robotics Inc." then "."
 * is one full stop, not two. Then the value markers go.
 */
function finish(text: string): string {
  return text.replace(new RegExp(`([.!?…])${VALUE_END}\\.`, 'g'), '$1').replaceAll(VALUE_END, '');
}

/**
 * The text `key` in `locale`, its placeholders filled from `values`. A `count` value picks the
 * plural form by the language's rules; `{{x, number}}`, `{{x, currency}}` (with a `currency`
 * value), `{{x, zonedDateTime}}` (with `options.timeZone`) and `{{x, region}}` format by locale.
 */
export function translate(locale: Locale, key: TextKey, values: TextValues = {}, options: TextOptions = {}): string {
  return finish(lookup(key, { ...values, ...options, lng: locale }));
}

/**
 * The people-facing name of an enum's value, e.g. `enumLabel(Locale.DE, 'RequestType', 'INQUIRY')`
 * is "Anfrage". A value the catalogs do not know (stored before it was renamed) reads as itself.
 */
export function enumLabel<E extends EnumName>(locale: Locale, name: E, value: EnumValue<E>): string {
  return lookup(`enum.${name}.${value}`, { lng: locale, defaultValue: value });
}

/** The catalog's label of a default reason code, or null when the tenant made the code up itself. */
export function defaultReasonCodeLabel(locale: Locale, kind: string, key: string): string | null {
  const path = `reasonCode.${kind}.${key}`;
  return texts.exists(path, { lng: locale }) ? lookup(path, { lng: locale }) : null;
}

/** Texts for one reader: their language and time zone, given once. */
export interface Translator {
  readonly locale: Locale;
  t(key: TextKey, values?: TextValues): string;
  enum<E extends EnumName>(name: E, value: EnumValue<E>): string;
  region(code: string): string;
  number(value: number): string;
  money(amount: number, currency: string): string;
}

export function translator(locale: Locale, options: TextOptions = {}): Translator {
  return {
    locale,
    t: (key, values) => translate(locale, key, values, options),
    enum: (name, value) => enumLabel(locale, name, value),
    region: (code) => regionName(locale, code),
    number: (value) => new Intl.NumberFormat(locale).format(value),
    money: (amount, currency) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount),
  };
}
