import { clusterExemplars, type Clusters } from './cluster';
import { MAX_GRID_CELLS, planGrid } from './grid';
import { clusterInputOf, unplacedCountOf } from './testPoints';

function membersOf(clusters: Clusters, c: number): number[] {
  return Array.from(clusters.members.subarray(clusters.memberStart[c], clusters.memberStart[c + 1]));
}

describe('clusterExemplars', () => {
  it('returns no clusters for no points', () => {
    const clusters = clusterExemplars(clusterInputOf([]), 10);
    expect(clusters.count).toBe(0);
    expect(Array.from(clusters.memberStart)).toEqual([0]);
    expect(clusters.members.length).toBe(0);
  });

  it('keeps a lone exemplar as its own cluster at its exact position', () => {
    const clusters = clusterExemplars(clusterInputOf([{ x: 12.5, y: 40.25, value: 0.3 }]), 10);
    expect(clusters.count).toBe(1);
    expect([clusters.x[0], clusters.y[0]]).toEqual([12.5, 40.25]);
    expect(clusters.size[0]).toBe(1);
    expect(clusters.representative[0]).toBe(0);
    expect(Array.from(clusters.clusterOf)).toEqual([0]);
  });

  it('merges points within the radius and keeps far points apart', () => {
    const clusters = clusterExemplars(
      clusterInputOf([
        { x: 100, y: 100 },
        { x: 103, y: 101 },
        { x: 300, y: 100 },
      ]),
      10
    );
    expect(clusters.count).toBe(2);
    expect(clusters.clusterOf[0]).toBe(clusters.clusterOf[1]);
    expect(clusters.clusterOf[2]).not.toBe(clusters.clusterOf[0]);
    const far = clusters.clusterOf[2];
    expect([clusters.x[far], clusters.y[far]]).toEqual([300, 100]);
  });

  it('collapses a dense blob smaller than the radius into one marker', () => {
    const blob = Array.from({ length: 10_000 }, (_, i) => ({ x: 500 + (i % 7) * 0.5, y: 200 + (i % 11) * 0.3 }));
    const clusters = clusterExemplars(clusterInputOf(blob), 10, { width: 1200, height: 400 });
    expect(clusters.count).toBe(1);
    expect(clusters.size[0]).toBe(10_000);
  });

  it('picks the slowest exemplar as representative', () => {
    const clusters = clusterExemplars(
      clusterInputOf([
        { x: 10, y: 10, value: 0.2 },
        { x: 11, y: 10, value: 2.5 },
        { x: 12, y: 10, value: NaN },
        { x: 10, y: 11, value: 0.9 },
      ]),
      10
    );
    expect(clusters.count).toBe(1);
    expect(clusters.representative[0]).toBe(1);
  });

  it('lets an erroring exemplar win over a slower healthy one, the slowest error first', () => {
    const clusters = clusterExemplars(
      clusterInputOf([
        { x: 10, y: 10, value: 5, isError: false },
        { x: 11, y: 10, value: 0.1, isError: true },
        { x: 12, y: 10, value: 0.4, isError: true },
      ]),
      10
    );
    expect(clusters.representative[0]).toBe(2);
    expect(clusters.errorCount[0]).toBe(2);
  });

  it('breaks representative ties by the lower index', () => {
    const clusters = clusterExemplars(
      clusterInputOf([
        { x: 10, y: 10, value: 1 },
        { x: 11, y: 10, value: 3 },
        { x: 12, y: 10, value: 3 },
      ]),
      10
    );
    expect(clusters.representative[0]).toBe(1);
  });

  it('skips excluded points without counting them as unplaced', () => {
    const clusters = clusterExemplars(
      clusterInputOf([
        { x: 10, y: 10, value: 9, include: false },
        { x: 11, y: 10, value: 1 },
      ]),
      10
    );
    expect(Array.from(clusters.clusterOf)).toEqual([-1, 0]);
    expect(clusters.size[0]).toBe(1);
    expect(clusters.representative[0]).toBe(1);
    expect(unplacedCountOf(clusters, Uint8Array.of(0, 1))).toBe(0);
  });

  it('does not place non-finite positions and reports how many there were', () => {
    const clusters = clusterExemplars(
      clusterInputOf([
        { x: NaN, y: 10 },
        { x: 10, y: -Infinity },
        { x: Infinity, y: 5 },
        { x: 10, y: 10 },
      ]),
      10
    );
    expect(Array.from(clusters.clusterOf)).toEqual([-1, -1, -1, 0]);
    expect(unplacedCountOf(clusters)).toBe(3);
    expect(clusters.count).toBe(1);
  });

  it('with plot bounds, keeps points on the edges and drops points outside', () => {
    const clusters = clusterExemplars(
      clusterInputOf([
        { x: 0, y: 400 },
        { x: 1200.3, y: -0.2 },
        { x: -5, y: 10 },
        { x: 600, y: 401 },
      ]),
      10,
      { width: 1200, height: 400 }
    );
    expect(clusters.clusterOf[0]).toBeGreaterThanOrEqual(0);
    expect(clusters.clusterOf[1]).toBeGreaterThanOrEqual(0);
    expect(Array.from(clusters.clusterOf.subarray(2))).toEqual([-1, -1]);
    expect(unplacedCountOf(clusters)).toBe(2);
  });

  it('reads only the first `size` entries', () => {
    const input = clusterInputOf([
      { x: 10, y: 10 },
      { x: 500, y: 10 },
    ]);
    const clusters = clusterExemplars({ ...input, size: 1 }, 10);
    expect(clusters.count).toBe(1);
    expect(clusters.clusterOf.length).toBe(1);
  });

  it('lists members in ascending input order, grouped per cluster', () => {
    const points = [
      { x: 300, y: 10 },
      { x: 10, y: 10 },
      { x: 301, y: 11 },
      { x: 12, y: 10 },
      { x: 299, y: 9 },
    ];
    const clusters = clusterExemplars(clusterInputOf(points), 10);
    expect(clusters.count).toBe(2);
    const groups = [membersOf(clusters, 0), membersOf(clusters, 1)].sort((a, b) => a[0] - b[0]);
    expect(groups).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
  });

  it('keeps the requested radius on a normal plot and raises only a sub-pixel one', () => {
    const points = clusterInputOf([
      { x: 0, y: 0 },
      { x: 1200, y: 400 },
    ]);
    expect(clusterExemplars(points, 4, { width: 1200, height: 400 }).radiusPx).toBe(4);
    const tiny = clusterExemplars(points, 0.01, { width: 1200, height: 400 });
    expect(tiny.radiusPx).toBeGreaterThan(0.01);
    expect(tiny.radiusPx).toBeLessThan(1);
    expect(clusterExemplars(points, 0, { width: 1200, height: 400 }).count).toBe(2);
  });

  it('copes with an outlier far off the plot when no bounds are given', () => {
    const clusters = clusterExemplars(
      clusterInputOf([
        { x: 10, y: 10 },
        { x: 1e15, y: -1e15 },
      ]),
      10
    );
    expect(clusters.count).toBe(2);
    expect(clusters.radiusPx).toBeGreaterThan(10);
  });

  it('gives identical output for identical input', () => {
    const points = Array.from({ length: 2000 }, (_, i) => ({
      x: (i * 7919) % 1200,
      y: (i * 104729) % 400,
      value: (i * 31) % 17,
      isError: i % 23 === 0,
    }));
    expect(clusterExemplars(clusterInputOf(points), 12)).toEqual(clusterExemplars(clusterInputOf(points), 12));
  });
});

/** Found by cluster.fuzz.test.ts. */
describe('clustering with coordinates no screen has', () => {
  it('does not place points beyond ±2^52 px, so centroids stay finite', () => {
    const clusters = clusterExemplars(
      clusterInputOf([
        { x: 0, y: 1e308 },
        { x: 0, y: 1e308 },
        { x: 5, y: 5 },
      ]),
      10
    );
    expect(clusters.count).toBe(1);
    expect(unplacedCountOf(clusters)).toBe(2);
    expect([clusters.x[0], clusters.y[0]]).toEqual([5, 5]);
  });

  it('plans a finite grid for an infinite or NaN extent instead of looping forever', () => {
    for (const [lo, hi] of [
      [-1e308, 1e308],
      [0, Infinity],
      [NaN, 1],
    ]) {
      const plan = planGrid(lo, 0, hi, 10, 1);
      expect(plan.cols * plan.rows).toBeLessThanOrEqual(MAX_GRID_CELLS);
      expect(Number.isFinite(plan.cellSize)).toBe(true);
    }
  });
});
