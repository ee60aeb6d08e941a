/**
 * Exemplars to screen pixels. Runs on every zoom/resize over up to millions of points, so it writes into
 * caller-provided buffers (grown only when too small) instead of allocating per call or per point.
 */
export interface PixelBuffers {
  x: Float64Array;
  y: Float64Array;
}

/**
 * A linear scale as numbers: pixel = base + slope · (value − origin). Projecting with it needs no call per
 * point, which matters most on a panel's first paint, before the engine has optimized the scale's own code.
 * Measuring from `origin` (a value on the scale, e.g. its minimum) keeps epoch-millisecond times precise.
 */
interface LinearScale {
  origin: number;
  base: number;
  slope: number;
}

/** How one axis maps values to pixels: any function, or a linear scale as numbers. */
export type AxisProjection = ((value: number) => number) | LinearScale;

/**
 * Projects `size` exemplars with the plot's scales. Results are in `out` when its arrays are long enough
 * (they may be longer than `size`; only the first `size` entries are written), otherwise in new arrays.
 * Non-finite results (e.g. a log scale of 0) are passed through unchanged; `clusterExemplars` excludes them.
 */
export function projectToPixels(
  timeMs: Float64Array,
  value: Float64Array,
  size: number,
  xOf: AxisProjection,
  yOf: AxisProjection,
  out?: PixelBuffers
): PixelBuffers {
  const x = out && out.x.length >= size ? out.x : new Float64Array(size);
  const y = out && out.y.length >= size ? out.y : new Float64Array(size);
  if (typeof xOf === 'function' && typeof yOf === 'function') {
    // One call site per axis: each sees one function, so the engine can inline it.
    for (let i = 0; i < size; i++) {
      x[i] = xOf(timeMs[i]);
      y[i] = yOf(value[i]);
    }
  } else {
    projectAxis(timeMs, size, xOf, x);
    projectAxis(value, size, yOf, y);
  }
  return { x, y };
}

function projectAxis(values: Float64Array, size: number, projection: AxisProjection, out: Float64Array): void {
  if (typeof projection === 'function') {
    for (let i = 0; i < size; i++) {
      out[i] = projection(values[i]);
    }
    return;
  }
  const { origin, base, slope } = projection;
  for (let i = 0; i < size; i++) {
    out[i] = base + slope * (values[i] - origin);
  }
}
