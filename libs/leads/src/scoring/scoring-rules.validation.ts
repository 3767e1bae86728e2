import { isISO31661Alpha2 } from 'class-validator';
import type { FieldProblem } from '@leadrelay/core';
import {
  CODES_BY_FIELD,
  OPERATORS_BY_FIELD,
  OPERATORS_WITH_VALUES,
  SCORING_LIMITS,
  ScoringField,
  ScoringOperator,
  type ScoringRules,
} from './scoring-rules';

const KEY = /^[a-z0-9][a-z0-9-]*$/;

/**
 * What is wrong with a model, each problem naming its field as the input validation does (`groups.1.rules.0.operator`); empty
 * when it may be saved. The GraphQL input bounds sizes and types; this checks what depends on more
 * than one field: an operator that does not fit its field, values a rule needs, codes a field
 * knows, unique keys, bounds in order, finite numbers.
 */
export function scoringRulesProblems(rules: ScoringRules): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const points = (field: string, value: number) => {
    if (!Number.isInteger(value) || Math.abs(value) > SCORING_LIMITS.points) {
      problem(field, `must be a whole number from -${SCORING_LIMITS.points} to ${SCORING_LIMITS.points}`);
    }
  };
  const score = (field: string, value: number) => {
    if (!Number.isInteger(value) || value < 0 || value > 100) problem(field, 'must be a whole number from 0 to 100');
  };

  if (rules.groups.length > SCORING_LIMITS.groups) problem('groups', `at most ${SCORING_LIMITS.groups} groups`);
  const groupKeys = new Set<string>();
  rules.groups.forEach((group, g) => {
    const at = `groups.${g}`;
    if (!KEY.test(group.key) || group.key.length > SCORING_LIMITS.keyLength) {
      problem(`${at}.key`, `must be lower-case letters, digits and dashes, at most ${SCORING_LIMITS.keyLength}`);
    }
    if (groupKeys.has(group.key) || group.key === 'engagement')
      problem(`${at}.key`, `"${group.key}" is used twice; give each group its own key`);
    groupKeys.add(group.key);
    if (!Number.isInteger(group.cap) || group.cap < 1 || group.cap > SCORING_LIMITS.cap) {
      problem(`${at}.cap`, `must be a whole number from 1 to ${SCORING_LIMITS.cap}`);
    }
    if (group.rules.length > SCORING_LIMITS.rulesPerGroup)
      problem(`${at}.rules`, `at most ${SCORING_LIMITS.rulesPerGroup} rules per group`);
    const ruleKeys = new Set<string>();
    group.rules.forEach((rule, r) => {
      const ruleAt = `${at}.rules.${r}`;
      if (!KEY.test(rule.key) || rule.key.length > SCORING_LIMITS.keyLength) {
        problem(`${ruleAt}.key`, `must be lower-case letters, digits and dashes, at most ${SCORING_LIMITS.keyLength}`);
      }
      if (ruleKeys.has(rule.key)) problem(`${ruleAt}.key`, `"${rule.key}" is used twice in this group`);
      ruleKeys.add(rule.key);
      points(`${ruleAt}.points`, rule.points);
      const allowed = OPERATORS_BY_FIELD[rule.field];
      if (!allowed) {
        problem(`${ruleAt}.field`, `unknown field; use one of ${Object.values(ScoringField).join(', ')}`);
        return;
      }
      if (!allowed.includes(rule.operator)) {
        problem(`${ruleAt}.operator`, `${rule.operator} does not fit ${rule.field}; use one of ${allowed.join(', ')}`);
        return;
      }
      const values = rule.values ?? [];
      if (OPERATORS_WITH_VALUES.includes(rule.operator)) {
        if (values.length === 0) problem(`${ruleAt}.values`, `${rule.operator} needs at least one value`);
        if (values.length > SCORING_LIMITS.valuesPerRule)
          problem(`${ruleAt}.values`, `at most ${SCORING_LIMITS.valuesPerRule} values`);
        values.forEach((value, v) => {
          if (value.trim() === '' || value.length > SCORING_LIMITS.valueLength) {
            problem(`${ruleAt}.values.${v}`, `must be 1 to ${SCORING_LIMITS.valueLength} characters`);
          }
        });
        const codes = CODES_BY_FIELD[rule.field];
        const unknown = codes
          ? values.filter((value) => !codes.includes(value))
          : rule.field === ScoringField.COUNTRY
            ? values.filter((value) => !isISO31661Alpha2(value))
            : [];
        if (unknown.length) {
          problem(
            `${ruleAt}.values`,
            `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not ${codes ? `one of ${codes.join(', ')}` : 'an ISO 3166-1 alpha-2 country code'}`,
          );
        }
      } else if (values.length > 0) {
        problem(`${ruleAt}.values`, `${rule.operator} compares no values; leave them out`);
      }
      if (rule.operator === ScoringOperator.BETWEEN) {
        const { min, max } = rule;
        if (min == null && max == null) problem(`${ruleAt}.min`, 'BETWEEN needs a min, a max or both');
        for (const [name, bound] of [
          ['min', min],
          ['max', max],
        ] as const) {
          if (bound != null && (!Number.isFinite(bound) || bound < 0 || bound > SCORING_LIMITS.revenue)) {
            problem(`${ruleAt}.${name}`, `must be a number from 0 to ${SCORING_LIMITS.revenue}`);
          }
        }
        if (min != null && max != null && min > max) problem(`${ruleAt}.max`, 'must not be below min');
      } else if (rule.min != null || rule.max != null) {
        problem(`${ruleAt}.min`, 'only BETWEEN uses min and max; leave them out');
      }
    });
  });

  const kinds = new Set<string>();
  rules.engagement.forEach((rule, e) => {
    const at = `engagement.${e}`;
    if (kinds.has(rule.kind)) problem(`${at}.kind`, `${rule.kind} is listed twice`);
    kinds.add(rule.kind);
    points(`${at}.points`, rule.points);
    const { min, max } = SCORING_LIMITS.halfLifeDays;
    if (!Number.isFinite(rule.halfLifeDays) || rule.halfLifeDays < min || rule.halfLifeDays > max) {
      problem(`${at}.halfLifeDays`, `must be from ${min} to ${max} days`);
    }
  });
  if (!Number.isInteger(rules.engagementCap) || rules.engagementCap < 1 || rules.engagementCap > SCORING_LIMITS.cap) {
    problem('engagementCap', `must be a whole number from 1 to ${SCORING_LIMITS.cap}`);
  }

  const { grades, levels } = rules;
  score('grades.a', grades.a);
  score('grades.b', grades.b);
  score('grades.c', grades.c);
  if (!(grades.a > grades.b && grades.b > grades.c)) problem('grades', 'the bounds overlap: A must be above B, B above C');
  score('levels.one', levels.one);
  score('levels.two', levels.two);
  if (!(levels.one > levels.two)) problem('levels', 'the bounds overlap: level 1 must be above level 2');
  if (rules.autoQualification) {
    score('autoQualification.fit', rules.autoQualification.fit);
    score('autoQualification.engagement', rules.autoQualification.engagement);
  }
  return problems;
}
