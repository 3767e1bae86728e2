import type { EmployeeBand, LeadSource, RequestType } from '../lead.entity';
import {
  type EngagementKind,
  type GradeBounds,
  type LevelBounds,
  ScoreAxis,
  ScoringField,
  ScoringOperator,
  type ScoringRule,
  type ScoringRules,
} from './scoring-rules';

/** The facts of a lead that scoring reads: what the rules' fields name. */
export interface LeadFacts {
  industry: string | null;
  employeeBand: EmployeeBand | null;
  annualRevenue: number | null;
  country: string;
  postalCode: string | null;
  position: string | null;
  decisionMaker: boolean;
  email: string | null;
  phone: string | null;
  website: string | null;
  requestType: RequestType;
  source: LeadSource;
}

/** One recorded engagement of the lead. */
export interface Engagement {
  kind: EngagementKind;
  occurredAt: Date;
}

/** A rule that fired, with the points it gave. */
export interface RuleLine {
  kind: 'RULE';
  axis: ScoreAxis;
  group: string;
  rule: string;
  field: ScoringField;
  operator: ScoringOperator;
  values?: readonly string[];
  min?: number | null;
  max?: number | null;
  points: number;
}

/** The lead's engagements of one kind, faded by their age. */
export interface EngagementLine {
  kind: 'ENGAGEMENT';
  axis: ScoreAxis.ENGAGEMENT;
  group: 'engagement';
  engagement: EngagementKind;
  count: number;
  halfLifeDays: number;
  points: number;
}

/** A group's rules gave more (or less) than its cap allows: the points cut off. */
export interface CapLine {
  kind: 'CAP';
  axis: ScoreAxis;
  group: string;
  cap: number;
  points: number;
}

/** The axis summed to more than 100 or less than 0: the points cut off. */
export interface BoundLine {
  kind: 'BOUND';
  axis: ScoreAxis;
  points: number;
}

/** One line of a score's explanation; the lines of an axis sum to its score (before rounding). */
export type ScoreLine = RuleLine | EngagementLine | CapLine | BoundLine;

export type FitGrade = 'A' | 'B' | 'C' | 'D';
export type EngagementLevel = 1 | 2 | 3;

export interface ScoreResult {
  fit: number;
  engagement: number;
  grade: FitGrade;
  level: EngagementLevel;
  /** The matrix cell: grade and level, e.g. "A1". */
  cell: string;
  lines: ScoreLine[];
}

const DAY_MS = 86_400_000;

/**
 * Scores a lead by a model: every rule whose condition holds adds its points to its group, each
 * group held within [-cap, cap], each axis held within 0-100 and rounded. Engagements count their
 * kind's points halved every `halfLifeDays` of age at `now`. Pure: same input, same score.
 */
export function scoreLead(rules: ScoringRules, facts: LeadFacts, engagements: readonly Engagement[], now: Date): ScoreResult {
  const lines: ScoreLine[] = [];
  const totals: Record<ScoreAxis, number> = { [ScoreAxis.FIT]: 0, [ScoreAxis.ENGAGEMENT]: 0 };

  for (const group of rules.groups) {
    const fired: RuleLine[] = group.rules
      .filter((rule) => holds(rule, facts))
      .map((rule) => ({
        kind: 'RULE',
        axis: group.axis,
        group: group.key,
        rule: rule.key,
        field: rule.field,
        operator: rule.operator,
        ...(rule.values ? { values: rule.values } : {}),
        ...(rule.operator === ScoringOperator.BETWEEN ? { min: rule.min ?? null, max: rule.max ?? null } : {}),
        points: rule.points,
      }));
    lines.push(...fired);
    totals[group.axis] += capped(lines, group.axis, group.key, group.cap, sum(fired));
  }

  const activity: EngagementLine[] = [];
  for (const rule of rules.engagement) {
    const ofKind = engagements.filter((e) => e.kind === rule.kind);
    if (ofKind.length === 0) continue;
    const points = ofKind.reduce((total, e) => total + rule.points * decay(e.occurredAt, now, rule.halfLifeDays), 0);
    activity.push({
      kind: 'ENGAGEMENT',
      axis: ScoreAxis.ENGAGEMENT,
      group: 'engagement',
      engagement: rule.kind,
      count: ofKind.length,
      halfLifeDays: rule.halfLifeDays,
      points: round1(points),
    });
  }
  lines.push(...activity);
  totals[ScoreAxis.ENGAGEMENT] += capped(lines, ScoreAxis.ENGAGEMENT, 'engagement', rules.engagementCap, sum(activity));

  const fit = bounded(lines, ScoreAxis.FIT, totals[ScoreAxis.FIT]);
  const engagement = bounded(lines, ScoreAxis.ENGAGEMENT, totals[ScoreAxis.ENGAGEMENT]);
  const grade = gradeOf(fit, rules.grades);
  const level = levelOf(engagement, rules.levels);
  return { fit, engagement, grade, level, cell: `${grade}${level}`, lines };
}

/** What a NEW lead does by itself after scoring: QUALIFY above both thresholds, NURTURE above fit only. */
export function automaticMove(
  rules: ScoringRules,
  result: Pick<ScoreResult, 'fit' | 'engagement'>,
): 'QUALIFY' | 'NURTURE' | null {
  const auto = rules.autoQualification;
  if (!auto || result.fit < auto.fit) return null;
  return result.engagement >= auto.engagement ? 'QUALIFY' : 'NURTURE';
}

export function gradeOf(fit: number, bounds: GradeBounds): FitGrade {
  if (fit >= bounds.a) return 'A';
  if (fit >= bounds.b) return 'B';
  if (fit >= bounds.c) return 'C';
  return 'D';
}

export function levelOf(engagement: number, bounds: LevelBounds): EngagementLevel {
  if (engagement >= bounds.one) return 1;
  if (engagement >= bounds.two) return 2;
  return 3;
}

/** The share of its points an engagement keeps after its age: 1 when new, 1/2 after one half-life. */
export function decay(occurredAt: Date, now: Date, halfLifeDays: number): number {
  const ageDays = Math.max(0, now.getTime() - occurredAt.getTime()) / DAY_MS;
  return Math.pow(0.5, ageDays / halfLifeDays);
}

function holds(rule: ScoringRule, facts: LeadFacts): boolean {
  const value = valueOf(rule.field, facts);
  switch (rule.operator) {
    case ScoringOperator.PRESENT:
      return value !== null && value !== '';
    case ScoringOperator.ABSENT:
      return value === null || value === '';
    case ScoringOperator.IS_TRUE:
      return value === true;
    case ScoringOperator.BETWEEN:
      return typeof value === 'number' && (rule.min == null || value >= rule.min) && (rule.max == null || value <= rule.max);
    case ScoringOperator.FREE_MAIL:
      return typeof value === 'string' && isFreeMail(value);
    case ScoringOperator.IN:
      return typeof value === 'string' && (rule.values ?? []).some((v) => v.toLowerCase() === value.toLowerCase());
    case ScoringOperator.CONTAINS:
      return typeof value === 'string' && (rule.values ?? []).some((v) => value.toLowerCase().includes(v.toLowerCase()));
    case ScoringOperator.STARTS_WITH:
      return typeof value === 'string' && (rule.values ?? []).some((v) => value.toLowerCase().startsWith(v.toLowerCase()));
  }
}

function valueOf(field: ScoringField, facts: LeadFacts): string | number | boolean | null {
  switch (field) {
    case ScoringField.INDUSTRY:
      return facts.industry;
    case ScoringField.EMPLOYEE_BAND:
      return facts.employeeBand;
    case ScoringField.ANNUAL_REVENUE:
      return facts.annualRevenue;
    case ScoringField.COUNTRY:
      return facts.country;
    case ScoringField.POSTAL_CODE:
      return facts.postalCode;
    case ScoringField.POSITION:
      return facts.position;
    case ScoringField.DECISION_MAKER:
      return facts.decisionMaker;
    case ScoringField.EMAIL:
      return facts.email;
    case ScoringField.PHONE:
      return facts.phone;
    case ScoringField.WEBSITE:
      return facts.website;
    case ScoringField.REQUEST_TYPE:
      return facts.requestType;
    case ScoringField.SOURCE:
      return facts.source;
  }
}

/** Holds a group's sum within [-cap, cap]; what is cut off becomes a CAP line. */
function capped(lines: ScoreLine[], axis: ScoreAxis, group: string, cap: number, total: number): number {
  const held = Math.max(-cap, Math.min(cap, total));
  if (held !== total) lines.push({ kind: 'CAP', axis, group, cap, points: round1(held - total) });
  return held;
}

/** Holds an axis within 0-100 and rounds it; what is cut off becomes a BOUND line. */
function bounded(lines: ScoreLine[], axis: ScoreAxis, total: number): number {
  const held = Math.max(0, Math.min(100, total));
  if (held !== total) lines.push({ kind: 'BOUND', axis, points: round1(held - total) });
  return Math.round(held);
}

function sum(lines: readonly { points: number }[]): number {
  return lines.reduce((total, line) => total + line.points, 0);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Free-mail providers: an address there may be a real buyer; it costs points only if a rule says so. */
const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  'web.de',
  't-online.de',
  'freenet.de',
  'mail.de',
  'posteo.de',
  'yahoo.com',
  'yahoo.de',
  'outlook.com',
  'outlook.de',
  'hotmail.com',
  'hotmail.de',
  'live.com',
  'live.de',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'bluewin.ch',
]);

export function isFreeMail(email: string): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return FREE_MAIL_DOMAINS.has(domain);
}
