import { naturalLogs } from './logValues';

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

/**
 * A logarithmic scale as numbers, linear in log space: pixel = base + slope · (ln value − origin), `origin` the
 * natural log of a value on the scale. The base of the axis' log (2 or 10) only scales `slope`.
 */
interface LogScale extends LinearScale {
  log: true;
}

/** How one axis maps values to pixels: any function, or a linear or log scale as numbers. */
export type AxisProjection = ((value: number) => number) | LinearScale | LogScale;

/**
 * Projects `size` exemplars with the plot's scales. Results are in `out` when its arrays are long enough
 * (they may be longer than `size`; only the first `size` entries are written), otherwise in new arrays.
 * Non-finite results (a log scale of 0 or less, a NaN value) are passed through; `clusterExemplars` excludes them.
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
  // The logs are taken once per value column: a zoom on a log axis then costs what a linear one does.
  const source = 'log' in projection ? naturalLogs(values, size) : values;
  for (let i = 0; i < size; i++) {
    out[i] = base + slope * (source[i] - origin);
  }
}
