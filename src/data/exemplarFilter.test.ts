import { growthRatio, linearBound } from '../testing/growth';
import { exemplarFrame } from './__fixtures__/prometheusFrames';
import { exemplarFilterMask, parseExemplarFilter } from './exemplarFilter';
import { exemplarSetFromFrames } from './exemplarFrames';

const { set } = exemplarSetFromFrames([
  exemplarFrame('A', [
    { timeMs: 1, value: 0.1, labels: { route: '/api/cart', status: '200' } },
    { timeMs: 2, value: 0.2, labels: { route: '/api/cart', status: '503' } },
    { timeMs: 3, value: 0.3, labels: { route: '/api/checkout', status: '500' } },
    { timeMs: 4, value: 0.4, labels: { route: '/api/search' } },
  ]),
]);

function mask(text: string): number[] {
  const parsed = parseExemplarFilter(text);
  if (!parsed.ok) {
    throw new Error(parsed.error);
  }
  return Array.from(exemplarFilterMask(set, parsed.matchers));
}

describe('exemplar filter', () => {
  it('applies PromQL matchers client-side', () => {
    expect(mask('status=~"5.."')).toEqual([0, 1, 1, 0]);
    expect(mask('{status=~"5..", route="/api/cart"}')).toEqual([0, 1, 0, 0]);
    expect(mask("route!='/api/cart'")).toEqual([0, 0, 1, 1]);
    expect(mask('route!~/api/c.*')).toEqual([0, 0, 0, 1]);
  });

  it('anchors regexes and treats a missing label as empty', () => {
    expect(mask('status=~"5"')).toEqual([0, 0, 0, 0]);
    expect(mask('status=""')).toEqual([0, 0, 0, 1]);
    expect(mask('region="eu"')).toEqual([0, 0, 0, 0]);
    expect(mask('region!="eu"')).toEqual([1, 1, 1, 1]);
  });

  it('passes everything for an empty filter', () => {
    expect(mask('  ')).toEqual([1, 1, 1, 1]);
  });

  it.each([
    ['status', 'Cannot read the exemplar filter at "status"'],
    ['status=~"5(("', '"5((" is not a valid regular expression.'],
    ['=1', 'Cannot read the exemplar filter at "=1"'],
  ])('explains a filter it cannot read: %s', (text, error) => {
    const parsed = parseExemplarFilter(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(error);
  });
});

/** Filters the fuzz suite (exemplarFilter.fuzz.test.ts) found read wrongly or slowly. */
describe('exemplar filter edge cases', () => {
  it('keeps a closing brace that belongs to a bare value when the list has no opening brace', () => {
    expect(parseExemplarFilter('a={}')).toEqual({ ok: true, matchers: [{ label: 'a', op: '=', value: '{}' }] });
    expect(parseExemplarFilter('{a={}}')).toEqual({ ok: true, matchers: [{ label: 'a', op: '=', value: '{}' }] });
  });

  it('quotes a long invalid regular expression back shortened', () => {
    const parsed = parseExemplarFilter(`a=~"${'('.repeat(500)}"`);
    expect(parsed).toEqual({ ok: false, error: `"${'('.repeat(40)}…" is not a valid regular expression.` });
  });

  it('refuses a value followed by more text in linear time', () => {
    const spacedValue = (spaces: number) => expect(parseExemplarFilter(`a=${' '.repeat(spaces)}b c`).ok).toBe(false);
    expect(growthRatio(spacedValue, 10_000, 8)).toBeLessThan(linearBound(8));
  });
});
