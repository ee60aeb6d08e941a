import fc from 'fast-check';

import { emptyExemplarSet } from '../data/columnar';
import { ExemplarSet } from '../data/model';
import { clusterExemplars, type ClusterInput, type PlotBounds } from './cluster';
import { ClusterIndex, type Direction } from './hitTest';
import { summarizeCluster } from './summary';
import { unplacedCountOf } from './testPoints';

/**
 * Clustering, hit-testing and cluster summaries with inputs a chart can produce on a bad day: pixel positions
 * that are NaN, infinite or astronomically far (a log scale of 0, a zero-height range, a huge latency), plot
 * bounds of 0, negative or NaN size (a panel resized to nothing), radii of 0, NaN, negative or huge, and
 * pointer positions anywhere. Nothing throws, every included point is placed or counted as unplaced, and
 * every answer names a real cluster.
 */

const coordinate = fc.oneof(
  { arbitrary: fc.double({ min: -10, max: 120, noNaN: true }), weight: 6 },
  { arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, -0, 2 ** 31, 1e15), weight: 1 }
);
// Degenerate radii make the grid as fine as allowed (2^21 cells, 8 MB each time): rare, to keep the suite quick.
const radius = fc.oneof(
  { arbitrary: fc.double({ min: 2, max: 40, noNaN: true }), weight: 30 },
  { arbitrary: fc.constantFrom(0, -1, NaN, Infinity, 1e-9, 1e9), weight: 1 }
);
const bounds = fc.option(
  fc.record({
    width: fc.oneof(fc.double({ min: 0, max: 120, noNaN: true }), fc.constantFrom(NaN, -1, Infinity, 0, 1e300)),
    height: fc.oneof(fc.double({ min: 0, max: 60, noNaN: true }), fc.constantFrom(NaN, -1, Infinity, 0, 1e300)),
  }),
  { nil: undefined }
);

const scenario = fc.record({
  points: fc.array(
    fc.record({
      x: coordinate,
      y: coordinate,
      value: fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.constantFrom(NaN, Infinity)),
      isError: fc.boolean(),
      include: fc.boolean(),
    }),
    { maxLength: 40 }
  ),
  withInclude: fc.boolean(),
  radius,
  bounds,
  probes: fc.array(fc.tuple(coordinate, coordinate), { maxLength: 4 }),
});

function exemplarsFor(size: number, values: Float64Array): ExemplarSet {
  const set = emptyExemplarSet();
  return {
    ...set,
    size,
    value: values,
    timeMs: Float64Array.from({ length: size }, (_, i) => (i % 3 === 0 ? NaN : 1.7e12 + i)),
    labels: [
      { name: 'route', dict: ['/a', '<img src=x>'], codes: Int32Array.from({ length: size }, (_, i) => (i % 3) - 1) },
    ],
    refIds: { name: 'refId', dict: [], codes: new Int32Array(size).fill(-1) },
  };
}

describe('clustering under fuzzing', () => {
  it('places or counts every included point; hit tests, keyboard moves and summaries name real clusters', () => {
    fc.assert(
      fc.property(scenario, ({ points, withInclude, radius: r, bounds: b, probes }) => {
        const input: ClusterInput = {
          x: Float64Array.from(points, (p) => p.x),
          y: Float64Array.from(points, (p) => p.y),
          value: Float64Array.from(points, (p) => p.value),
          size: points.length,
          isError: Uint8Array.from(points, (p) => (p.isError ? 1 : 0)),
          include: withInclude ? Uint8Array.from(points, (p) => (p.include ? 1 : 0)) : undefined,
        };
        const clusters = clusterExemplars(input, r, b as PlotBounds | undefined);
        const included = points.filter((p) => !withInclude || p.include).length;
        const placed = Array.from(clusters.clusterOf).filter((c) => c >= 0).length;
        expect(placed + unplacedCountOf(clusters, input.include)).toBe(included);
        expect(Array.from(clusters.size.subarray(0, clusters.count)).reduce((a, n) => a + n, 0)).toBe(placed);
        const problems: string[] = [];
        for (let c = 0; c < clusters.count; c++) {
          const members = Array.from(clusters.members.subarray(clusters.memberStart[c], clusters.memberStart[c + 1]));
          if (
            !members.includes(clusters.representative[c]) ||
            members.some((m) => clusters.clusterOf[m] !== c) ||
            !Number.isFinite(clusters.x[c]) ||
            !Number.isFinite(clusters.y[c])
          ) {
            problems.push(
              `cluster ${c}: members ${members}, representative ${clusters.representative[c]}, at ${clusters.x[c]},${clusters.y[c]}`
            );
          }
        }

        // Checked into one list: jest's expect is too slow to call per cluster ten thousand times.
        const index = new ClusterIndex(clusters, clusters.radiusPx);
        for (const [px, py] of [
          ...probes,
          ...Array.from({ length: clusters.count }, (_, c): [number, number] => [clusters.x[c], clusters.y[c]]),
        ]) {
          const hit = index.hitTest(px, py);
          if (
            !(hit >= -1 && hit < clusters.count) ||
            (hit >= 0 && Math.hypot(px - clusters.x[hit], py - clusters.y[hit]) > clusters.radiusPx * (1 + 1e-9) + 1e-9)
          ) {
            problems.push(`hit test at ${px},${py} gave ${hit}`);
          }
        }
        const set = exemplarsFor(points.length, input.value);
        for (let c = 0; c < clusters.count; c++) {
          for (const direction of ['left', 'right', 'up', 'down'] as Direction[]) {
            const next = index.nearestInDirection(c, direction);
            if (!(next >= -1 && next < clusters.count && next !== c)) {
              problems.push(`${direction} of ${c} is ${next}`);
            }
          }
          const summary = summarizeCluster(clusters, c, set);
          if (
            summary.count !== clusters.size[c] ||
            summary.representative !== clusters.representative[c] ||
            summary.minValue > summary.maxValue
          ) {
            problems.push(`summary of ${c}: ${JSON.stringify(summary)}`);
          }
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 10_000 }
    );
  });
});
