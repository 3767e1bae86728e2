import type { FieldProblem } from '../errors/domain-error';

/**
 * The bounds every input has, whatever its class declares: checked once, by the global
 * validation pipe, over every GraphQL argument and every HTTP body before any field rule runs.
 * A new field cannot forget them. Field decorators (`Text`, `Deadline`, ...) add tighter ones.
 *
 * Refused, never cleaned, because no person types them and PostgreSQL or a reader would
 * misread them:
 * - NUL and the other control characters (C0 except tab, line feed and carriage return; DEL; C1),
 * - lone UTF-16 surrogates (half a character: not valid Unicode, PostgreSQL cannot store it),
 * - the bidirectional embedding, override and isolate controls (U+202A..U+202E, U+2066..U+2069),
 *   which make text display in another order than it is stored ("Trojan Source").
 */
export const INPUT_BOUNDS = Object.freeze({
  /** Longest text of any field; fields declare their own, shorter maximum. */
  maxTextLength: 10_000,
  /** Longest list of any field. */
  maxListLength: 1_000,
  /** Deepest nesting of objects and lists; LeadRelay's own inputs nest at most four levels. */
  maxDepth: 8,
  /** Largest magnitude of any number. */
  maxNumber: 1e15,
  /** Earliest and latest instant of any date; fields declare their own, narrower window. */
  earliestDate: new Date('1970-01-01T00:00:00Z'),
  latestDate: new Date('2100-01-01T00:00:00Z'),
});

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with one text, or null when it may be stored. */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character';
  if (CONTROL.test(text)) return 'must not contain control characters';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text (it contains half a character, a lone surrogate)';
  if (BIDI_CONTROL.test(text))
    return 'must not contain bidirectional override or isolate characters (U+202A-U+202E, U+2066-U+2069)';
  if (text.length > INPUT_BOUNDS.maxTextLength) return `must be at most ${INPUT_BOUNDS.maxTextLength} characters long`;
  return null;
}

/** What is wrong with one number, or null. */
function numberProblem(value: number): string | null {
  if (!Number.isFinite(value)) return 'must be a finite number';
  if (Math.abs(value) > INPUT_BOUNDS.maxNumber) return `must be between -${INPUT_BOUNDS.maxNumber} and ${INPUT_BOUNDS.maxNumber}`;
  return null;
}

function dateProblem(value: Date): string | null {
  const time = value.getTime();
  if (Number.isNaN(time)) return 'must be a valid date';
  if (time < INPUT_BOUNDS.earliestDate.getTime() || time > INPUT_BOUNDS.latestDate.getTime()) {
    return 'must be a date between 1970 and 2100';
  }
  return null;
}

/**
 * Every problem of a value against the bounds above, each naming its field by path
 * (`company.name`, `partnerIds.3`). Walks at most `maxDepth` levels, so a body nested thousands
 * of levels deep costs as little as a flat one and is refused.
 */
export function inputBoundProblems(value: unknown, field = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = (path: string) => path || 'input';
  const visit = (node: unknown, path: string, depth: number): void => {
    if (problems.length >= 20) return;
    if (typeof node === 'string') {
      const problem = textProblem(node);
      if (problem) problems.push({ field: name(path), message: `${name(path)} ${problem}` });
    } else if (typeof node === 'number') {
      const problem = numberProblem(node);
      if (problem) problems.push({ field: name(path), message: `${name(path)} ${problem}` });
    } else if (node instanceof Date) {
      const problem = dateProblem(node);
      if (problem) problems.push({ field: name(path), message: `${name(path)} ${problem}` });
    } else if (node !== null && typeof node === 'object') {
      if (depth >= INPUT_BOUNDS.maxDepth) {
        problems.push({ field: name(path), message: `${name(path)} is nested too deeply; send LeadRelay's own input shape` });
        return;
      }
      const entries = Array.isArray(node) ? node.map((item, index) => [String(index), item] as const) : Object.entries(node);
      if (Array.isArray(node) && node.length > INPUT_BOUNDS.maxListLength) {
        problems.push({ field: name(path), message: `${name(path)} must have at most ${INPUT_BOUNDS.maxListLength} entries` });
        return;
      }
      for (const [key, child] of entries) {
        const keyProblem = textProblem(key);
        if (keyProblem) {
          problems.push({ field: name(path), message: `a field name in ${name(path)} ${keyProblem}` });
          continue;
        }
        visit(child, path ? `${path}.${key}` : key, depth + 1);
      }
    }
  };
  visit(value, field, 0);
  return problems;
}
