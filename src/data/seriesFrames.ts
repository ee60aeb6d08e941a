import { DataFrame, Field, FieldType, getFieldDisplayName } from '@grafana/data';
import { isExemplarFrame } from './exemplarFrames';
import { LatencySeries, SeriesStyle } from './model';
import { numberFrom } from './numberFrom';
import { quantileFromExpr } from './promql';

/** Unit from the metric name, Prometheus naming conventions: `_seconds` histograms hold seconds. */
export function unitFromMetricName(name: string | undefined): string | undefined {
  if (!name) {
    return undefined;
  }
  if (/_seconds(_bucket)?$/.test(name)) {
    return 's';
  }
  if (/_milliseconds(_bucket)?$/.test(name) || /_ms(_bucket)?$/.test(name)) {
    return 'ms';
  }
  if (/_microseconds(_bucket)?$/.test(name)) {
    return 'µs';
  }
  return undefined;
}

/** Cells as numbers, `length` of them: a field shorter than the time field is padded with NaN (no value). */
function toFloat64(values: readonly unknown[], length = values.length): Float64Array {
  const out = new Float64Array(length).fill(NaN);
  for (let i = 0; i < Math.min(length, values.length); i++) {
    const v = values[i];
    out[i] = typeof v === 'number' ? v : numberFrom(v);
  }
  return out;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Grafana's display name; a hand-edited `displayName` of another type (an object would break React) is not used. */
function displayName(field: Field, frame: DataFrame, frames: DataFrame[]): string {
  const name: unknown = getFieldDisplayName(field, frame, frames);
  return typeof name === 'string' ? name : (nonEmptyString(field.name) ?? 'Value');
}

/**
 * Series labels as text (Grafana's `Labels`): a data source or proxy may send numbers or booleans (kept as
 * text), or nulls, objects, even a string in place of the labels object (left out). Built with
 * Object.fromEntries so a label named `__proto__` stays a label.
 */
function textLabels(raw: unknown): Record<string, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {};
  }
  return Object.fromEntries(
    Object.entries(raw).flatMap(([name, value]): Array<[string, string]> =>
      typeof value === 'string'
        ? [[name, value]]
        : typeof value === 'number' || typeof value === 'boolean'
          ? [[name, String(value)]]
          : []
    )
  );
}

function executedExpr(frame: DataFrame): string | undefined {
  // Meta is whatever the data source put there: not always text.
  return nonEmptyString(frame.meta?.executedQueryString)?.match(/Expr:\s*(.*)/)?.[1];
}

export interface SeriesContext {
  /** Quantile per refId, known when the panel built the queries itself. */
  quantileByRefId?: Record<string, number>;
  /** Unit to use when neither the field nor the metric name tells. */
  defaultUnit?: string;
  metric?: string;
}

/**
 * Quantile frames (one per series, or wide frames with several value fields) → latency series.
 * Exemplar and annotation frames are skipped; frames without a time field are ignored.
 */
export function latencySeriesFromFrames(frames: DataFrame[], context: SeriesContext = {}): LatencySeries[] {
  const series: LatencySeries[] = [];
  // Grafana's Prometheus data source puts executedQueryString on the first frame of a query only: its quantile
  // holds for every frame of that refId.
  const quantileOfRefId = new Map<string, number>();
  for (const frame of frames) {
    const quantile = frame.refId ? quantileFromExpr(executedExpr(frame)) : undefined;
    if (quantile !== undefined && !quantileOfRefId.has(frame.refId!)) {
      quantileOfRefId.set(frame.refId!, quantile);
    }
  }
  for (const frame of frames) {
    if (isExemplarFrame(frame) || frame.meta?.dataTopic) {
      continue;
    }
    const time = frame.fields.find((f) => f.type === FieldType.time);
    if (!time) {
      continue;
    }
    const timeMs = toFloat64(time.values);
    const refId = frame.refId ?? '';
    const quantile =
      context.quantileByRefId?.[refId] ?? quantileFromExpr(executedExpr(frame)) ?? quantileOfRefId.get(refId);
    for (const field of frame.fields) {
      if (field === time || field.type !== FieldType.number) {
        continue;
      }
      series.push(toSeries(field, frame, frames, timeMs, refId, quantile, context));
    }
  }
  return series;
}

function toSeries(
  field: Field,
  frame: DataFrame,
  frames: DataFrame[],
  timeMs: Float64Array,
  refId: string,
  quantile: number | undefined,
  context: SeriesContext
): LatencySeries {
  const labels = textLabels(field.labels);
  return {
    refId,
    name: displayName(field, frame, frames),
    labels,
    quantile,
    timeMs,
    // One value per time: a value field of another length (a malformed frame) is cut or padded to the times.
    value: toFloat64(field.values, timeMs.length),
    hideFrom: hideFromOf(field),
    style: styleOf(field),
    links: linksOf(field),
    unit:
      nonEmptyString(field.config.unit) ??
      unitFromMetricName(nonEmptyString(labels.__name__) ?? context.metric) ??
      context.defaultUnit ??
      's',
  };
}

/** The field's data links, when it has any: Grafana interpolates them for a row (`valueRowIndex`). */
function linksOf(field: Field): LatencySeries['links'] {
  const getLinks = field.getLinks;
  if (!getLinks || !field.config.links?.length) {
    return undefined;
  }
  return (row) => getLinks({ valueRowIndex: row });
}

function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Standard options and the custom block; the colour from Grafana's display processor (overrides applied). */
function styleOf(field: Field): SeriesStyle {
  const { config } = field;
  const custom: unknown = config.custom;
  return {
    color: nonEmptyString(field.display?.(0).color),
    decimals: finiteNumber(config.decimals),
    min: finiteNumber(config.min),
    max: finiteNumber(config.max),
    noValue: nonEmptyString(config.noValue),
    custom: typeof custom === 'object' && custom !== null ? (custom as Record<string, unknown>) : {},
  };
}

/** `custom.hideFrom` of a field, read defensively: field config is dashboard JSON. */
function hideFromOf(field: Field): NonNullable<LatencySeries['hideFrom']> {
  const raw: unknown = (field.config.custom as { hideFrom?: unknown } | undefined)?.hideFrom;
  const flags = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return { viz: flags.viz === true, legend: flags.legend === true, tooltip: flags.tooltip === true };
}

/** Splits a data source response into quantile frames and exemplar frames. */
export function splitFrames(frames: DataFrame[]): { series: DataFrame[]; exemplars: DataFrame[] } {
  const series: DataFrame[] = [];
  const exemplars: DataFrame[] = [];
  for (const frame of frames) {
    if (isExemplarFrame(frame)) {
      exemplars.push(frame);
    } else if (!frame.meta?.dataTopic) {
      series.push(frame);
    }
  }
  return { series, exemplars };
}
