import fc from 'fast-check';

import { growthRatio, linearBound } from '../testing/growth';
import { labelValue, findLabel } from './columnar';
import { exemplarFilterMask, LabelMatcher, parseExemplarFilter } from './exemplarFilter';
import { exemplarSetFromFrames } from './exemplarFrames';
import { exemplarFrame } from './__fixtures__/prometheusFrames';

/**
 * The exemplar filter is text a user types into the panel options: anything at all. It must either give
 * matchers that can be applied without throwing, or one short sentence saying what is wrong.
 */

const labelNameText = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_.]{0,6}$/);
const op = fc.constantFrom<LabelMatcher['op']>('=', '!=', '=~', '!~');
const valueText = fc.oneof(
  fc.constantFrom(
    '',
    '500',
    '5..',
    '/api/cart',
    '/api/c.*',
    '(a|b)',
    '<img src=x onerror=alert(1)>',
    '"',
    "'",
    '\\',
    'a b',
    'x,y',
    '{}'
  ),
  fc.string({ maxLength: 10 }),
  fc.string({
    maxLength: 6,
    unit: fc.constantFrom('a', '.', '*', '(', ')', '|', '[', ']', '\\', '"', "'", ',', ' ', '\n'),
  })
);

/** A matcher written the ways a user may write it: double, single or no quotes, spaces around the operator. */
const writtenMatcher = fc
  .record({
    label: labelNameText,
    op,
    value: valueText,
    quote: fc.constantFrom('"', "'", ''),
    space: fc.constantFrom('', ' ', '  ', '\t'),
  })
  .map(({ label, op, value, quote, space }) => {
    // Bare only where it cannot be read otherwise: `a=~x` is the regex matcher, not `a = "~x"`.
    const bare = quote === '' && /^[^,"'\s\\]*$/.test(value) && !value.startsWith('~');
    const q = bare ? '' : quote || '"';
    const escaped = q ? value.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`) : value;
    return { matcher: { label, op, value }, text: `${label}${space}${op}${space}${q}${escaped}${q}` };
  });

const set = exemplarSetFromFrames([
  exemplarFrame('A', [
    { timeMs: 1, value: 0.1, labels: { route: '/api/cart', status: '200', a: 'x,y' } },
    { timeMs: 2, value: 0.2, labels: { route: '/api/cart', status: '503', a: '"' } },
    { timeMs: 3, value: 0.3, labels: { route: '/api/checkout', status: '500', a: '' } },
    { timeMs: 4, value: 0.4, labels: { route: '/api/search', b: '(a|b)' } },
    { timeMs: 5, value: 0.5, labels: { route: '<img src=x onerror=alert(1)>', a: 'a b', b: '\\' } },
  ]),
]).set;

/** The mask row by row, the obvious way: a label an exemplar lacks counts as "". */
function naiveMask(matchers: LabelMatcher[]): number[] {
  return Array.from({ length: set.size }, (_, row) =>
    matchers.every((m) => {
      const value = labelValue(findLabel(set, m.label), row) ?? '';
      switch (m.op) {
        case '=':
          return value === m.value;
        case '!=':
          return value !== m.value;
        case '=~':
          return new RegExp(`^(?:${m.value})$`).test(value);
        case '!~':
          return !new RegExp(`^(?:${m.value})$`).test(value);
      }
    })
      ? 1
      : 0
  );
}

function compiles(value: string): boolean {
  try {
    new RegExp(`^(?:${value})$`);
    return true;
  } catch {
    return false;
  }
}

describe('exemplar filter text under fuzzing', () => {
  it('reads back every matcher list written in any quoting style, and filters like the row-by-row definition', () => {
    fc.assert(
      fc.property(
        fc.array(writtenMatcher, { maxLength: 4 }),
        fc.constantFrom(',', ', ', ' ,', ' , '),
        fc.boolean(),
        fc.constantFrom('', ' ', '\n'),
        (written, separator, braces, pad) => {
          const text = `${pad}${braces ? '{' : ''}${written.map((w) => w.text).join(separator)}${braces ? '}' : ''}${pad}`;
          const parsed = parseExemplarFilter(text);
          const badRegex = written.find(
            (w) => (w.matcher.op === '=~' || w.matcher.op === '!~') && !compiles(w.matcher.value)
          );
          if (badRegex) {
            expect(parsed).toEqual({ ok: false, error: expect.stringContaining('is not a valid regular expression') });
            return;
          }
          expect(parsed).toEqual({ ok: true, matchers: written.map((w) => w.matcher) });
          if (parsed.ok) {
            expect(Array.from(exemplarFilterMask(set, parsed.matchers))).toEqual(naiveMask(parsed.matchers));
          }
        }
      ),
      { numRuns: 5_000 }
    );
  });

  it('gives matchers that apply without throwing, or one short readable sentence, for any text', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({
        maxLength: 40,
        unit: fc.constantFrom(
          'a',
          '_',
          '=',
          '~',
          '!',
          '"',
          "'",
          '\\',
          ',',
          ' ',
          '{',
          '}',
          '(',
          ')',
          '[',
          '*',
          '.',
          '\n'
        ),
      }),
      fc.tuple(labelNameText, op, fc.string({ maxLength: 400 })).map(([l, o, v]) => `${l}${o}"${v}`),
      fc
        .tuple(
          labelNameText,
          fc.constantFrom('=~', '!~'),
          fc.string({ minLength: 200, maxLength: 400, unit: fc.constantFrom('(', ')', '[', 'a', '*', '?', '+', '{') })
        )
        .map(([l, o, v]) => `${l}${o}"${v}"`)
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseExemplarFilter(text);
        if (parsed.ok) {
          expect(exemplarFilterMask(set, parsed.matchers)).toHaveLength(set.size);
        } else {
          // A diagnostic line: starts with a capital or a quote, ends with a period, short enough to read.
          expect(parsed.error).toMatch(/^["A-Z][\s\S]*\.$/);
          expect(parsed.error.length).toBeLessThan(200);
        }
      }),
      { numRuns: 5_000 }
    );
  });

  it('reads long filters in linear time', () => {
    const manyMatchers = (count: number) => {
      const parsed = parseExemplarFilter(Array.from({ length: count }, (_, i) => `l${i}!="v${i}"`).join(', '));
      expect(parsed.ok && parsed.matchers).toHaveLength(count);
    };
    const unterminatedEscapes = (count: number) =>
      expect(parseExemplarFilter(`a="${'\\"'.repeat(count)}`).ok).toBe(false);
    expect(growthRatio(manyMatchers, 1_000, 8)).toBeLessThan(linearBound(8));
    expect(growthRatio(unterminatedEscapes, 10_000, 8)).toBeLessThan(linearBound(8));
  });
});
