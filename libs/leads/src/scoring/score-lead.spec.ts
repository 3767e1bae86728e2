import { Locale } from '@leadrelay/core';
import { EmployeeBand, LeadSource, RequestType } from '../lead.entity';
import { type LeadFacts, type ScoreLine, automaticMove, decay, gradeOf, isFreeMail, levelOf, scoreLead } from './score-lead';
import { describeScoreLine } from './scoring-labels';
import {
  DEFAULT_SCORING_RULES,
  EngagementKind,
  ScoreAxis,
  ScoringField,
  ScoringOperator,
  type ScoringRuleGroup,
  type ScoringRules,
} from './scoring-rules';

const NOW = new Date('2026-12-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

const FACTS: LeadFacts = {
  industry: 'Logistik',
  employeeBand: EmployeeBand.MEDIUM,
  annualRevenue: null,
  country: 'DE',
  postalCode: '20095',
  position: null,
  decisionMaker: false,
  email: null,
  phone: null,
  website: null,
  requestType: RequestType.INQUIRY,
  source: LeadSource.PURCHASED_LIST,
};

/** A model of just these groups and engagement rules, with the default bounds and no thresholds. */
function model(groups: ScoringRuleGroup[], extra: Partial<ScoringRules> = {}): ScoringRules {
  return { ...DEFAULT_SCORING_RULES, groups, engagement: [], autoQualification: null, ...extra };
}

const fitGroup = (cap: number, ...rules: ScoringRuleGroup['rules']): ScoringRuleGroup => ({
  key: 'g',
  axis: ScoreAxis.FIT,
  cap,
  rules,
});
const sumOf = (lines: ScoreLine[], axis: ScoreAxis) => lines.filter((l) => l.axis === axis).reduce((t, l) => t + l.points, 0);

describe('scoreLead', () => {
  it('adds the points of every rule whose condition holds, and names each one', () => {
    const rules = model([
      fitGroup(
        50,
        { key: 'industry', field: ScoringField.INDUSTRY, operator: ScoringOperator.IN, values: ['logistik', 'Bau'], points: 10 },
        { key: 'size', field: ScoringField.EMPLOYEE_BAND, operator: ScoringOperator.IN, values: ['MEDIUM'], points: 15 },
        {
          key: 'hamburg',
          field: ScoringField.POSTAL_CODE,
          operator: ScoringOperator.STARTS_WITH,
          values: ['20', '22'],
          points: 5,
        },
        { key: 'phone', field: ScoringField.PHONE, operator: ScoringOperator.PRESENT, points: 5 },
        { key: 'no-website', field: ScoringField.WEBSITE, operator: ScoringOperator.ABSENT, points: -3 },
      ),
    ]);
    const result = scoreLead(rules, FACTS, [], NOW);
    expect(result.fit).toBe(27);
    expect(result.lines.map((l) => (l.kind === 'RULE' ? [l.rule, l.points] : l.kind))).toEqual([
      ['industry', 10],
      ['size', 15],
      ['hamburg', 5],
      ['no-website', -3],
    ]);
  });

  it('holds a group within its cap, in both directions, and says what the cap cut off', () => {
    const rich = { ...FACTS, decisionMaker: true, position: 'Geschäftsführerin', email: 'a@b.example' };
    const up = scoreLead(
      model([
        fitGroup(
          20,
          { key: 'dm', field: ScoringField.DECISION_MAKER, operator: ScoringOperator.IS_TRUE, points: 15 },
          { key: 'boss', field: ScoringField.POSITION, operator: ScoringOperator.CONTAINS, values: ['führer'], points: 10 },
        ),
        {
          key: 'h',
          axis: ScoreAxis.FIT,
          cap: 30,
          rules: [{ key: 'mail', field: ScoringField.EMAIL, operator: ScoringOperator.PRESENT, points: 30 }],
        },
      ]),
      rich,
      [],
      NOW,
    );
    expect(up.fit).toBe(50);
    expect(up.lines).toContainEqual({ kind: 'CAP', axis: ScoreAxis.FIT, group: 'g', cap: 20, points: -5 });

    const down = scoreLead(
      model([
        fitGroup(
          10,
          { key: 'a', field: ScoringField.EMAIL, operator: ScoringOperator.ABSENT, points: -8 },
          { key: 'b', field: ScoringField.PHONE, operator: ScoringOperator.ABSENT, points: -8 },
        ),
        {
          key: 'h',
          axis: ScoreAxis.FIT,
          cap: 50,
          rules: [{ key: 'size', field: ScoringField.EMPLOYEE_BAND, operator: ScoringOperator.PRESENT, points: 50 }],
        },
      ]),
      FACTS,
      [],
      NOW,
    );
    expect(down.fit).toBe(40);
    expect(down.lines).toContainEqual({ kind: 'CAP', axis: ScoreAxis.FIT, group: 'g', cap: 10, points: 6 });
  });

  it('holds each axis within 0 to 100, and the lines of an axis sum to its score', () => {
    const many = Array.from({ length: 3 }, (_, i) => ({
      key: `g${i}`,
      axis: ScoreAxis.FIT,
      cap: 50,
      rules: [{ key: 'size', field: ScoringField.EMPLOYEE_BAND, operator: ScoringOperator.PRESENT, points: 50 }],
    }));
    const high = scoreLead(model(many), FACTS, [], NOW);
    expect(high.fit).toBe(100);
    expect(high.lines).toContainEqual({ kind: 'BOUND', axis: ScoreAxis.FIT, points: -50 });
    expect(sumOf(high.lines, ScoreAxis.FIT)).toBe(100);

    const low = scoreLead(
      model([fitGroup(30, { key: 'no-mail', field: ScoringField.EMAIL, operator: ScoringOperator.ABSENT, points: -30 })]),
      FACTS,
      [],
      NOW,
    );
    expect(low.fit).toBe(0);
    expect(sumOf(low.lines, ScoreAxis.FIT)).toBe(0);
  });

  it('keeps the axes apart: request type and source count on engagement, company facts on fit', () => {
    const result = scoreLead(
      DEFAULT_SCORING_RULES,
      { ...FACTS, requestType: RequestType.DEMO, source: LeadSource.TRADE_FAIR },
      [],
      NOW,
    );
    expect(result.engagement).toBe(35 + 15);
    expect(result.fit).toBe(20);
    expect(result.lines.filter((l) => l.axis === ScoreAxis.ENGAGEMENT).map((l) => (l.kind === 'RULE' ? l.rule : l.kind))).toEqual(
      ['demo', 'personal-contact'],
    );
  });

  it('scores an inquiry lower than a quote request, and that lower than a demo (default model)', () => {
    const engagementOf = (requestType: RequestType) =>
      scoreLead(DEFAULT_SCORING_RULES, { ...FACTS, requestType }, [], NOW).engagement;
    expect(engagementOf(RequestType.INQUIRY)).toBeLessThan(engagementOf(RequestType.QUOTE_REQUEST));
    expect(engagementOf(RequestType.QUOTE_REQUEST)).toBeLessThan(engagementOf(RequestType.DEMO));
  });

  it('matches annual revenue ranges with either bound left out', () => {
    const rules = model([
      fitGroup(
        30,
        { key: 'big', field: ScoringField.ANNUAL_REVENUE, operator: ScoringOperator.BETWEEN, min: 10_000_000, points: 15 },
        {
          key: 'mid',
          field: ScoringField.ANNUAL_REVENUE,
          operator: ScoringOperator.BETWEEN,
          min: 1_000_000,
          max: 9_999_999,
          points: 8,
        },
        { key: 'tiny', field: ScoringField.ANNUAL_REVENUE, operator: ScoringOperator.BETWEEN, max: 99_999, points: -5 },
      ),
    ]);
    const fitAt = (annualRevenue: number | null) => scoreLead(rules, { ...FACTS, annualRevenue }, [], NOW).fit;
    expect([fitAt(null), fitAt(50_000), fitAt(1_000_000), fitAt(9_999_999), fitAt(10_000_000)]).toEqual([0, 0, 8, 8, 15]);
  });

  it('costs a free-mail address points only when a rule says so', () => {
    const gmail = { ...FACTS, email: 'max.mustermann@gmail.com' };
    expect(
      scoreLead(DEFAULT_SCORING_RULES, gmail, [], NOW).lines.some((l) => l.kind === 'RULE' && l.operator === 'FREE_MAIL'),
    ).toBe(false);
    const withRule = model([
      fitGroup(
        20,
        { key: 'mail', field: ScoringField.EMAIL, operator: ScoringOperator.PRESENT, points: 10 },
        { key: 'free-mail', field: ScoringField.EMAIL, operator: ScoringOperator.FREE_MAIL, points: -5 },
      ),
    ]);
    expect(scoreLead(withRule, gmail, [], NOW).fit).toBe(5);
    expect(scoreLead(withRule, { ...FACTS, email: 'max@firma.example' }, [], NOW).fit).toBe(10);
    expect([isFreeMail('a@GMX.de'), isFreeMail('a@gmx.example')]).toEqual([true, false]);
  });
});

describe('engagement with a half-life', () => {
  const rules = model([], {
    engagement: [
      { kind: EngagementKind.WEBINAR, points: 20, halfLifeDays: 10 },
      { kind: EngagementKind.NEWSLETTER_CLICK, points: 4, halfLifeDays: 14 },
    ],
    engagementCap: 40,
  });

  it('counts an engagement fully when new, half after one half-life, a quarter after two', () => {
    const at = (days: number) =>
      scoreLead(rules, FACTS, [{ kind: EngagementKind.WEBINAR, occurredAt: daysAgo(days) }], NOW).engagement;
    expect([at(0), at(10), at(20), at(100)]).toEqual([20, 10, 5, 0]);
    expect(decay(daysAgo(5), NOW, 10)).toBeCloseTo(Math.SQRT1_2, 10);
  });

  it('fades the same engagements as the clock moves on', () => {
    const engagements = [
      { kind: EngagementKind.WEBINAR, occurredAt: daysAgo(0) },
      { kind: EngagementKind.NEWSLETTER_CLICK, occurredAt: daysAgo(0) },
    ];
    const later = new Date(NOW.getTime() + 14 * 86_400_000);
    expect(scoreLead(rules, FACTS, engagements, NOW).engagement).toBe(24);
    // Webinar 20 * 0.5^(14/10) = 7.58 (7.6), click 4 * 0.5 = 2: 9.6, rounded 10.
    const faded = scoreLead(rules, FACTS, engagements, later);
    expect(faded.engagement).toBe(10);
    expect(faded.lines).toEqual([
      {
        kind: 'ENGAGEMENT',
        axis: ScoreAxis.ENGAGEMENT,
        group: 'engagement',
        engagement: EngagementKind.WEBINAR,
        count: 1,
        halfLifeDays: 10,
        points: 7.6,
      },
      {
        kind: 'ENGAGEMENT',
        axis: ScoreAxis.ENGAGEMENT,
        group: 'engagement',
        engagement: EngagementKind.NEWSLETTER_CLICK,
        count: 1,
        halfLifeDays: 14,
        points: 2,
      },
    ]);
  });

  it('holds all engagement within its cap, however many are recorded', () => {
    const clicks = Array.from({ length: 200 }, () => ({ kind: EngagementKind.NEWSLETTER_CLICK, occurredAt: NOW }));
    const result = scoreLead(rules, FACTS, clicks, NOW);
    expect(result.engagement).toBe(40);
    expect(result.lines).toContainEqual({ kind: 'CAP', axis: ScoreAxis.ENGAGEMENT, group: 'engagement', cap: 40, points: -760 });
  });

  it('counts a kind the model does not name for nothing', () => {
    expect(scoreLead(rules, FACTS, [{ kind: EngagementKind.DOWNLOAD, occurredAt: NOW }], NOW).engagement).toBe(0);
  });
});

describe('grade, level and cell', () => {
  const grades = { a: 75, b: 50, c: 25 };
  const levels = { one: 60, two: 30 };

  it('grades fit at the bounds: at a bound is the higher grade', () => {
    expect([100, 75, 74, 50, 49, 25, 24, 0].map((fit) => gradeOf(fit, grades))).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
  });

  it('levels engagement at the bounds', () => {
    expect([100, 60, 59, 30, 29, 0].map((e) => levelOf(e, levels))).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('names the matrix cell by grade and level', () => {
    const rules = model(
      [
        fitGroup(80, { key: 'size', field: ScoringField.EMPLOYEE_BAND, operator: ScoringOperator.PRESENT, points: 80 }),
        {
          key: 'e',
          axis: ScoreAxis.ENGAGEMENT,
          cap: 35,
          rules: [{ key: 'any', field: ScoringField.SOURCE, operator: ScoringOperator.PRESENT, points: 35 }],
        },
      ],
      { grades, levels },
    );
    expect(scoreLead(rules, FACTS, [], NOW)).toMatchObject({ fit: 80, engagement: 35, grade: 'A', level: 2, cell: 'A2' });
  });
});

describe('automaticMove', () => {
  const rules = model([], { autoQualification: { fit: 60, engagement: 50 } });

  it('qualifies at or above both thresholds, nurtures at or above fit only, else leaves the lead to a person', () => {
    expect(automaticMove(rules, { fit: 60, engagement: 50 })).toBe('QUALIFY');
    expect(automaticMove(rules, { fit: 90, engagement: 49 })).toBe('NURTURE');
    expect(automaticMove(rules, { fit: 59, engagement: 100 })).toBeNull();
  });

  it('moves nothing when the model has no thresholds', () => {
    expect(automaticMove(model([]), { fit: 100, engagement: 100 })).toBeNull();
  });
});

describe('describeScoreLine', () => {
  it('says what fired in German and in English', () => {
    const rule: ScoreLine = {
      kind: 'RULE',
      axis: ScoreAxis.FIT,
      group: 'g',
      rule: 'industry',
      field: ScoringField.INDUSTRY,
      operator: ScoringOperator.IN,
      values: ['Logistik', 'Bau'],
      points: 10,
    };
    expect(describeScoreLine(rule, Locale.DE)).toBe('Branche ist Logistik, Bau');
    expect(describeScoreLine(rule, Locale.EN)).toBe('Industry is Logistik, Bau');
    const band: ScoreLine = { ...rule, field: ScoringField.EMPLOYEE_BAND, values: ['MEDIUM', 'LARGE'] };
    expect(describeScoreLine(band, Locale.DE)).toBe('Unternehmensgröße ist 50–249 Beschäftigte, 250–999 Beschäftigte');
    expect(describeScoreLine(band, Locale.EN)).toBe('Company size is 50–249 employees, 250–999 employees');
    const revenue: ScoreLine = {
      ...rule,
      field: ScoringField.ANNUAL_REVENUE,
      operator: ScoringOperator.BETWEEN,
      values: undefined,
      min: 1_000_000,
      max: null,
    };
    expect(describeScoreLine(revenue, Locale.DE)).toBe('Jahresumsatz ab 1.000.000');
    expect(describeScoreLine(revenue, Locale.EN)).toBe('Annual revenue from 1,000,000');
    const webinar: ScoreLine = {
      kind: 'ENGAGEMENT',
      axis: ScoreAxis.ENGAGEMENT,
      group: 'engagement',
      engagement: EngagementKind.WEBINAR,
      count: 2,
      halfLifeDays: 30,
      points: 25.3,
    };
    expect(describeScoreLine(webinar, Locale.DE)).toBe('2 × Webinar (Halbwertszeit 30 Tage)');
    expect(describeScoreLine(webinar, Locale.EN)).toBe('2 × webinar (half-life 30 days)');
  });
});
