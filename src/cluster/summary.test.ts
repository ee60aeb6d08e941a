import type { ExemplarSet, LabelColumn } from '../data/model';
import { clusterExemplars } from './cluster';
import { summarizeCluster } from './summary';

function column(name: string, values: Array<string | undefined>): LabelColumn {
  const dict: string[] = [];
  const codes = Int32Array.from(values, (v) => {
    if (v === undefined) {
      return -1;
    }
    if (!dict.includes(v)) {
      dict.push(v);
    }
    return dict.indexOf(v);
  });
  return { name, dict, codes };
}

// Exemplars 0-4 sit together at x≈10, exemplar 5 alone at x=500.
const set: ExemplarSet = {
  size: 6,
  timeMs: Float64Array.from([5000, 1000, 3000, 4000, 2000, 9000]),
  value: Float64Array.from([0.2, 0.05, NaN, 1.5, 0.4, 7]),
  labels: [
    column('route', ['/a', '/b', '/a', '/a', '/b', '/c']),
    column('trace_id', ['t0', 't1', 't2', 't3', 't4', 't5']),
    column('status', ['200', '500', '200', undefined, '200', '200']),
    column('pod', [undefined, undefined, undefined, undefined, undefined, 'p1']),
  ],
  refIds: column('refId', ['A', 'A', 'A', 'A', 'A', 'A']),
  source: 'all',
};
const clusters = clusterExemplars(
  {
    x: Float64Array.from([10, 11, 12, 10, 11, 500]),
    y: Float64Array.from([50, 50, 51, 52, 49, 50]),
    size: 6,
    value: set.value,
    isError: Uint8Array.from([0, 1, 0, 0, 0, 0]),
  },
  10
);
const group = clusters.clusterOf[0];
const lone = clusters.clusterOf[5];

describe('summarizeCluster', () => {
  it('summarises latency, time range, representative and errors, ignoring missing values', () => {
    const summary = summarizeCluster(clusters, group, set);
    expect(summary).toMatchObject({
      count: 5,
      minValue: 0.05,
      maxValue: 1.5,
      fromMs: 1000,
      toMs: 5000,
      representative: 1, // the erroring exemplar beats the slower healthy ones
      errorCount: 1,
    });
    expect(summary.medianValue).toBeCloseTo(0.3, 12); // (0.2 + 0.4) / 2 over the four values present
  });

  it('lists the most frequent label values, skipping all-distinct and absent labels', () => {
    const { topLabels } = summarizeCluster(clusters, group, set, 1);
    expect(topLabels).toEqual([
      { name: 'route', values: [{ value: '/a', count: 3 }] },
      { name: 'status', values: [{ value: '200', count: 3 }] },
    ]);
    const all = summarizeCluster(clusters, group, set, 5).topLabels;
    expect(all[0]).toEqual({
      name: 'route',
      values: [
        { value: '/a', count: 3 },
        { value: '/b', count: 2 },
      ],
    });
  });

  it('shows every label of a single exemplar, trace ID included', () => {
    const summary = summarizeCluster(clusters, lone, set);
    expect(summary).toMatchObject({ count: 1, minValue: 7, medianValue: 7, maxValue: 7, fromMs: 9000, toMs: 9000 });
    expect(summary.topLabels.map((label) => label.name)).toEqual(['route', 'trace_id', 'status', 'pod']);
  });

  it('gives the same label counts when called again (the counting scratch is reset)', () => {
    expect(summarizeCluster(clusters, group, set)).toEqual(summarizeCluster(clusters, group, set));
  });

  it('rejects a cluster that does not exist', () => {
    expect(() => summarizeCluster(clusters, clusters.count, set)).toThrow(RangeError);
  });
});
