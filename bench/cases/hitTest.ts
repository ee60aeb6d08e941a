import { hitTestByScan } from '../../src/cluster/bruteForce';
import { clusterExemplars } from '../../src/cluster/cluster';
import { ClusterIndex } from '../../src/cluster/hitTest';
import { summarizeCluster } from '../../src/cluster/summary';
import type { ExemplarSet } from '../../src/data/model';
import { seededRandom } from '../../src/testing/seededRandom';
import { PLOT, RADIUS_PX } from '../data';
import { median, medianMs } from '../measure';
import type { BenchCase, BenchResult } from '../types';
import { clusterInputFor } from './cluster';

const QUERIES_PER_BATCH = 1000;
const BATCHES = 200;

/** Median per-query time: single queries are too short for the clock, so time batches and divide. */
function perQueryMs(query: (px: number, py: number) => number, batches: number, perBatch: number): number {
  const random = seededRandom(7);
  const batchTimes: number[] = [];
  let sink = 0;
  for (let b = 0; b < batches; b++) {
    const px = Float64Array.from({ length: perBatch }, () => random() * PLOT.width);
    const py = Float64Array.from({ length: perBatch }, () => random() * PLOT.height);
    const start = performance.now();
    for (let q = 0; q < perBatch; q++) {
      sink += query(px[q], py[q]);
    }
    batchTimes.push((performance.now() - start) / perBatch);
  }
  if (sink === Number.MIN_SAFE_INTEGER) {
    console.log('unreachable; keeps the queries from being optimised away');
  }
  return median(batchTimes);
}

export const hitTestCases: BenchCase[] = [
  {
    name: 'hit-test and hover summary on 1M exemplars',
    run: (): BenchResult[] => {
      const n = 1_000_000;
      const input = clusterInputFor(n);
      const clusters = clusterExemplars(input, RADIUS_PX, PLOT);
      const buildMs = medianMs(() => new ClusterIndex(clusters, RADIUS_PX), 50);
      const index = new ClusterIndex(clusters, RADIUS_PX);
      const ours = perQueryMs((px, py) => index.hitTest(px, py), BATCHES, QUERIES_PER_BATCH);
      const scan = perQueryMs((px, py) => hitTestByScan(clusters, RADIUS_PX, px, py), 50, 100);

      // The tooltip of the biggest cluster is the worst hover frame.
      let biggest = 0;
      for (let c = 1; c < clusters.count; c++) {
        biggest = clusters.size[c] > clusters.size[biggest] ? c : biggest;
      }
      const set = exemplarSetWithLabels(input.size, input.value);
      const summaryMs = medianMs(() => summarizeCluster(clusters, biggest, set), 20);
      console.log(`  ${clusters.count} markers; biggest cluster holds ${clusters.size[biggest]} exemplars`);
      return [
        {
          name: 'ClusterIndex build',
          n: clusters.count,
          medianMs: buildMs,
          baseline: null,
          baselineMedianMs: null,
          ratio: null,
        },
        {
          name: 'hit-test per query',
          n: clusters.count,
          medianMs: ours,
          baseline: 'linear scan over markers',
          baselineMedianMs: scan,
          ratio: scan / ours,
          target: '≤ 0.1 ms',
        },
        {
          name: 'summarizeCluster, biggest cluster',
          n: clusters.size[biggest],
          medianMs: summaryMs,
          baseline: null,
          baselineMedianMs: null,
          ratio: null,
        },
      ];
    },
  },
];

/** Labels shaped like Prometheus exemplars: a unique trace_id, the bucket `le`, a handful of routes and pods. */
function exemplarSetWithLabels(size: number, value: Float64Array): ExemplarSet {
  const column = (name: string, dict: string[], codeOf: (i: number) => number) => ({
    name,
    dict,
    codes: Int32Array.from({ length: size }, (_, i) => codeOf(i)),
  });
  const routes = ['/api/checkout', '/api/cart', '/api/search', '/api/login', '/api/items'];
  const pods = Array.from({ length: 12 }, (_, p) => `shop-${p}`);
  const traceIds = Array.from({ length: size }, (_, i) => i.toString(16).padStart(32, '0'));
  return {
    size,
    timeMs: Float64Array.from({ length: size }, (_, i) => i * 100),
    value,
    labels: [
      column('route', routes, (i) => (i * 7) % routes.length),
      column('pod', pods, (i) => (i * 13) % pods.length),
      column('trace_id', traceIds, (i) => i),
    ],
    refIds: column('refId', ['A'], () => 0),
    source: 'all',
  };
}
