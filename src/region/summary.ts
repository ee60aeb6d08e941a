import type { ExemplarSet } from '../data/model';

export interface SelectionSummary {
  count: number;
  /** Latency figures over the selected exemplars, in the exemplar's unit; NaN for an empty selection. */
  minValue: number;
  p50: number;
  p90: number;
  p99: number;
  maxValue: number;
  /** Earliest and latest selected exemplar (ms since epoch) and the span between them; NaN when empty. */
  fromMs: number;
  toMs: number;
  spanMs: number;
}

/**
 * Nearest-rank quantile of ascending values: the smallest value with at least q of the values at or below it.
 * Always one of the values, so a p99 the drawer shows is a request that happened.
 */
function nearestRank(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) {
    return NaN;
  }
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** What the Selection view heads with. `indices` come from `selectRegion`, so every value is finite. */
export function summarizeSelection(set: ExemplarSet, indices: Uint32Array): SelectionSummary {
  const values = new Float64Array(indices.length);
  let fromMs = Infinity;
  let toMs = -Infinity;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    values[k] = set.value[i];
    const t = set.timeMs[i];
    fromMs = t < fromMs ? t : fromMs;
    toMs = t > toMs ? t : toMs;
  }
  values.sort();
  const empty = indices.length === 0;
  return {
    count: indices.length,
    minValue: empty ? NaN : values[0],
    p50: nearestRank(values, 0.5),
    p90: nearestRank(values, 0.9),
    p99: nearestRank(values, 0.99),
    maxValue: empty ? NaN : values[values.length - 1],
    fromMs: empty ? NaN : fromMs,
    toMs: empty ? NaN : toMs,
    spanMs: empty ? NaN : toMs - fromMs,
  };
}
