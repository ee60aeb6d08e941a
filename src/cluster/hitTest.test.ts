import fc from 'fast-check';

import { hitTestByScan } from './bruteForce';
import { clusterExemplars, type Clusters } from './cluster';
import { ClusterIndex } from './hitTest';
import { clusterInputOf } from './testPoints';

function markersAt(points: Array<[number, number]>): Clusters {
  const clusters = clusterExemplars(clusterInputOf(points.map(([x, y]) => ({ x, y }))), 1);
  expect(clusters.count).toBe(points.length);
  return clusters;
}

describe('ClusterIndex.hitTest', () => {
  it('finds the marker under the pointer and nothing in empty space', () => {
    const clusters = markersAt([
      [100, 100],
      [200, 100],
    ]);
    const index = new ClusterIndex(clusters, 8);
    expect(index.hitTest(103, 98)).toBe(clusters.clusterOf[0]);
    expect(index.hitTest(200, 108)).toBe(clusters.clusterOf[1]);
    expect(index.hitTest(150, 100)).toBe(-1);
    expect(index.hitTest(NaN, 100)).toBe(-1);
  });

  it('prefers the nearer of two overlapping hit areas', () => {
    const clusters = markersAt([
      [100, 100],
      [110, 100],
    ]);
    const index = new ClusterIndex(clusters, 8);
    expect(index.hitTest(104, 100)).toBe(clusters.clusterOf[0]);
    expect(index.hitTest(106, 100)).toBe(clusters.clusterOf[1]);
  });

  it('answers -1 for an empty set of clusters', () => {
    expect(new ClusterIndex(markersAt([]), 8).hitTest(0, 0)).toBe(-1);
  });

  it('agrees with a brute-force scan', () => {
    const scenario = fc.record({
      points: fc.array(
        fc.tuple(fc.double({ min: 0, max: 400, noNaN: true }), fc.double({ min: 0, max: 150, noNaN: true })),
        {
          maxLength: 300,
        }
      ),
      clusterRadius: fc.double({ min: 1, max: 30, noNaN: true }),
      hitRadius: fc.double({ min: 0.5, max: 40, noNaN: true }),
      queries: fc.array(
        fc.tuple(fc.double({ min: -50, max: 450, noNaN: true }), fc.double({ min: -50, max: 200, noNaN: true })),
        {
          minLength: 1,
          maxLength: 40,
        }
      ),
    });
    fc.assert(
      fc.property(scenario, ({ points, clusterRadius, hitRadius, queries }) => {
        const clusters = clusterExemplars(clusterInputOf(points.map(([x, y]) => ({ x, y }))), clusterRadius);
        const index = new ClusterIndex(clusters, hitRadius);
        // Also aim exactly at markers and at points just inside the hit radius, where rounding matters.
        const aims = [...queries];
        for (let c = 0; c < clusters.count; c += 7) {
          aims.push([clusters.x[c], clusters.y[c]], [clusters.x[c] + hitRadius * 0.999, clusters.y[c]]);
        }
        for (const [px, py] of aims) {
          expect(index.hitTest(px, py)).toBe(hitTestByScan(clusters, hitRadius, px, py));
        }
      }),
      { numRuns: 200 }
    );
  });
});

describe('ClusterIndex.nearestInDirection', () => {
  //  a . b
  //  . c .
  //  d . e      (50 px apart)
  const clusters = markersAt([
    [0, 0],
    [100, 0],
    [50, 50],
    [0, 100],
    [100, 100],
  ]);
  const index = new ClusterIndex(clusters, 8);
  const [a, b, c, d, e] = Array.from(clusters.clusterOf);

  it('moves to the nearest marker within the cone ahead, so the middle of an X is reachable', () => {
    expect(index.nearestInDirection(a, 'right')).toBe(c);
    expect(index.nearestInDirection(b, 'down')).toBe(c);
    expect(index.nearestInDirection(e, 'left')).toBe(c);
    expect(index.nearestInDirection(d, 'up')).toBe(c);
  });

  it('breaks equal distances by the lower cluster index', () => {
    expect(index.nearestInDirection(c, 'right')).toBe(Math.min(b, e));
    expect(index.nearestInDirection(c, 'up')).toBe(Math.min(a, b));
  });

  it('returns -1 at the edge and for an unknown cluster', () => {
    expect(index.nearestInDirection(a, 'left')).toBe(-1);
    expect(index.nearestInDirection(a, 'up')).toBe(-1);
    expect(index.nearestInDirection(e, 'right')).toBe(-1);
    expect(index.nearestInDirection(-1, 'right')).toBe(-1);
    expect(index.nearestInDirection(clusters.count, 'right')).toBe(-1);
  });

  it('prefers a marker in the cone over a nearer one outside it, and falls back to anything ahead', () => {
    const row = markersAt([
      [0, 0],
      [30, 35],
      [60, 0],
    ]);
    const rowIndex = new ClusterIndex(row, 8);
    expect(rowIndex.nearestInDirection(row.clusterOf[0], 'right')).toBe(row.clusterOf[2]);
    expect(rowIndex.nearestInDirection(row.clusterOf[0], 'down')).toBe(row.clusterOf[1]);
    expect(rowIndex.nearestInDirection(row.clusterOf[2], 'down')).toBe(row.clusterOf[1]);
    const steep = markersAt([
      [0, 0],
      [10, 40],
    ]);
    expect(new ClusterIndex(steep, 8).nearestInDirection(steep.clusterOf[0], 'right')).toBe(steep.clusterOf[1]);
  });
});
