import { LabelColumnEncoder, LabelColumns } from './columnar';
import { ExemplarSet } from './model';
import { numberFrom } from './numberFrom';

/** What reading the raw exemplar API left out or failed on, for diagnostics. */
export interface RawExemplarReport {
  series: number;
  rejectedRows: number;
  truncatedRows: number;
  /** Prometheus' own error, or why the response could not be read. */
  error?: string;
}

interface RawExemplar {
  labels?: Record<string, unknown>;
  value?: unknown;
  timestamp?: unknown;
}

interface RawSeries {
  seriesLabels?: Record<string, unknown>;
  exemplars?: RawExemplar[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Prometheus answers `{status, data}`; a proxy may hand over just `data`, or an error object. */
function seriesOf(response: unknown): { series: RawSeries[]; error?: string } {
  if (Array.isArray(response)) {
    return { series: response as RawSeries[] };
  }
  if (!isRecord(response)) {
    return { series: [], error: 'The exemplar API returned something that is not JSON.' };
  }
  if (response.status === 'error') {
    // An empty error text still says something.
    return {
      series: [],
      error: `Prometheus: ${String(response.errorType || 'error')}: ${String(response.error || 'unknown error')}`,
    };
  }
  if (!Array.isArray(response.data)) {
    return { series: [], error: 'The exemplar API response has no data list (is this a Prometheus-compatible API?).' };
  }
  return { series: response.data as RawSeries[] };
}

/** The cap as a row count: whole and not negative (typed arrays are sized from it); none when not a number. */
export function exemplarCap(cap: number | undefined): number {
  return cap === undefined || Number.isNaN(cap) ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(cap));
}

/**
 * The body of `GET /api/v1/query_exemplars` → the columnar model, without an object per exemplar.
 * `value` is a string in this API and `timestamp` is in seconds. Series labels are written once
 * per series (a range fill), exemplar labels per row.
 */
export function exemplarSetFromPrometheusJson(
  response: unknown,
  options: { cap?: number } = {}
): { set: ExemplarSet; report: RawExemplarReport } {
  const cap = exemplarCap(options.cap);
  const { series, error } = seriesOf(response);
  const report: RawExemplarReport = { series: 0, rejectedRows: 0, truncatedRows: 0, error };

  let total = 0;
  for (const s of series) {
    total += isRecord(s) && Array.isArray(s.exemplars) ? s.exemplars.length : 0;
  }
  const size = Math.min(total, cap);
  const timeMs = new Float64Array(size);
  const values = new Float64Array(size);
  const labels = new LabelColumns(size);
  let row = 0;
  for (const s of series) {
    if (!isRecord(s) || !Array.isArray(s.exemplars)) {
      continue;
    }
    report.series++;
    const start = row;
    for (const exemplar of s.exemplars) {
      const t = numberFrom(isRecord(exemplar) ? exemplar.timestamp : undefined) * 1000;
      const v = numberFrom(isRecord(exemplar) ? exemplar.value : undefined);
      if (!Number.isFinite(t) || !Number.isFinite(v) || v < 0) {
        report.rejectedRows++;
        continue;
      }
      if (row >= size) {
        report.truncatedRows++;
        continue;
      }
      timeMs[row] = t;
      values[row] = v;
      const exemplarLabels = (exemplar as RawExemplar).labels;
      if (isRecord(exemplarLabels)) {
        for (const name in exemplarLabels) {
          labels.get(name).setOne(row, exemplarLabels[name]);
        }
      }
      row++;
    }
    if (isRecord(s.seriesLabels)) {
      for (const name in s.seriesLabels) {
        labels.get(name).fill(start, row, s.seriesLabels[name]);
      }
    }
  }
  return {
    set: rawExemplarSet(row, timeMs, values, labels),
    report,
  };
}

/** The first `rows` rows of raw exemplar columns as a set: no refIds, raw exemplars belong to no panel query. */
export function rawExemplarSet(
  rows: number,
  timeMs: Float64Array,
  values: Float64Array,
  labels: LabelColumns
): ExemplarSet {
  return {
    size: rows,
    timeMs: rows === timeMs.length ? timeMs : timeMs.slice(0, rows),
    value: rows === values.length ? values : values.slice(0, rows),
    labels: labels.finish(rows),
    refIds: new LabelColumnEncoder('refId', rows).finish(),
    source: 'all',
  };
}
