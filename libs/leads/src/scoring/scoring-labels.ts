import { type Locale, enumLabel, translate } from '@leadrelay/core';
import type { ScoreLine } from './score-lead';
import { ScoringField, ScoringOperator } from './scoring-rules';

/** The coded fields whose values have labels in the catalogs (`enum.<name>`). */
const CODE_LABELS: Partial<Record<ScoringField, 'EmployeeBand' | 'RequestType' | 'LeadSource'>> = {
  [ScoringField.EMPLOYEE_BAND]: 'EmployeeBand',
  [ScoringField.REQUEST_TYPE]: 'RequestType',
  [ScoringField.SOURCE]: 'LeadSource',
};

/** One explanation line in words, in `locale`, from the catalogs' `scoring` texts. */
export function describeScoreLine(line: ScoreLine, locale: Locale): string {
  switch (line.kind) {
    case 'RULE': {
      const field = translate(locale, `scoring.field.${line.field}`);
      const values =
        line.operator === ScoringOperator.BETWEEN
          ? betweenText(locale, line.min ?? null, line.max ?? null)
          : valuesText(locale, line);
      return translate(locale, `scoring.operator.${line.operator}`, { field, values });
    }
    case 'ENGAGEMENT':
      return translate(locale, 'scoring.engagement', {
        times: line.count,
        kind: enumLabel(locale, 'EngagementKind', line.engagement),
        days: line.halfLifeDays,
      });
    case 'CAP':
      return translate(locale, 'scoring.cap', { group: line.group, cap: line.cap });
    case 'BOUND':
      return translate(locale, 'scoring.bound');
  }
}

function betweenText(locale: Locale, min: number | null, max: number | null): string {
  if (min != null && max != null) return translate(locale, 'scoring.between.both', { min, max });
  return min != null ? translate(locale, 'scoring.between.from', { min }) : translate(locale, 'scoring.between.upTo', { max });
}

function valuesText(locale: Locale, line: Extract<ScoreLine, { kind: 'RULE' }>): string {
  const labels = CODE_LABELS[line.field];
  return (line.values ?? []).map((value) => (labels ? enumLabel(locale, labels, value as never) : value)).join(', ');
}
