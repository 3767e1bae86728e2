import { Locale } from '@leadrelay/core';
import { EmployeeBand, LeadSource, RequestType } from '../lead.entity';
import type { ScoreLine } from './score-lead';
import { EngagementKind, ScoringField, ScoringOperator } from './scoring-rules';

/**
 * The words of a score's explanation, one map per language. Kept here until the texts move into
 * the i18next catalogs (libs/core/src/i18n/locales/{de,en}.json); then these keys move with them.
 */
interface ScoringTexts {
  fields: Record<ScoringField, string>;
  engagements: Record<EngagementKind, string>;
  /** The values of coded fields, as an IN rule names them. */
  codes: Record<EmployeeBand | RequestType | LeadSource, string>;
  /** `{field}` and `{values}` are filled in. */
  operators: Record<ScoringOperator, string>;
  between: { both: string; from: string; upTo: string };
  /** `{count}`, `{kind}`, `{days}`. */
  engagement: string;
  /** `{group}`, `{cap}`. */
  cap: string;
  bound: string;
}

const TEXTS: Readonly<Record<Locale, ScoringTexts>> = {
  [Locale.DE]: {
    fields: {
      [ScoringField.INDUSTRY]: 'Branche',
      [ScoringField.EMPLOYEE_BAND]: 'Unternehmensgröße',
      [ScoringField.ANNUAL_REVENUE]: 'Jahresumsatz',
      [ScoringField.COUNTRY]: 'Land',
      [ScoringField.POSTAL_CODE]: 'Postleitzahl',
      [ScoringField.POSITION]: 'Position',
      [ScoringField.DECISION_MAKER]: 'Entscheider',
      [ScoringField.EMAIL]: 'E-Mail',
      [ScoringField.PHONE]: 'Telefon',
      [ScoringField.WEBSITE]: 'Website',
      [ScoringField.REQUEST_TYPE]: 'Art der Anfrage',
      [ScoringField.SOURCE]: 'Quelle',
    },
    engagements: {
      [EngagementKind.NEWSLETTER_CLICK]: 'Newsletter-Klick',
      [EngagementKind.PAGE_VISIT]: 'Seitenbesuch',
      [EngagementKind.WEBINAR]: 'Webinar',
      [EngagementKind.DOWNLOAD]: 'Download',
    },
    codes: {
      [EmployeeBand.MICRO]: 'Kleinstunternehmen',
      [EmployeeBand.SMALL]: 'klein',
      [EmployeeBand.MEDIUM]: 'mittel',
      [EmployeeBand.LARGE]: 'groß',
      [EmployeeBand.ENTERPRISE]: 'Konzern',
      [RequestType.INQUIRY]: 'Anfrage',
      [RequestType.QUOTE_REQUEST]: 'Angebotsanfrage',
      [RequestType.DEMO]: 'Vorführung',
      [LeadSource.WEB_FORM]: 'Webformular',
      [LeadSource.TRADE_FAIR]: 'Messe',
      [LeadSource.PURCHASED_LIST]: 'gekaufte Liste',
      [LeadSource.CAMPAIGN]: 'Kampagne',
      [LeadSource.REFERRAL]: 'Empfehlung',
      [LeadSource.PARTNER_REGISTERED]: 'vom Partner registriert',
      [LeadSource.API]: 'Schnittstelle',
      [LeadSource.OTHER]: 'sonstige',
    },
    operators: {
      [ScoringOperator.IN]: '{field} ist {values}',
      [ScoringOperator.CONTAINS]: '{field} enthält {values}',
      [ScoringOperator.STARTS_WITH]: '{field} beginnt mit {values}',
      [ScoringOperator.BETWEEN]: '{field} {values}',
      [ScoringOperator.PRESENT]: '{field} angegeben',
      [ScoringOperator.ABSENT]: '{field} fehlt',
      [ScoringOperator.IS_TRUE]: '{field}: ja',
      [ScoringOperator.FREE_MAIL]: '{field} bei einem Freemail-Anbieter',
    },
    between: { both: 'von {min} bis {max}', from: 'ab {min}', upTo: 'bis {max}' },
    engagement: '{count} × {kind} (Halbwertszeit {days} Tage)',
    cap: 'Obergrenze der Gruppe „{group}“: {cap} Punkte',
    bound: 'Begrenzt auf 0 bis 100',
  },
  [Locale.EN]: {
    fields: {
      [ScoringField.INDUSTRY]: 'Industry',
      [ScoringField.EMPLOYEE_BAND]: 'Company size',
      [ScoringField.ANNUAL_REVENUE]: 'Annual revenue',
      [ScoringField.COUNTRY]: 'Country',
      [ScoringField.POSTAL_CODE]: 'Postal code',
      [ScoringField.POSITION]: 'Position',
      [ScoringField.DECISION_MAKER]: 'Decision maker',
      [ScoringField.EMAIL]: 'E-mail',
      [ScoringField.PHONE]: 'Phone',
      [ScoringField.WEBSITE]: 'Website',
      [ScoringField.REQUEST_TYPE]: 'Request type',
      [ScoringField.SOURCE]: 'Source',
    },
    engagements: {
      [EngagementKind.NEWSLETTER_CLICK]: 'newsletter click',
      [EngagementKind.PAGE_VISIT]: 'page visit',
      [EngagementKind.WEBINAR]: 'webinar',
      [EngagementKind.DOWNLOAD]: 'download',
    },
    codes: {
      [EmployeeBand.MICRO]: 'micro',
      [EmployeeBand.SMALL]: 'small',
      [EmployeeBand.MEDIUM]: 'medium',
      [EmployeeBand.LARGE]: 'large',
      [EmployeeBand.ENTERPRISE]: 'enterprise',
      [RequestType.INQUIRY]: 'inquiry',
      [RequestType.QUOTE_REQUEST]: 'quote request',
      [RequestType.DEMO]: 'demo',
      [LeadSource.WEB_FORM]: 'web form',
      [LeadSource.TRADE_FAIR]: 'trade fair',
      [LeadSource.PURCHASED_LIST]: 'purchased list',
      [LeadSource.CAMPAIGN]: 'campaign',
      [LeadSource.REFERRAL]: 'referral',
      [LeadSource.PARTNER_REGISTERED]: 'registered by a partner',
      [LeadSource.API]: 'API',
      [LeadSource.OTHER]: 'other',
    },
    operators: {
      [ScoringOperator.IN]: '{field} is {values}',
      [ScoringOperator.CONTAINS]: '{field} contains {values}',
      [ScoringOperator.STARTS_WITH]: '{field} starts with {values}',
      [ScoringOperator.BETWEEN]: '{field} {values}',
      [ScoringOperator.PRESENT]: '{field} given',
      [ScoringOperator.ABSENT]: '{field} missing',
      [ScoringOperator.IS_TRUE]: '{field}: yes',
      [ScoringOperator.FREE_MAIL]: '{field} at a free-mail provider',
    },
    between: { both: 'from {min} to {max}', from: 'from {min}', upTo: 'up to {max}' },
    engagement: '{count} × {kind} (half-life {days} days)',
    cap: 'Cap of the group "{group}": {cap} points',
    bound: 'Held within 0 to 100',
  },
};

/** One explanation line in words, in `locale`. */
export function describeScoreLine(line: ScoreLine, locale: Locale): string {
  const texts = TEXTS[locale];
  const numbers = new Intl.NumberFormat(locale);
  switch (line.kind) {
    case 'RULE': {
      const values =
        line.operator === 'BETWEEN'
          ? fill(
              line.min != null && line.max != null
                ? texts.between.both
                : line.min != null
                  ? texts.between.from
                  : texts.between.upTo,
              {
                min: numbers.format(line.min ?? 0),
                max: numbers.format(line.max ?? 0),
              },
            )
          : (line.values ?? [])
              .map((value) => (CODED.has(line.field) ? (texts.codes[value as never] ?? value) : value))
              .join(', ');
      return fill(texts.operators[line.operator], { field: texts.fields[line.field], values });
    }
    case 'ENGAGEMENT':
      return fill(texts.engagement, {
        count: String(line.count),
        kind: texts.engagements[line.engagement],
        days: numbers.format(line.halfLifeDays),
      });
    case 'CAP':
      return fill(texts.cap, { group: line.group, cap: String(line.cap) });
    case 'BOUND':
      return texts.bound;
  }
}

/** Fields whose values are codes, named in words. */
const CODED: ReadonlySet<ScoringField> = new Set([ScoringField.EMPLOYEE_BAND, ScoringField.REQUEST_TYPE, ScoringField.SOURCE]);

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
