import type { Clusters } from './cluster';
import { columnOf, planGrid, rowOf, type GridPlan } from './grid';

export type Direction = 'left' | 'right' | 'up' | 'down';

/** Keeps the marker grid small: about one cell per marker, at least a few thousand. */
const MIN_INDEX_CELLS = 4096;

/**
 * Spatial index over cluster markers, built once per `Clusters` (O(clusters)).
 *
 * `hitTest` returns the marker nearest to the pointer among those within `radiusPx` (distance ≤ radius), ties
 * to the lower cluster index, -1 when none: it scans only the grid cells overlapping the pointer's radius.
 */
export class ClusterIndex {
  private readonly clusters: Clusters;
  private readonly radiusPx: number;
  private readonly grid: GridPlan;
  /** CSR over grid cells: markers of cell g are cellMarkers[cellStart[g] .. cellStart[g+1]). */
  private readonly cellStart: Uint32Array;
  private readonly cellMarkers: Uint32Array;

  constructor(clusters: Clusters, radiusPx: number) {
    this.clusters = clusters;
    this.radiusPx = radiusPx > 0 ? radiusPx : 0;
    const { count, x, y } = clusters;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let c = 0; c < count; c++) {
      minX = Math.min(minX, x[c]);
      maxX = Math.max(maxX, x[c]);
      minY = Math.min(minY, y[c]);
      maxY = Math.max(maxY, y[c]);
    }
    if (count === 0) {
      minX = minY = maxX = maxY = 0;
    }
    this.grid = planGrid(minX, minY, maxX, maxY, this.radiusPx, Math.max(MIN_INDEX_CELLS, count));
    const { cols } = this.grid;
    const cellOfMarker = new Uint32Array(count);
    this.cellStart = new Uint32Array(cols * this.grid.rows + 1);
    for (let c = 0; c < count; c++) {
      const cell = rowOf(this.grid, y[c]) * cols + columnOf(this.grid, x[c]);
      cellOfMarker[c] = cell;
      this.cellStart[cell + 1]++;
    }
    for (let g = 1; g < this.cellStart.length; g++) {
      this.cellStart[g] += this.cellStart[g - 1];
    }
    const next = this.cellStart.slice(0, -1);
    this.cellMarkers = new Uint32Array(count);
    for (let c = 0; c < count; c++) {
      this.cellMarkers[next[cellOfMarker[c]]++] = c;
    }
  }

  /** The cluster whose marker is nearest to (px, py) within the radius, or -1. */
  hitTest(px: number, py: number): number {
    if (px - px !== 0 || py - py !== 0) {
      return -1;
    }
    const { x, y } = this.clusters;
    const r = this.radiusPx;
    const { cols } = this.grid;
    const colEnd = columnOf(this.grid, px + r);
    const rowEnd = rowOf(this.grid, py + r);
    const colStart = columnOf(this.grid, px - r);
    let best = -1;
    let bestDistanceSquared = r * r;
    for (let row = rowOf(this.grid, py - r); row <= rowEnd; row++) {
      for (let col = colStart; col <= colEnd; col++) {
        const cell = row * cols + col;
        for (let k = this.cellStart[cell]; k < this.cellStart[cell + 1]; k++) {
          const c = this.cellMarkers[k];
          const dx = x[c] - px;
          const dy = y[c] - py;
          const distanceSquared = dx * dx + dy * dy;
          if (
            distanceSquared < bestDistanceSquared ||
            (distanceSquared === bestDistanceSquared && (best < 0 || c < best))
          ) {
            best = c;
            bestDistanceSquared = distanceSquared;
          }
        }
      }
    }
    return best;
  }

  /**
   * The cluster to move to from `from` when an arrow key is pressed (screen coordinates, 'up' = smaller y): the
   * nearest marker within the 90° cone around that direction; if the cone is empty, the nearest marker anywhere
   * ahead. Ties go to the lower index; -1 when nothing is ahead. A linear scan: it runs once per key press over at
   * most a few thousand markers.
   */
  nearestInDirection(from: number, dir: Direction): number {
    const { count, x, y } = this.clusters;
    if (!(from >= 0 && from < count)) {
      return -1;
    }
    const horizontal = dir === 'left' || dir === 'right';
    const sign = dir === 'right' || dir === 'down' ? 1 : -1;
    let bestInCone = -1;
    let bestInConeDistance = Infinity;
    let bestAhead = -1;
    let bestAheadDistance = Infinity;
    for (let c = 0; c < count; c++) {
      const dx = x[c] - x[from];
      const dy = y[c] - y[from];
      const along = sign * (horizontal ? dx : dy);
      if (!(along > 0)) {
        continue;
      }
      const distanceSquared = dx * dx + dy * dy;
      if (Math.abs(horizontal ? dy : dx) <= along && distanceSquared < bestInConeDistance) {
        bestInCone = c;
        bestInConeDistance = distanceSquared;
      }
      if (distanceSquared < bestAheadDistance) {
        bestAhead = c;
        bestAheadDistance = distanceSquared;
      }
    }
    return bestInCone >= 0 ? bestInCone : bestAhead;
  }
}
