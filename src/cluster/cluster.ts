import { GridPlan, planGrid } from './grid';
import { rankValue, ranksAbove } from './representative';

export interface ClusterInput {
  /** Pixel positions, e.g. from `projectToPixels`; only the first `size` entries are read. */
  x: Float64Array;
  y: Float64Array;
  size: number;
  /** Latency; picks the representative. */
  value: Float64Array;
  /** 1 = erroring exemplar; it wins as representative. */
  isError?: Uint8Array;
  /** 0 = filtered out/hidden: not clustered, not drawn, not counted anywhere. */
  include?: Uint8Array;
}

export interface Clusters {
  count: number;
  /** Marker position (px). */
  x: Float64Array;
  y: Float64Array;
  /** Members per cluster; sums to the number of placed points. */
  size: Uint32Array;
  /** Exemplar index (into the input) of the representative. */
  representative: Uint32Array;
  /** CSR: members of cluster c are members[memberStart[c] .. memberStart[c+1]), in ascending input order. */
  memberStart: Uint32Array;
  members: Uint32Array;
  /** Per input point: its cluster, -1 when not included or not placeable. */
  clusterOf: Int32Array;
  /** Erroring members per cluster (all 0 without `isError`). */
  errorCount: Uint32Array;
  /** The radius the guarantees hold for: `radiusPx`, unless raised for a very small radius (see `clusterExemplars`). */
  radiusPx: number;
}

export interface PlotBounds {
  width: number;
  height: number;
}

/** Scale ends map to 0 / width / height give or take float rounding; those points are on the plot. */
const EDGE_TOLERANCE_PX = 0.5;

/**
 * Farthest a placeable point may lie from the origin, in px: far beyond any screen, and small enough that sums
 * of millions of coordinates (cell centroids) and differences of two (grid extents) stay finite.
 */
const MAX_PLACEABLE_PX = 2 ** 52;

/**
 * Cells of radius/√2: all points of a cell lie within one radius of the cell's centroid, and two centroids
 * within one radius of each other are at most 2 cells apart along each axis.
 */
const CELL_SIZE_PER_RADIUS = Math.SQRT1_2;
const NEIGHBOR_REACH = 2;

/**
 * Clusters exemplars in screen space so that markers do not overlap.
 *
 * Algorithm, O(n + grid cells): points are binned into a uniform grid with cells of radius/√2; each non-empty
 * cell is summarised (count, centroid, best representative). Cells are then visited densest first (by
 * power-of-two count class, ties in first-appearance order); an unclaimed cell seeds a cluster whose marker
 * is its centroid and claims every unclaimed cell within 5×5 whose centroid lies within the radius.
 *
 * Guarantees, with r = `result.radiusPx`:
 * - every placed point belongs to exactly one cluster; sizes sum to the placed count;
 * - markers are pairwise more than r apart (a later seed was not within r of any earlier seed);
 * - every member lies within 2·r of its marker (≤ r to its cell's centroid, whose distance to the marker is ≤ r);
 * - the representative is the member with the highest value, except that an erroring member (highest value
 *   among erroring members) wins; NaN values count as lowest; ties go to the lower index;
 * - the same input gives the same output.
 *
 * Not placed (clusterOf = -1): points whose x or y is NaN or ±Infinity (e.g. a log
 * scale of 0) or beyond ±2^52 px (no screen is that large, and centroid sums of such values overflow), and, when `plotBounds` is given, points more than 0.5 px outside [0, width] × [0, height]
 * (Grafana does not draw exemplars outside the plot either); plot bounds that are negative, not finite or beyond 2^52 px are ignored. Points with `include[i] === 0` are
 * skipped (also -1). This is the panel's one off-plot rule: callers pass every included exemplar and the plot bounds. Without `plotBounds` the grid spans the points' bounding box.
 *
 * r equals `radiusPx` unless the grid would exceed `MAX_GRID_CELLS` (below ~0.7 px on a 1200×400 plot, or
 * far-flung points without `plotBounds`); then r is raised just enough. A radius ≤ 0 or NaN is treated as 0.
 */
export function clusterExemplars(input: ClusterInput, radiusPx: number, plotBounds?: PlotBounds): Clusters {
  const clusterOf = new Int32Array(input.size);

  const bounded = plotBounds !== undefined && isUsableExtent(plotBounds.width) && isUsableExtent(plotBounds.height);
  const requestedRadius = radiusPx > 0 ? radiusPx : 0;
  // Points are placeable inside [lo, hi]; with plot bounds that is the plot, otherwise the points' bounding box.
  const lo = { x: bounded ? -EDGE_TOLERANCE_PX : Infinity, y: bounded ? -EDGE_TOLERANCE_PX : Infinity };
  const hi = bounded
    ? { x: plotBounds.width + EDGE_TOLERANCE_PX, y: plotBounds.height + EDGE_TOLERANCE_PX }
    : { x: -Infinity, y: -Infinity };
  if (!bounded) {
    extendToPoints(input, lo, hi);
  }
  if (!(lo.x <= hi.x && lo.y <= hi.y)) {
    clusterOf.fill(-1);
    return emptyClusters(clusterOf, requestedRadius);
  }

  const grid = planGrid(lo.x, lo.y, hi.x, hi.y, requestedRadius * CELL_SIZE_PER_RADIUS);
  const raised = grid.cellSize > requestedRadius * CELL_SIZE_PER_RADIUS;
  const radius = raised ? grid.cellSize / CELL_SIZE_PER_RADIUS : requestedRadius;
  const bins = binPoints(input, grid, lo, hi, clusterOf);
  const merged = mergeCells(bins, grid, radius);
  const { memberStart, members } = assignMembers(clusterOf, bins.placed, merged);
  const { count } = merged;
  return {
    count,
    x: merged.markerX.slice(0, count),
    y: merged.markerY.slice(0, count),
    size: merged.size.slice(0, count),
    representative: merged.representative.slice(0, count),
    memberStart,
    members,
    clusterOf,
    errorCount: merged.errorCount.slice(0, count),
    radiusPx: radius,
  };
}

/*
 * The three passes are functions of their own: the engine optimizes each hot loop once and keeps it. In one long
 * function, the optimized code of the first loop was thrown away on reaching the next (no type feedback there
 * yet), so a first call — the panel's first paint — ran about four times slower than later ones.
 */

/** Non-empty grid cells: point count, centroid, best representative so far (with its value and error flag). */
interface CellBins {
  cellCount: number;
  placed: number;
  /** Cell id + 1 per grid cell (0 = empty), so a fresh array needs no fill. */
  slotOfGridCell: Int32Array;
  cellPoints: Uint32Array;
  cellErrors: Uint32Array;
  cellX: Float64Array;
  cellY: Float64Array;
  cellBest: Uint32Array;
  /** The best member's value as ranked (`rankValue`: NaN as -Infinity). */
  cellBestValue: Float64Array;
  cellBestError: Uint8Array;
  cellCol: Int32Array;
  cellRow: Int32Array;
}

/**
 * Pass 1: bins points into cells and summarises each non-empty cell. `clusterOf` gets each point's cell id (or
 * -1 when not included or not placeable). The best representative's facts are kept per cell, so comparing does
 * not read at random in `value`.
 */
function binPoints(
  input: ClusterInput,
  grid: GridPlan,
  lo: { x: number; y: number },
  hi: { x: number; y: number },
  clusterOf: Int32Array
): CellBins {
  const { x, y, size: n, value, isError, include } = input;
  const { cols, rows } = grid;
  const inverseCell = 1 / grid.cellSize;
  const [loX, loY, hiX, hiY] = [lo.x, lo.y, hi.x, hi.y];
  const slotOfGridCell = new Int32Array(cols * rows);
  const maxCells = Math.min(n, cols * rows);
  const cellPoints = new Uint32Array(maxCells);
  const cellErrors = new Uint32Array(maxCells);
  const cellX = new Float64Array(maxCells);
  const cellY = new Float64Array(maxCells);
  const cellBest = new Uint32Array(maxCells);
  const cellBestValue = new Float64Array(maxCells);
  const cellBestError = new Uint8Array(maxCells);
  const cellCol = new Int32Array(maxCells);
  const cellRow = new Int32Array(maxCells);
  let cellCount = 0;
  let placed = 0;
  for (let i = 0; i < n; i++) {
    if (include !== undefined && include[i] === 0) {
      clusterOf[i] = -1;
      continue;
    }
    const px = x[i];
    const py = y[i];
    // NaN fails every comparison, ±Infinity fails the finite range.
    if (!(px >= loX && px <= hiX && py >= loY && py <= hiY)) {
      clusterOf[i] = -1;
      continue;
    }
    placed++;
    let col = Math.floor((px - loX) * inverseCell);
    let row = Math.floor((py - loY) * inverseCell);
    col = col < 0 ? 0 : col >= cols ? cols - 1 : col;
    row = row < 0 ? 0 : row >= rows ? rows - 1 : row;
    const gridCell = row * cols + col;
    const erroring = isError !== undefined && isError[i] !== 0;
    const rank = rankValue(value[i]);
    let cell = slotOfGridCell[gridCell] - 1;
    if (cell < 0) {
      cell = cellCount++;
      slotOfGridCell[gridCell] = cell + 1;
      cellCol[cell] = col;
      cellRow[cell] = row;
      cellBest[cell] = i;
      cellBestValue[cell] = rank;
      cellBestError[cell] = erroring ? 1 : 0;
    } else if (
      erroring
        ? cellBestError[cell] === 0 || rank > cellBestValue[cell]
        : rank > cellBestValue[cell] && cellBestError[cell] === 0
    ) {
      // `ranksAbove`, unrolled for the hottest loop: points come in index order, so a tie keeps the incumbent;
      // the value test comes first because it usually fails, and then the incumbent's error flag is not read.
      cellBest[cell] = i;
      cellBestValue[cell] = rank;
      cellBestError[cell] = erroring ? 1 : 0;
    }
    cellPoints[cell]++;
    cellX[cell] += px;
    cellY[cell] += py;
    if (erroring) {
      cellErrors[cell]++;
    }
    clusterOf[i] = cell;
  }
  toCentroids(cellX, cellY, cellPoints, cellCount);
  return {
    cellCount,
    placed,
    slotOfGridCell,
    cellPoints,
    cellErrors,
    cellX,
    cellY,
    cellBest,
    cellBestValue,
    cellBestError,
    cellCol,
    cellRow,
  };
}

/** Sums of coordinates → centroids. A loop of its own: after the binning loop it would deoptimize that loop's code. */
function toCentroids(cellX: Float64Array, cellY: Float64Array, cellPoints: Uint32Array, cellCount: number): void {
  for (let cell = 0; cell < cellCount; cell++) {
    cellX[cell] /= cellPoints[cell];
    cellY[cell] /= cellPoints[cell];
  }
}

/** Clusters, in arrays sized for one cluster per cell; the first `count` entries are used. */
interface MergedCells {
  count: number;
  clusterOfCell: Int32Array;
  markerX: Float64Array;
  markerY: Float64Array;
  size: Uint32Array;
  errorCount: Uint32Array;
  representative: Uint32Array;
}

/** Pass 2: greedy merge over cells, densest first, so dense spots get centred markers. */
function mergeCells(bins: CellBins, grid: GridPlan, radius: number): MergedCells {
  const {
    cellCount,
    slotOfGridCell,
    cellPoints,
    cellErrors,
    cellX,
    cellY,
    cellBest,
    cellBestValue,
    cellBestError,
    cellCol,
    cellRow,
  } = bins;
  const { cols, rows } = grid;
  const order = cellsDensestFirst(cellPoints, cellCount);
  const clusterOfCell = new Int32Array(cellCount).fill(-1);
  const markerX = new Float64Array(cellCount);
  const markerY = new Float64Array(cellCount);
  const size = new Uint32Array(cellCount);
  const errorCount = new Uint32Array(cellCount);
  const representative = new Uint32Array(cellCount);
  const radiusSquared = radius * radius;
  let count = 0;
  for (let o = 0; o < cellCount; o++) {
    const seed = order[o];
    if (clusterOfCell[seed] >= 0) {
      continue;
    }
    const c = count++;
    const mx = cellX[seed];
    const my = cellY[seed];
    markerX[c] = mx;
    markerY[c] = my;
    // The representative's facts are kept at hand: reading value/isError at random per cell is what cost here.
    let best = cellBest[seed];
    let bestValue = cellBestValue[seed];
    let bestError = cellBestError[seed] === 1;
    let members = 0;
    let errors = 0;
    const rowEnd = Math.min(rows - 1, cellRow[seed] + NEIGHBOR_REACH);
    const colStart = Math.max(0, cellCol[seed] - NEIGHBOR_REACH);
    const colEnd = Math.min(cols - 1, cellCol[seed] + NEIGHBOR_REACH);
    for (let row = Math.max(0, cellRow[seed] - NEIGHBOR_REACH); row <= rowEnd; row++) {
      for (let col = colStart; col <= colEnd; col++) {
        const cell = slotOfGridCell[row * cols + col] - 1;
        if (cell < 0 || clusterOfCell[cell] >= 0) {
          continue;
        }
        const dx = cellX[cell] - mx;
        const dy = cellY[cell] - my;
        if (dx * dx + dy * dy > radiusSquared) {
          continue;
        }
        clusterOfCell[cell] = c;
        members += cellPoints[cell];
        errors += cellErrors[cell];
        const cellError = cellBestError[cell] === 1;
        if (ranksAbove(cellError, cellBestValue[cell], cellBest[cell], bestError, bestValue, best)) {
          best = cellBest[cell];
          bestValue = cellBestValue[cell];
          bestError = cellError;
        }
      }
    }
    size[c] = members;
    errorCount[c] = errors;
    representative[c] = best;
  }
  return { count, clusterOfCell, markerX, markerY, size, errorCount, representative };
}

/**
 * Pass 3: point → cluster (in `clusterOf`, which held cell ids), then members grouped by cluster with a stable
 * counting sort (ascending indices).
 */
function assignMembers(
  clusterOf: Int32Array,
  placed: number,
  merged: MergedCells
): { memberStart: Uint32Array; members: Uint32Array } {
  const { count, size, clusterOfCell } = merged;
  const memberStart = new Uint32Array(count + 1);
  for (let c = 0; c < count; c++) {
    memberStart[c + 1] = memberStart[c] + size[c];
  }
  const next = memberStart.slice(0, count);
  const members = new Uint32Array(placed);
  for (let i = 0; i < clusterOf.length; i++) {
    const cell = clusterOf[i];
    if (cell < 0) {
      continue;
    }
    const c = clusterOfCell[cell];
    clusterOf[i] = c;
    members[next[c]++] = i;
  }
  return { memberStart, members };
}

/** Grows [lo, hi] to the bounding box of the included points with finite positions. */
function extendToPoints(input: ClusterInput, lo: { x: number; y: number }, hi: { x: number; y: number }): void {
  const { x, y, size: n, include } = input;
  for (let i = 0; i < n; i++) {
    const px = x[i];
    const py = y[i];
    // Fails for NaN and ±Infinity too.
    if (
      (include === undefined || include[i] !== 0) &&
      Math.abs(px) <= MAX_PLACEABLE_PX &&
      Math.abs(py) <= MAX_PLACEABLE_PX
    ) {
      lo.x = px < lo.x ? px : lo.x;
      hi.x = px > hi.x ? px : hi.x;
      lo.y = py < lo.y ? py : lo.y;
      hi.y = py > hi.y ? py : hi.y;
    }
  }
}

function isUsableExtent(extent: number): boolean {
  return extent >= 0 && extent <= MAX_PLACEABLE_PX;
}

/** Cell ids ordered by power-of-two point-count class, largest first; ties keep first-appearance order. O(cells). */
function cellsDensestFirst(cellPoints: Uint32Array, cellCount: number): Uint32Array {
  const classes = 32;
  const classStart = new Uint32Array(classes + 1);
  for (let cell = 0; cell < cellCount; cell++) {
    classStart[densityClassSlot(cellPoints[cell]) + 1]++;
  }
  for (let slot = 0; slot < classes; slot++) {
    classStart[slot + 1] += classStart[slot];
  }
  const order = new Uint32Array(cellCount);
  for (let cell = 0; cell < cellCount; cell++) {
    order[classStart[densityClassSlot(cellPoints[cell])]++] = cell;
  }
  return order;
}

/** Slot 0 holds the densest class: counts in [2^31, 2^32) would be class 31. */
function densityClassSlot(points: number): number {
  return Math.clz32(points);
}

function emptyClusters(clusterOf: Int32Array, radiusPx: number): Clusters {
  return {
    count: 0,
    x: new Float64Array(0),
    y: new Float64Array(0),
    size: new Uint32Array(0),
    representative: new Uint32Array(0),
    memberStart: new Uint32Array(1),
    members: new Uint32Array(0),
    clusterOf,
    errorCount: new Uint32Array(0),
    radiusPx,
  };
}
