import { exemplarSetOf } from './__fixtures__/regionFixtures';
import { selectRegion } from './box';
import { compareLabels } from './labelCompare';

const T0 = 1_700_000_000_000;

/** 100 exemplars: the 10 slow ones are 8 × pod-3, 2 × pod-1; the 90 fast ones spread over pods 0…2. */
function shop() {
  return exemplarSetOf(
    Array.from({ length: 100 }, (_, i) => {
      const slow = i % 10 === 0;
      const pod = slow ? (i % 50 === 0 ? 'pod-1' : 'pod-3') : `pod-${i % 3}`;
      return {
        timeMs: T0 + i * 1000,
        value: slow ? 2 : 0.05,
        labels: { pod, route: '/api/cart', le: slow ? '2.5' : '0.1', trace_id: `trace-${i}` },
      };
    })
  );
}

describe('compareLabels', () => {
  const set = shop();
  const { selection, baseline } = selectRegion(set, { fromMs: T0, toMs: T0 + 99_000, minValue: 1, maxValue: 10 });
  const comparison = compareLabels(set, selection, baseline);

  it('ranks the label value the slow exemplars share first, and explains it', () => {
    const [top] = comparison.rows;
    expect(top).toMatchObject({ key: 'pod', value: 'pod-3', selectionCount: 8, baselineCount: 0 });
    expect(top.selectionShare).toBeCloseTo(0.8);
    expect(top.explanation).toBe('`pod=pod-3`: 80 % of selected exemplars, 0 % of baseline');
  });

  it('gives a value every exemplar has a difference of 0, after the over-represented and before the missing', () => {
    const route = comparison.rows.find((row) => row.key === 'route')!;
    expect(route).toMatchObject({ selectionShare: 1, baselineShare: 1, difference: 0 });
    const position = comparison.rows.indexOf(route);
    expect(comparison.rows.slice(0, position).map((row) => row.value)).toEqual(['pod-3']);
    // pod-0 and pod-2 are only in the baseline; pod-1 is 20 % of the selection and 22 % of the baseline.
    expect(comparison.rows.slice(position + 1).map((row) => row.value)).toEqual(['pod-1', 'pod-0', 'pod-2']);
  });

  it('skips trace IDs and the bucket label, and says why', () => {
    expect(comparison.rows.some((row) => row.key === 'trace_id' || row.key === 'le')).toBe(false);
    expect(comparison.skipped.map((s) => s.label).sort()).toEqual(['le', 'trace_id']);
  });

  it('compares against faster exemplars only in "below" mode', () => {
    const below = selectRegion(set, { fromMs: T0, toMs: T0 + 99_000, minValue: 0.01, maxValue: 0.06 }, {}, 'below');
    expect(below.baseline.length).toBe(0);
    const rows = compareLabels(set, below.selection, below.baseline).rows;
    expect(rows.every((row) => row.baselineShare === 0)).toBe(true);
  });
});
