/**
 * A uniform grid over a rectangle, sized so its cell count stays bounded (memory and the cost of clearing it
 * must not explode for a tiny radius or a far-away outlier).
 */
export interface GridPlan {
  minX: number;
  minY: number;
  cellSize: number;
  cols: number;
  rows: number;
}

/** Upper bound on grid cells: 2^21 cells of Int32 = 8 MB, enough for 0.7 px cells on a 1200×400 plot. */
export const MAX_GRID_CELLS = 1 << 21;

/** Keeps the divisions finite when the radius is 0 or the extent is degenerate. */
const MIN_CELL_SIZE = 1e-9;

/**
 * Plans a grid with cells of at least `minCellSize` covering [minX, maxX] × [minY, maxY]. The cell size is
 * raised only when the grid would exceed `maxCells`.
 */
export function planGrid(
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
  minCellSize: number,
  maxCells = MAX_GRID_CELLS
): GridPlan {
  // Finite, non-negative extents: an infinite or NaN one would make the sizing loop below run forever.
  const width = finiteExtent(maxX - minX);
  const height = finiteExtent(maxY - minY);
  const area = width * height;
  let cellSize = Math.max(
    minCellSize > 0 ? minCellSize : 0,
    MIN_CELL_SIZE,
    Number.isFinite(area) ? Math.sqrt(area / maxCells) : Math.sqrt(width / maxCells) * Math.sqrt(height),
    width / maxCells,
    height / maxCells
  );
  let cols = Math.floor(width / cellSize) + 1;
  let rows = Math.floor(height / cellSize) + 1;
  while (!(cols * rows <= maxCells)) {
    cellSize *= 1.25;
    cols = Math.floor(width / cellSize) + 1;
    rows = Math.floor(height / cellSize) + 1;
  }
  return { minX, minY, cellSize, cols, rows };
}

function finiteExtent(extent: number): number {
  return extent > 0 ? Math.min(extent, Number.MAX_VALUE) : 0;
}

/** Column of `x`, clamped into the grid (float rounding at the far edge must not index out of range). */
export function columnOf(plan: GridPlan, x: number): number {
  const col = Math.floor((x - plan.minX) / plan.cellSize);
  return col < 0 ? 0 : col >= plan.cols ? plan.cols - 1 : col;
}

export function rowOf(plan: GridPlan, y: number): number {
  const row = Math.floor((y - plan.minY) / plan.cellSize);
  return row < 0 ? 0 : row >= plan.rows ? plan.rows - 1 : row;
}
