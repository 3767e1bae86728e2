import { EmployeeBand, LeadSource, RequestType } from '../lead.entity';

/**
 * A tenant's scoring model as pure data (shared/domain.md, "Qualification"): rules on the lead's
 * facts that add or remove points on one of two axes, kept apart as in a four-field portfolio
 * matrix. FIT says how attractive the customer is, ENGAGEMENT how likely the purchase. One pure
 * function (`score-lead.ts`) reads it; `scoring-rules.validation.ts` bounds it when it is saved.
 */

/** The two axes of the matrix. */
export enum ScoreAxis {
  FIT = 'FIT',
  ENGAGEMENT = 'ENGAGEMENT',
}

/** What someone did that shows interest; recorded with `recordEngagement`. */
export enum EngagementKind {
  NEWSLETTER_CLICK = 'NEWSLETTER_CLICK',
  PAGE_VISIT = 'PAGE_VISIT',
  WEBINAR = 'WEBINAR',
  DOWNLOAD = 'DOWNLOAD',
}

/** The lead's facts a rule can look at. */
export enum ScoringField {
  INDUSTRY = 'INDUSTRY',
  EMPLOYEE_BAND = 'EMPLOYEE_BAND',
  ANNUAL_REVENUE = 'ANNUAL_REVENUE',
  COUNTRY = 'COUNTRY',
  POSTAL_CODE = 'POSTAL_CODE',
  POSITION = 'POSITION',
  DECISION_MAKER = 'DECISION_MAKER',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  WEBSITE = 'WEBSITE',
  REQUEST_TYPE = 'REQUEST_TYPE',
  SOURCE = 'SOURCE',
}

/** How a rule compares a field. Which operator fits which field is `OPERATORS_BY_FIELD`. */
export enum ScoringOperator {
  /** The value is one of `values` (text: ignoring case). */
  IN = 'IN',
  /** The text contains one of `values` (ignoring case), e.g. a position containing "Leiter". */
  CONTAINS = 'CONTAINS',
  /** The text starts with one of `values`, e.g. postal-code areas "20", "22". */
  STARTS_WITH = 'STARTS_WITH',
  /** The number lies in [min, max]; either bound may be left out. */
  BETWEEN = 'BETWEEN',
  /** The field has a value (completeness). */
  PRESENT = 'PRESENT',
  /** The field has no value. */
  ABSENT = 'ABSENT',
  /** The yes/no field is yes. */
  IS_TRUE = 'IS_TRUE',
  /** The e-mail address is at a free-mail provider (gmail.com, gmx.de, ...). Costs points only if a rule says so. */
  FREE_MAIL = 'FREE_MAIL',
}

type FieldKind = 'text' | 'code' | 'number' | 'flag' | 'email';

const FIELD_KINDS: Readonly<Record<ScoringField, FieldKind>> = {
  [ScoringField.INDUSTRY]: 'text',
  [ScoringField.EMPLOYEE_BAND]: 'code',
  [ScoringField.ANNUAL_REVENUE]: 'number',
  [ScoringField.COUNTRY]: 'code',
  [ScoringField.POSTAL_CODE]: 'text',
  [ScoringField.POSITION]: 'text',
  [ScoringField.DECISION_MAKER]: 'flag',
  [ScoringField.EMAIL]: 'email',
  [ScoringField.PHONE]: 'text',
  [ScoringField.WEBSITE]: 'text',
  [ScoringField.REQUEST_TYPE]: 'code',
  [ScoringField.SOURCE]: 'code',
};

const OPERATORS_BY_KIND: Readonly<Record<FieldKind, readonly ScoringOperator[]>> = {
  text: [
    ScoringOperator.IN,
    ScoringOperator.CONTAINS,
    ScoringOperator.STARTS_WITH,
    ScoringOperator.PRESENT,
    ScoringOperator.ABSENT,
  ],
  code: [ScoringOperator.IN, ScoringOperator.PRESENT, ScoringOperator.ABSENT],
  number: [ScoringOperator.BETWEEN, ScoringOperator.PRESENT, ScoringOperator.ABSENT],
  flag: [ScoringOperator.IS_TRUE],
  email: [ScoringOperator.PRESENT, ScoringOperator.ABSENT, ScoringOperator.FREE_MAIL, ScoringOperator.CONTAINS],
};

/** The operators that fit each field. */
export const OPERATORS_BY_FIELD: Readonly<Record<ScoringField, readonly ScoringOperator[]>> = Object.fromEntries(
  Object.values(ScoringField).map((field) => [field, OPERATORS_BY_KIND[FIELD_KINDS[field]]]),
) as Record<ScoringField, readonly ScoringOperator[]>;

/** Operators that compare against `values`; BETWEEN uses `min`/`max`; the others need nothing. */
export const OPERATORS_WITH_VALUES: readonly ScoringOperator[] = [
  ScoringOperator.IN,
  ScoringOperator.CONTAINS,
  ScoringOperator.STARTS_WITH,
];

/** The values an IN rule may name on a coded field (countries: any ISO 3166-1 alpha-2 code). */
export const CODES_BY_FIELD: Partial<Record<ScoringField, readonly string[]>> = {
  [ScoringField.EMPLOYEE_BAND]: Object.values(EmployeeBand),
  [ScoringField.REQUEST_TYPE]: Object.values(RequestType),
  [ScoringField.SOURCE]: Object.values(LeadSource),
};

/** One rule: when the condition holds, `points` (negative: removed) count on its group's axis. */
export interface ScoringRule {
  /** Stable within the model, e.g. "decision-maker"; named in explanations and history lines. */
  readonly key: string;
  readonly field: ScoringField;
  readonly operator: ScoringOperator;
  readonly values?: readonly string[];
  readonly min?: number | null;
  readonly max?: number | null;
  readonly points: number;
}

/** Rules that count together; their sum is held within [-cap, cap]. */
export interface ScoringRuleGroup {
  readonly key: string;
  readonly axis: ScoreAxis;
  readonly cap: number;
  readonly rules: readonly ScoringRule[];
}

/** What one kind of engagement is worth when new, and after how many days it is worth half. */
export interface EngagementRule {
  readonly kind: EngagementKind;
  readonly points: number;
  readonly halfLifeDays: number;
}

/** The lowest score of each grade or level; below the last one: D (fit) or 3 (engagement). */
export interface GradeBounds {
  /** Fit at or above: A. */
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

export interface LevelBounds {
  /** Engagement at or above: 1 (hot). */
  readonly one: number;
  readonly two: number;
}

/**
 * When a NEW lead moves by itself: at or above both, QUALIFIED; at or above fit only, NURTURING;
 * otherwise it waits for a person. Null: nothing moves by itself.
 */
export interface AutoQualification {
  readonly fit: number;
  readonly engagement: number;
}

export interface ScoringRules {
  readonly groups: readonly ScoringRuleGroup[];
  readonly engagement: readonly EngagementRule[];
  /** The cap of all engagement activity together, like a group's. */
  readonly engagementCap: number;
  readonly grades: GradeBounds;
  readonly levels: LevelBounds;
  readonly autoQualification: AutoQualification | null;
}

/** Sizes and ranges every model must stay within, so that scoring costs the same whatever is saved. */
export const SCORING_LIMITS = Object.freeze({
  groups: 20,
  rulesPerGroup: 30,
  valuesPerRule: 100,
  valueLength: 100,
  keyLength: 64,
  /** Points of one rule or engagement kind: -100 to 100. */
  points: 100,
  /** A group's cap: 1 to 100. */
  cap: 100,
  halfLifeDays: { min: 0.1, max: 3650 },
  revenue: 1e15,
  /** The newest engagements of a lead that are counted. */
  engagementsCounted: 500,
});

/** The model a new tenant starts with: general rules any vendor can sharpen (industries, regions). */
export const DEFAULT_SCORING_RULES: ScoringRules = {
  groups: [
    {
      key: 'company-size',
      axis: ScoreAxis.FIT,
      cap: 25,
      rules: [
        {
          key: 'size-medium-or-larger',
          field: ScoringField.EMPLOYEE_BAND,
          operator: ScoringOperator.IN,
          values: ['MEDIUM', 'LARGE', 'ENTERPRISE'],
          points: 20,
        },
        { key: 'size-small', field: ScoringField.EMPLOYEE_BAND, operator: ScoringOperator.IN, values: ['SMALL'], points: 10 },
      ],
    },
    {
      key: 'revenue',
      axis: ScoreAxis.FIT,
      cap: 15,
      rules: [
        {
          key: 'revenue-10m-plus',
          field: ScoringField.ANNUAL_REVENUE,
          operator: ScoringOperator.BETWEEN,
          min: 10_000_000,
          points: 15,
        },
        {
          key: 'revenue-1m-10m',
          field: ScoringField.ANNUAL_REVENUE,
          operator: ScoringOperator.BETWEEN,
          min: 1_000_000,
          max: 9_999_999,
          points: 8,
        },
      ],
    },
    {
      key: 'contact',
      axis: ScoreAxis.FIT,
      cap: 25,
      rules: [
        { key: 'decision-maker', field: ScoringField.DECISION_MAKER, operator: ScoringOperator.IS_TRUE, points: 15 },
        {
          key: 'senior-position',
          field: ScoringField.POSITION,
          operator: ScoringOperator.CONTAINS,
          values: ['Geschäftsführ', 'Inhaber', 'Vorstand', 'Leiter', 'CEO', 'Owner', 'Director', 'Head', 'Manager'],
          points: 10,
        },
      ],
    },
    {
      key: 'completeness',
      axis: ScoreAxis.FIT,
      cap: 20,
      rules: [
        { key: 'email-present', field: ScoringField.EMAIL, operator: ScoringOperator.PRESENT, points: 7 },
        { key: 'phone-present', field: ScoringField.PHONE, operator: ScoringOperator.PRESENT, points: 7 },
        { key: 'website-present', field: ScoringField.WEBSITE, operator: ScoringOperator.PRESENT, points: 6 },
      ],
    },
    {
      key: 'request-type',
      axis: ScoreAxis.ENGAGEMENT,
      cap: 40,
      rules: [
        { key: 'inquiry', field: ScoringField.REQUEST_TYPE, operator: ScoringOperator.IN, values: ['INQUIRY'], points: 10 },
        {
          key: 'quote-request',
          field: ScoringField.REQUEST_TYPE,
          operator: ScoringOperator.IN,
          values: ['QUOTE_REQUEST'],
          points: 30,
        },
        { key: 'demo', field: ScoringField.REQUEST_TYPE, operator: ScoringOperator.IN, values: ['DEMO'], points: 35 },
      ],
    },
    {
      key: 'source',
      axis: ScoreAxis.ENGAGEMENT,
      cap: 20,
      rules: [
        {
          key: 'own-channels',
          field: ScoringField.SOURCE,
          operator: ScoringOperator.IN,
          values: ['WEB_FORM', 'CAMPAIGN'],
          points: 10,
        },
        {
          key: 'personal-contact',
          field: ScoringField.SOURCE,
          operator: ScoringOperator.IN,
          values: ['TRADE_FAIR', 'REFERRAL', 'PARTNER_REGISTERED'],
          points: 15,
        },
      ],
    },
  ],
  engagement: [
    { kind: EngagementKind.NEWSLETTER_CLICK, points: 5, halfLifeDays: 14 },
    { kind: EngagementKind.PAGE_VISIT, points: 2, halfLifeDays: 7 },
    { kind: EngagementKind.WEBINAR, points: 15, halfLifeDays: 30 },
    { kind: EngagementKind.DOWNLOAD, points: 10, halfLifeDays: 30 },
  ],
  engagementCap: 40,
  grades: { a: 75, b: 50, c: 25 },
  levels: { one: 60, two: 30 },
  autoQualification: { fit: 60, engagement: 50 },
};
