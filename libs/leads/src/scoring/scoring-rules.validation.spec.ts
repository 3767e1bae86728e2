import {
  DEFAULT_SCORING_RULES,
  EngagementKind,
  ScoreAxis,
  ScoringField,
  ScoringOperator,
  type ScoringRules,
} from './scoring-rules';
import { scoringRulesProblems } from './scoring-rules.validation';

const withGroup = (rule: Record<string, unknown>): ScoringRules => ({
  ...DEFAULT_SCORING_RULES,
  groups: [{ key: 'g', axis: ScoreAxis.FIT, cap: 10, rules: [{ key: 'r', points: 5, ...rule } as never] }],
});

const fieldsOf = (rules: ScoringRules) => scoringRulesProblems(rules).map((p) => p.field);

describe('scoringRulesProblems', () => {
  it('accepts the default model', () => {
    expect(scoringRulesProblems(DEFAULT_SCORING_RULES)).toEqual([]);
  });

  it('refuses an operator that does not fit the field, naming it', () => {
    const problems = scoringRulesProblems(
      withGroup({ field: ScoringField.ANNUAL_REVENUE, operator: ScoringOperator.CONTAINS, values: ['1'] }),
    );
    expect(problems).toEqual([{ field: 'groups.0.rules.0.operator', message: expect.stringContaining('BETWEEN') }]);
  });

  it('refuses unknown codes, a rule without values, values where none are compared, and min above max', () => {
    expect(fieldsOf(withGroup({ field: ScoringField.EMPLOYEE_BAND, operator: ScoringOperator.IN, values: ['HUGE'] }))).toEqual([
      'groups.0.rules.0.values',
    ]);
    expect(fieldsOf(withGroup({ field: ScoringField.COUNTRY, operator: ScoringOperator.IN, values: ['XX'] }))).toEqual([
      'groups.0.rules.0.values',
    ]);
    expect(fieldsOf(withGroup({ field: ScoringField.INDUSTRY, operator: ScoringOperator.IN, values: [] }))).toEqual([
      'groups.0.rules.0.values',
    ]);
    expect(fieldsOf(withGroup({ field: ScoringField.PHONE, operator: ScoringOperator.PRESENT, values: ['x'] }))).toEqual([
      'groups.0.rules.0.values',
    ]);
    expect(
      fieldsOf(withGroup({ field: ScoringField.ANNUAL_REVENUE, operator: ScoringOperator.BETWEEN, min: 10, max: 5 })),
    ).toEqual(['groups.0.rules.0.max']);
    expect(fieldsOf(withGroup({ field: ScoringField.ANNUAL_REVENUE, operator: ScoringOperator.BETWEEN }))).toEqual([
      'groups.0.rules.0.min',
    ]);
  });

  it('refuses numbers that are not finite or out of range', () => {
    expect(
      fieldsOf(withGroup({ field: ScoringField.ANNUAL_REVENUE, operator: ScoringOperator.BETWEEN, min: Number.NaN })),
    ).toEqual(['groups.0.rules.0.min']);
    expect(fieldsOf(withGroup({ field: ScoringField.PHONE, operator: ScoringOperator.PRESENT, points: 101 }))).toEqual([
      'groups.0.rules.0.points',
    ]);
    const halfLife = (halfLifeDays: number) =>
      fieldsOf({ ...DEFAULT_SCORING_RULES, engagement: [{ kind: EngagementKind.WEBINAR, points: 5, halfLifeDays }] });
    expect([halfLife(-1), halfLife(Number.POSITIVE_INFINITY), halfLife(30)]).toEqual([
      ['engagement.0.halfLifeDays'],
      ['engagement.0.halfLifeDays'],
      [],
    ]);
  });

  it('refuses overlapping grade and level bounds', () => {
    expect(fieldsOf({ ...DEFAULT_SCORING_RULES, grades: { a: 50, b: 50, c: 20 } })).toEqual(['grades']);
    expect(fieldsOf({ ...DEFAULT_SCORING_RULES, levels: { one: 20, two: 30 } })).toEqual(['levels']);
  });

  it('refuses keys used twice and too many rules', () => {
    const group = DEFAULT_SCORING_RULES.groups[0]!;
    expect(fieldsOf({ ...DEFAULT_SCORING_RULES, groups: [group, group] })).toEqual(['groups.1.key']);
    const many = Array.from({ length: 31 }, (_, i) => ({
      key: `r${i}`,
      field: ScoringField.PHONE,
      operator: ScoringOperator.PRESENT,
      points: 1,
    }));
    expect(fieldsOf({ ...DEFAULT_SCORING_RULES, groups: [{ ...group, rules: many }] })).toEqual(['groups.0.rules']);
  });
});
