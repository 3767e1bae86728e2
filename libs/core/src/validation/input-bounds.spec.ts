import fc from 'fast-check';
import { INPUT_BOUNDS, inputBoundProblems, textProblem } from './input-bounds';

/** Characters no person types: each must be refused wherever it stands in a text. */
const FORBIDDEN = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009F',
  '\uD800',
  '\uDFFF',
  '\u202A',
  '\u202E',
  '\u2066',
  '\u2069',
);

describe('the bounds every input has', () => {
  it('refuses any text with a NUL, control, lone surrogate or bidi override character, wherever it stands', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), FORBIDDEN, fc.string({ maxLength: 50 }), (before, bad, after) => {
        // A low surrogate right after a high one is a whole character, not a lone one.
        fc.pre(!(bad === '\uDFFF' && /[\uD800-\uDBFF]$/.test(before)) && !(bad === '\uD800' && /^[\uDC00-\uDFFF]/.test(after)));
        expect(textProblem(`${before}${bad}${after}`)).not.toBeNull();
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('lets through what people write: any language, emoji, tabs and line breaks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (text) => {
        // eslint-disable-next-line no-control-regex
        fc.pre(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(text));
        expect(textProblem(text)).toBeNull();
      }),
      { numRuns: 300, seed: 7 },
    );
    for (const text of ['Müller & Söhne GmbH', 'Łódź', '東京', 'שלום', '👩‍🔧 Team', 'line one\nline two\tend\r\n']) {
      expect(textProblem(text)).toBeNull();
    }
  });

  it('names the field of every problem by its path', () => {
    const problems = inputBoundProblems({
      company: { name: 'A\u0000B', website: 'ok' },
      partnerIds: ['ok', '\uD800'],
      budget: Number.POSITIVE_INFINITY,
      givenAt: new Date('0001-01-01T00:00:00Z'),
      expiresAt: new Date('9999-12-31T23:59:59Z'),
      huge: 'x'.repeat(INPUT_BOUNDS.maxTextLength + 1),
      big: 1e16,
    });
    expect(problems.map((p) => p.field)).toEqual([
      'company.name',
      'partnerIds.1',
      'budget',
      'givenAt',
      'expiresAt',
      'huge',
      'big',
    ]);
    expect(problems[0]!.message).toMatch(/company\.name must not contain the NUL character/);
  });

  it('refuses JSON nested thousands of levels deep quickly, without a stack overflow', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 100_000; level++) deep = { a: deep };
    const started = performance.now();
    const problems = inputBoundProblems({ companyName: deep });
    expect(performance.now() - started).toBeLessThan(50);
    expect(problems).toEqual([expect.objectContaining({ field: expect.stringMatching(/^companyName(\.a)+$/) })]);
    expect(problems[0]!.message).toMatch(/nested too deeply/);
  });

  it('refuses over-long lists and bad field names', () => {
    expect(inputBoundProblems({ ids: new Array(INPUT_BOUNDS.maxListLength + 1).fill('x') })[0]!.field).toBe('ids');
    expect(inputBoundProblems({ ['na\u0000me']: 'x' })[0]!.message).toMatch(/field name/);
  });

  it('accepts an ordinary input', () => {
    expect(
      inputBoundProblems({
        company: { name: 'Hansa Haustechnik', annualRevenue: 5e6 },
        at: new Date('2026-12-01T10:00:00Z'),
        tags: ['a', 'b'],
      }),
    ).toEqual([]);
  });
});
