import { BadUserInputError } from '@leadrelay/core';
import type { Lead } from '@leadrelay/leads';

/**
 * A tenant's routing rules as pure data: ordered, each a condition on the lead and an action. The
 * first rule whose condition holds decides; a *required* rule without candidates holds the lead for
 * the channel manager, an *optional* one passes to the next rule; when none decides, the tenant's
 * fallback does (a default partner, or hold).
 */

export enum RoutingMode {
  /** Candidates are only suggested; people distribute. */
  MANUAL = 'MANUAL',
  /** A lead that becomes QUALIFIED is routed by the rules at once, by the system. */
  AUTOMATIC = 'AUTOMATIC',
}

export enum RoutingAction {
  /** Offer to the top candidate alone. */
  EXCLUSIVE = 'EXCLUSIVE',
  /** Offer to the top `count` candidates at once. */
  SHARED = 'SHARED',
  /** To a DIRECT_SALES user, round robin. */
  DIRECT = 'DIRECT',
  /** Leave it for a person. */
  HOLD = 'HOLD',
}

export enum RoutingField {
  GRADE = 'GRADE',
  CELL = 'CELL',
  SOURCE = 'SOURCE',
  PRODUCT_LINE = 'PRODUCT_LINE',
  COUNTRY = 'COUNTRY',
  /** The company's annual revenue. */
  ANNUAL_REVENUE = 'ANNUAL_REVENUE',
  /** The interest's budget. */
  BUDGET = 'BUDGET',
}

export enum RoutingOperator {
  /** One of `values` (text fields). */
  IN = 'IN',
  /** From `min` to `max`, both included, either may be left out (number fields). */
  BETWEEN = 'BETWEEN',
}

/** Which operators each field takes: one table, read by validation and matching. */
export const FIELD_OPERATORS: Readonly<Record<RoutingField, readonly RoutingOperator[]>> = {
  [RoutingField.GRADE]: [RoutingOperator.IN],
  [RoutingField.CELL]: [RoutingOperator.IN],
  [RoutingField.SOURCE]: [RoutingOperator.IN],
  [RoutingField.PRODUCT_LINE]: [RoutingOperator.IN],
  [RoutingField.COUNTRY]: [RoutingOperator.IN],
  [RoutingField.ANNUAL_REVENUE]: [RoutingOperator.BETWEEN],
  [RoutingField.BUDGET]: [RoutingOperator.BETWEEN],
};

export interface RoutingCondition {
  field: RoutingField;
  operator: RoutingOperator;
  values?: string[];
  min?: number | null;
  max?: number | null;
}

export interface RoutingRule {
  /** Stable, named in every `lead.routed` line. */
  key: string;
  /** All must hold; none: the rule always applies. */
  conditions: RoutingCondition[];
  action: RoutingAction;
  /** For SHARED: how many candidates at once. */
  count?: number | null;
  /** Without candidates: hold (required) or go on to the next rule (optional). */
  required: boolean;
}

/** What the router does when no rule decides. */
export interface RoutingFallback {
  /** A default partner offered the lead EXCLUSIVE; null: hold. */
  partnerId: string | null;
}

export const MAX_RULES = 50;
export const MAX_SHARED = 10;

/** The fact a condition compares, from the lead. */
function factOf(lead: Lead, field: RoutingField): string | number | null {
  switch (field) {
    case RoutingField.GRADE:
      return lead.grade ?? null;
    case RoutingField.CELL:
      return lead.scoring.cell ?? null;
    case RoutingField.SOURCE:
      return lead.source;
    case RoutingField.PRODUCT_LINE:
      return lead.interest.productLine ?? null;
    case RoutingField.COUNTRY:
      return lead.company.country;
    case RoutingField.ANNUAL_REVENUE:
      return lead.company.annualRevenue == null ? null : Number(lead.company.annualRevenue);
    case RoutingField.BUDGET:
      return lead.interest.budget == null ? null : Number(lead.interest.budget);
  }
}

export function conditionHolds(lead: Lead, condition: RoutingCondition): boolean {
  const fact = factOf(lead, condition.field);
  if (fact === null) return false;
  if (condition.operator === RoutingOperator.IN) {
    const text = String(fact).toLowerCase();
    return (condition.values ?? []).some((value) => value.toLowerCase() === text);
  }
  const value = Number(fact);
  return (condition.min == null || value >= condition.min) && (condition.max == null || value <= condition.max);
}

/** The rules whose conditions hold for the lead, in order. */
export function matchingRules(lead: Lead, rules: RoutingRule[]): RoutingRule[] {
  return rules.filter((rule) => rule.conditions.every((condition) => conditionHolds(lead, condition)));
}

/**
 * Checks rules as they are saved: a known field, an operator that fits it, values where the
 * operator needs them, a count for SHARED, unique keys. The error names the field, e.g.
 * `rules[2].conditions[0].operator`.
 */
export function assertValidRules(rules: RoutingRule[]): void {
  if (rules.length > MAX_RULES) throw BadUserInputError.of('rules', `At most ${MAX_RULES} rules. Merge some.`);
  const keys = new Set<string>();
  rules.forEach((rule, r) => {
    const at = `rules[${r}]`;
    if (keys.has(rule.key))
      throw BadUserInputError.of(`${at}.key`, `The key ${rule.key} is used twice. Give each rule its own key.`);
    keys.add(rule.key);
    if (!Object.values(RoutingAction).includes(rule.action)) {
      throw BadUserInputError.of(
        `${at}.action`,
        `Unknown action ${rule.action}: use ${Object.values(RoutingAction).join(', ')}.`,
      );
    }
    if (
      rule.action === RoutingAction.SHARED &&
      !(Number.isInteger(rule.count) && rule.count! >= 2 && rule.count! <= MAX_SHARED)
    ) {
      throw BadUserInputError.of(
        `${at}.count`,
        `A SHARED rule names how many partners get the offer at once: 2 to ${MAX_SHARED}.`,
      );
    }
    rule.conditions.forEach((condition, c) => {
      const cat = `${at}.conditions[${c}]`;
      const operators = FIELD_OPERATORS[condition.field as RoutingField];
      if (!operators) {
        throw BadUserInputError.of(
          `${cat}.field`,
          `Unknown field ${condition.field}: use ${Object.values(RoutingField).join(', ')}.`,
        );
      }
      if (!operators.includes(condition.operator)) {
        throw BadUserInputError.of(
          `${cat}.operator`,
          `${condition.field} is compared with ${operators.join(' or ')}, not ${condition.operator}.`,
        );
      }
      if (condition.operator === RoutingOperator.IN && !condition.values?.length) {
        throw BadUserInputError.of(`${cat}.values`, 'IN needs at least one value.');
      }
      if (condition.operator === RoutingOperator.BETWEEN) {
        if (condition.min == null && condition.max == null) {
          throw BadUserInputError.of(`${cat}.min`, 'BETWEEN needs a min, a max or both.');
        }
        if (condition.min != null && condition.max != null && condition.min > condition.max) {
          throw BadUserInputError.of(`${cat}.max`, 'max must not be below min.');
        }
      }
    });
  });
}
