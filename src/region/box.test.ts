import { exemplarFilterMask, parseExemplarFilter } from '../data/exemplarFilter';
import { exemplarSetOf } from './__fixtures__/regionFixtures';
import { selectRegion } from './box';
import { summarizeSelection } from './summary';

const T0 = 1_700_000_000_000;

// Time 0…9 s, latency rising by row; every third exemplar on /api/cart.
const set = exemplarSetOf(
  Array.from({ length: 10 }, (_, i) => ({
    timeMs: T0 + i * 1000,
    value: 0.01 * 2 ** i,
    labels: { route: i % 3 === 0 ? '/api/cart' : '/api/search', trace_id: `t${i}` },
  }))
);
const box = { fromMs: T0 + 2000, toMs: T0 + 7000, minValue: 0.1, maxValue: 1 };

describe('selectRegion', () => {
  it('selects the exemplars inside the box, edges included, and the rest of its time range as baseline', () => {
    // Values 0.04 0.08 | 0.16 0.32 0.64 | 1.28 at rows 2…7.
    const { selection, baseline } = selectRegion(set, box);
    expect(Array.from(selection)).toEqual([4, 5, 6]);
    expect(Array.from(baseline)).toEqual([2, 3, 7]);
    const edges = selectRegion(set, { fromMs: T0 + 4000, toMs: T0 + 4000, minValue: 0.16, maxValue: 0.16 });
    expect(Array.from(edges.selection)).toEqual([4]);
  });

  it('takes only faster exemplars as baseline in "below" mode', () => {
    expect(Array.from(selectRegion(set, box, {}, 'below').baseline)).toEqual([2, 3]);
  });

  it('is the same box drawn in any direction', () => {
    const flipped = { fromMs: box.toMs, toMs: box.fromMs, minValue: box.maxValue, maxValue: box.minValue };
    expect(selectRegion(set, flipped)).toEqual(selectRegion(set, box));
  });

  it('leaves out hidden series and exemplars the filter rejects, on both sides', () => {
    const visible = Uint8Array.from({ length: 10 }, (_, i) => (i === 5 || i === 7 ? 0 : 1));
    const parsed = parseExemplarFilter('route="/api/search"');
    if (!parsed.ok) {
      throw new Error(parsed.error);
    }
    const filter = exemplarFilterMask(set, parsed.matchers);
    const { selection, baseline } = selectRegion(set, box, { visible, filter });
    // Row 6 is /api/cart (filtered), 5 and 7 are hidden.
    expect(Array.from(selection)).toEqual([4]);
    expect(Array.from(baseline)).toEqual([2]);
  });

  it('puts exemplars without a finite time or value on neither side', () => {
    const broken = exemplarSetOf([
      { timeMs: NaN, value: 0.5 },
      { timeMs: T0 + 3000, value: NaN },
      { timeMs: T0 + 3000, value: 0.5 },
    ]);
    const { selection, baseline } = selectRegion(broken, box);
    expect(Array.from(selection)).toEqual([2]);
    expect(Array.from(baseline)).toEqual([]);
  });
});

describe('summarizeSelection', () => {
  it('gives count, nearest-rank latency quantiles and the time span', () => {
    const { selection } = selectRegion(set, { fromMs: T0, toMs: T0 + 9000, minValue: 0, maxValue: 100 });
    expect(summarizeSelection(set, selection)).toEqual({
      count: 10,
      minValue: 0.01,
      p50: 0.16,
      p90: 2.56,
      p99: 5.12,
      maxValue: 5.12,
      fromMs: T0,
      toMs: T0 + 9000,
      spanMs: 9000,
    });
  });

  it('says NaN, not 0, for an empty selection', () => {
    const summary = summarizeSelection(set, new Uint32Array(0));
    expect(summary.count).toBe(0);
    expect(summary.p50).toBeNaN();
    expect(summary.spanMs).toBeNaN();
  });
});
