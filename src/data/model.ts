import type { LinkModel } from '@grafana/data';

/**
 * The columnar model every domain module works on. Typed arrays, no object per point:
 * a busy service gives millions of exemplars and these are walked on every redraw.
 */

/** Row codes of a label column, as narrow as its dictionary allows (most series labels have a handful of values). */
export type LabelCodes = Int8Array | Int16Array | Int32Array;

/** A dictionary-encoded string column: `dict[codes[i]]` is row i's value; -1 means the label is absent. */
export interface LabelColumn {
  name: string;
  dict: string[];
  codes: LabelCodes;
}

export interface ExemplarSet {
  size: number;
  /** Exemplar timestamps, ms since epoch. */
  timeMs: Float64Array;
  /** Observed values (seconds for a `_seconds` histogram). */
  value: Float64Array;
  /** Series labels and exemplar labels alike, one column per label name. */
  labels: LabelColumn[];
  /** refId of the query each exemplar came from ('' when unknown), dictionary-encoded. */
  refIds: LabelColumn;
  /**
   * Where the exemplars came from: frames thinned by Grafana's Prometheus sampler, frames no sampler thinned
   * (the sampler switched off, or a data source without one), or the raw Prometheus exemplar API.
   */
  source: 'sampled' | 'unsampled' | 'all';
}

/** What a series' field config (with overrides applied) asks of its line, axis and values. */
export interface SeriesStyle {
  /** Resolved line colour (colour scheme and overrides), absent where Grafana did not process the field. */
  color?: string;
  decimals?: number;
  min?: number;
  max?: number;
  /** Text shown for a missing value. */
  noValue?: string;
  /** The `custom` block, read as dashboard JSON: every key may be absent or of another type. */
  custom: Record<string, unknown>;
}

/** One latency line, e.g. p99 of /api/checkout. */
export interface LatencySeries {
  refId: string;
  /** Display name as Grafana would show it (legend format applied). */
  name: string;
  labels: Record<string, string>;
  /** The quantile this line shows, when known (from the query builder or the expression). */
  quantile?: number;
  timeMs: Float64Array;
  /** NaN where Prometheus returned no value. */
  value: Float64Array;
  /** Grafana unit id, e.g. 's'. */
  unit: string;
  /** Field config and overrides the chart honours (standard options and the `custom` block). */
  style?: SeriesStyle;
  /** Field config "Hide in area" (`custom.hideFrom`), e.g. written by a legend click through Grafana's PanelContext. */
  hideFrom?: { viz: boolean; legend: boolean; tooltip: boolean };
  /**
   * The field's data links at one of its rows (an index into `timeMs`), interpolated by Grafana: the field's
   * `getLinks`, which Grafana's field-override pass sets. Absent when the field has no data links.
   */
  links?: (row: number) => LinkModel[];
}

/** Whether any series has a value to draw: without one the panel shows its diagnostics instead of a chart. */
export function hasLatencyLines(series: readonly LatencySeries[]): boolean {
  return series.some((s) => s.value.some(Number.isFinite));
}
