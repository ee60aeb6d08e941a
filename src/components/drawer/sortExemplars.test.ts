import { exemplarSetFromFrames } from '../../data/exemplarFrames';
import { exemplarFrame } from '../../data/__fixtures__/prometheusFrames';
import { distinguishingLabels, sortAndFilterExemplars } from './sortExemplars';

const { set } = exemplarSetFromFrames([
  exemplarFrame('A', [
    { timeMs: 3, value: 0.2, labels: { route: '/api/cart', trace_id: 'a' } },
    { timeMs: 1, value: 0.9, labels: { route: '/api/checkout', trace_id: 'b' } },
    { timeMs: 2, value: 0.5, labels: { route: '/api/cart', trace_id: 'c' } },
  ]),
]);
const all = Uint32Array.from([0, 1, 2]);

describe('sortAndFilterExemplars', () => {
  it('sorts by latency or time in both directions', () => {
    expect(sortAndFilterExemplars(set, all, 'latency-desc', '')).toEqual([1, 2, 0]);
    expect(sortAndFilterExemplars(set, all, 'latency-asc', '')).toEqual([0, 2, 1]);
    expect(sortAndFilterExemplars(set, all, 'time-asc', '')).toEqual([1, 2, 0]);
  });

  it('filters by label=value or by any label containing a word', () => {
    expect(sortAndFilterExemplars(set, all, 'time-asc', 'route=/api/cart')).toEqual([2, 0]);
    expect(sortAndFilterExemplars(set, all, 'time-asc', 'CHECK')).toEqual([1]);
    expect(sortAndFilterExemplars(set, Uint32Array.from([0]), 'time-asc', 'checkout')).toEqual([]);
  });

  it('reads label filters as the panel options do: PromQL matchers, quoted or not', () => {
    expect(sortAndFilterExemplars(set, all, 'time-asc', 'route=~"/api/c.rt"')).toEqual([2, 0]);
    expect(sortAndFilterExemplars(set, all, 'time-asc', 'route!="/api/cart"')).toEqual([1]);
    expect(sortAndFilterExemplars(set, all, 'time-asc', '{route="/api/cart", trace_id=~"[ab]"}')).toEqual([0]);
  });
});

describe('distinguishingLabels', () => {
  const rows = [
    { route: '/api/cart', status: '200', job: 'shop', le: '0.5', trace_id: 'a', span_id: '1', traceID: 'x' },
    { route: '/api/cart', status: '500', job: 'shop', le: '1', trace_id: 'b', span_id: '2', traceID: 'y' },
    { route: '/api/checkout', status: '200', job: 'shop', le: '2.5', trace_id: 'c', span_id: '3', traceID: 'z' },
  ];
  const { set: labelled } = exemplarSetFromFrames([
    exemplarFrame(
      'A',
      rows.map((labels, i) => ({ timeMs: i, value: i, labels }))
    ),
  ]);

  it('names the labels that vary, fewest values first, without IDs, the bucket, constant labels or the mapped trace label', () => {
    expect(distinguishingLabels(labelled, Uint32Array.from([0, 1, 2]), ['traceID']).sort()).toEqual([
      'route',
      'status',
    ]);
    expect(distinguishingLabels(labelled, Uint32Array.from([0, 1, 2]), ['traceID'], 1)).toHaveLength(1);
    expect(distinguishingLabels(labelled, Uint32Array.from([0, 1]), ['traceID'])).toEqual(['status']);
    expect(distinguishingLabels(labelled, Uint32Array.from([0]), [])).toEqual([]);
  });

  it('leaves out labels with too many distinct values', () => {
    expect(distinguishingLabels(labelled, Uint32Array.from([0, 1, 2]), ['traceID'], 3, 1)).toEqual([]);
  });
});
