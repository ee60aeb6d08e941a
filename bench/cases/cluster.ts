import Supercluster, { type AnyProps, type PointFeature } from 'supercluster';

import { clusterExemplars, type ClusterInput } from '../../src/cluster/cluster';
import { type AxisProjection, projectToPixels } from '../../src/cluster/project';
import {
  type ExemplarOrder,
  generateExemplars,
  LINEAR_Y_SCALE,
  LOG_Y_SCALE,
  PLOT,
  RADIUS_PX,
  X_SCALE,
  xOfTime,
  yOfValue,
} from '../data';
import { medianMs, pairedMedianMs } from '../measure';
import type { BenchCase, BenchResult } from '../types';

/**
 * supercluster works on lng/lat in a Web-Mercator world of `extent · 2^zoom` pixels. At zoom 3 with extent 512
 * that world is 4096 px wide, so plot pixels map 1:1 onto it and `radius` means the same pixels as ours.
 */
const SUPERCLUSTER_ZOOM = 3;
const SUPERCLUSTER_EXTENT = 512;
const WORLD_PX = SUPERCLUSTER_EXTENT * 2 ** SUPERCLUSTER_ZOOM;
const WHOLE_WORLD: [number, number, number, number] = [-180, -90, 180, 90];

const lngOfPx = (px: number) => (px / WORLD_PX - 0.5) * 360;
const latOfPx = (py: number) =>
  (360 * Math.atan(Math.exp(((180 - (py / WORLD_PX) * 360) * Math.PI) / 180))) / Math.PI - 90;

function pointFeatures(input: ClusterInput): Array<PointFeature<AnyProps>> {
  return Array.from({ length: input.size }, (_, i) => ({
    type: 'Feature' as const,
    properties: {},
    geometry: { type: 'Point' as const, coordinates: [lngOfPx(input.x[i]), latOfPx(input.y[i])] },
  }));
}

function superclusterOnce(features: Array<PointFeature<AnyProps>>): number {
  const index = new Supercluster({
    radius: RADIUS_PX,
    extent: SUPERCLUSTER_EXTENT,
    minZoom: SUPERCLUSTER_ZOOM,
    maxZoom: SUPERCLUSTER_ZOOM,
  });
  return index.load(features).getClusters(WHOLE_WORLD, SUPERCLUSTER_ZOOM).length;
}

export function clusterInputFor(n: number, order: ExemplarOrder = 'series'): ClusterInput {
  const exemplars = generateExemplars(n, 42, order);
  const { x, y } = projectToPixels(exemplars.timeMs, exemplars.value, n, xOfTime, yOfValue);
  return { x, y, size: n, value: exemplars.value, isError: exemplars.isError };
}

/**
 * Runs per size: enough for a stable median, few enough to finish well inside the two-minute budget. The targets
 * apply to exemplars in the order Prometheus returns them; the shuffled case shows the cost of no order at all.
 */
const SIZES: Array<{ n: number; runs: number; baselineRuns: number; order: ExemplarOrder }> = [
  { n: 10_000, runs: 100, baselineRuns: 30, order: 'series' },
  { n: 100_000, runs: 60, baselineRuns: 10, order: 'series' },
  { n: 100_000, runs: 60, baselineRuns: 10, order: 'shuffled' },
  { n: 1_000_000, runs: 15, baselineRuns: 3, order: 'series' },
];

export const clusterCases: BenchCase[] = SIZES.map(({ n, runs, baselineRuns, order }) => ({
  name: order === 'series' ? `cluster ${n}` : `cluster ${n} ${order}`,
  run: (): BenchResult[] => {
    const input = clusterInputFor(n, order);
    const ours = clusterExemplars(input, RADIUS_PX, PLOT);
    const features = pointFeatures(input);
    const theirs = superclusterOnce(features);
    console.log(
      `  n=${n}: ${ours.count} clusters (supercluster: ${theirs}) at radius ${RADIUS_PX} px on ${PLOT.width}×${PLOT.height}`
    );
    const medianOurs = medianMs(() => clusterExemplars(input, RADIUS_PX, PLOT), runs);
    const medianTheirs = medianMs(() => superclusterOnce(features), baselineRuns, 1);
    return [
      {
        name: order === 'series' ? 'cluster at one scale' : `cluster at one scale, ${order} order`,
        n,
        medianMs: medianOurs,
        baseline: 'supercluster load+getClusters, one zoom, same px radius',
        baselineMedianMs: medianTheirs,
        ratio: medianTheirs / medianOurs,
        target: order !== 'series' ? undefined : n === 100_000 ? '≤ 5 ms' : n === 1_000_000 ? 'ratio ≥ 10' : undefined,
      },
    ];
  },
}));

/** Fresh copies of the value column: each is a new data set, so its first log projection takes the logs. */
function freshColumns(values: Float64Array, count: number): Float64Array[] {
  return Array.from({ length: count }, () => values.slice());
}

export const projectCases: BenchCase[] = [
  {
    name: 'project 1M log',
    run: () => {
      // A zoom or resize on a log axis against the same on a linear axis, in the same run: the logs of a data
      // set are taken once (first row), every later projection is linear in log space (second row).
      const n = 1_000_000;
      const exemplars = generateExemplars(n);
      const buffers = { x: new Float64Array(n), y: new Float64Array(n) };
      const project = (value: Float64Array, y: AxisProjection) =>
        projectToPixels(exemplars.timeMs, value, n, X_SCALE, y, buffers);
      const [linear, log] = pairedMedianMs(
        () => project(exemplars.value, LINEAR_Y_SCALE),
        () => project(exemplars.value, LOG_Y_SCALE),
        21
      );
      const perCall = medianMs(
        () => projectToPixels(exemplars.timeMs, exemplars.value, n, xOfTime, yOfValue, buffers),
        15
      );
      const fresh = freshColumns(exemplars.value, 7);
      let next = 0;
      const firstLog = medianMs(() => project(fresh[next++], LOG_Y_SCALE), 5, 2);
      const againstLinear = (name: string, ms: number, target?: string): BenchResult => ({
        name,
        n,
        medianMs: ms,
        baseline: 'the same exemplars on a linear y scale as numbers',
        baselineMedianMs: linear,
        ratio: linear / ms,
        target,
      });
      return [
        againstLinear('project, log y as numbers (logs cached per data set)', log, 'ratio ≥ 0.67 (log ≤ 1.5× linear)'),
        againstLinear('project, log y, first projection of a data set (takes the logs)', firstLog),
        againstLinear('project, log y as a Math.log call per point (before)', perCall),
      ];
    },
  },
  {
    name: 'project 1M linear',
    run: () => {
      // The panel's scales are linear: read as numbers (what useClusterLayout does) or called per point.
      const n = 1_000_000;
      const exemplars = generateExemplars(n);
      const buffers = { x: new Float64Array(n), y: new Float64Array(n) };
      const x = X_SCALE;
      const y = { origin: 0, base: PLOT.height, slope: -PLOT.height / 30 };
      const asNumbers = medianMs(() => projectToPixels(exemplars.timeMs, exemplars.value, n, x, y, buffers), 15);
      const asCalls = medianMs(
        () =>
          projectToPixels(
            exemplars.timeMs,
            exemplars.value,
            n,
            (t) => x.base + x.slope * (t - x.origin),
            (v) => y.base + y.slope * (v - y.origin),
            buffers
          ),
        15
      );
      return [
        {
          name: 'project to pixels, linear scales as numbers',
          n,
          medianMs: asNumbers,
          baseline: 'the same scales as a call per point',
          baselineMedianMs: asCalls,
          ratio: asCalls / asNumbers,
        },
      ];
    },
  },
];
