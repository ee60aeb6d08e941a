import { LatencySeries } from './model';

export interface AlignedSeries {
  x: number[];
  /** One array per series, null where the series has no value at that time (uPlot gap). */
  ys: Array<Array<number | null>>;
}

/**
 * Puts series on one shared time axis, as uPlot needs. Prometheus range queries of one request
 * share their steps, so the common case is a straight copy; otherwise timestamps are merged.
 */
export function alignSeries(series: LatencySeries[]): AlignedSeries {
  if (series.length === 0) {
    return { x: [], ys: [] };
  }
  const first = series[0].timeMs;
  const shared = series.every((s) => s.timeMs.length === first.length && s.timeMs.every((t, i) => t === first[i]));
  const x = shared
    ? Array.from(first)
    : Array.from(new Set(series.flatMap((s) => Array.from(s.timeMs)))).sort((a, b) => a - b);
  const ys = series.map((s) => {
    if (shared) {
      return Array.from(s.value, (v) => (Number.isFinite(v) ? v : null));
    }
    const byTime = new Map<number, number>();
    s.timeMs.forEach((t, i) => byTime.set(t, s.value[i]));
    return x.map((t) => {
      const v = byTime.get(t);
      return v !== undefined && Number.isFinite(v) ? v : null;
    });
  });
  return { x, ys };
}

/** The row of `series` at time `timeMs` of the shared axis, -1 when the series has no point there. */
export function rowAtTime(series: LatencySeries, timeMs: number): number {
  return series.timeMs.indexOf(timeMs);
}
