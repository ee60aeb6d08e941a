import type { Clusters } from './cluster';

/**
 * Straightforward O(n) reference implementation of hit-testing: the oracle in tests and the baseline in `npm run bench`.
 */

/** Nearest marker within `radiusPx` of (px, py), ties to the lower index; -1 when none. */
export function hitTestByScan(clusters: Clusters, radiusPx: number, px: number, py: number): number {
  const radiusSquared = radiusPx > 0 ? radiusPx * radiusPx : 0;
  let best = -1;
  let bestDistanceSquared = Infinity;
  for (let c = 0; c < clusters.count; c++) {
    const dx = clusters.x[c] - px;
    const dy = clusters.y[c] - py;
    const distanceSquared = dx * dx + dy * dy;
    if (distanceSquared <= radiusSquared && distanceSquared < bestDistanceSquared) {
      best = c;
      bestDistanceSquared = distanceSquared;
    }
  }
  return best;
}
