/**
 * Exemplars to screen pixels. Runs on every zoom/resize over up to millions of points, so it writes into
 * caller-provided buffers (grown only when too small) instead of allocating per call or per point.
 */
export interface PixelBuffers {
  x: Float64Array;
  y: Float64Array;
}

/**
 * Projects `size` exemplars with the plot's scales. Results are in `out` when its arrays are long enough
 * (they may be longer than `size`; only the first `size` entries are written), otherwise in new arrays.
 * Non-finite results (e.g. a log scale of 0) are passed through unchanged; `clusterExemplars` excludes them.
 */
export function projectToPixels(
  timeMs: Float64Array,
  value: Float64Array,
  size: number,
  xOf: (t: number) => number,
  yOf: (v: number) => number,
  out?: PixelBuffers
): PixelBuffers {
  const x = out && out.x.length >= size ? out.x : new Float64Array(size);
  const y = out && out.y.length >= size ? out.y : new Float64Array(size);
  for (let i = 0; i < size; i++) {
    x[i] = xOf(timeMs[i]);
    y[i] = yOf(value[i]);
  }
  return { x, y };
}
