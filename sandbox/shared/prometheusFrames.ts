/**
 * Prometheus API results → the data frames Grafana 12's Prometheus data source hands the frontend,
 * in wire form (DataFrameJSON, what `/api/ds/query` returns per refId). Pure functions, no @grafana/data
 * runtime import, so the browser adapter and the node scenario generator share them.
 *
 * Confirmed against grafana/grafana:
 * - pkg/promlib/converter/prom.go (+ testdata/prom-matrix-frame.jsonc, prom-exemplars-frame.jsonc): per-series
 *   frames, `Time` + `Value` (labels on Value), matrix meta `timeseries-multi` / custom.resultType.
 * - pkg/promlib/querydata/response.go: addMetadataToMultiFrame (Time config.interval = step, displayNameFromDS
 *   from legend, Value renamed to `__name__` when present), executedQueryString on the first frame,
 *   processExemplars (one long `exemplar` frame, meta + refId from the first exemplar frame).
 * - pkg/promlib/querydata/exemplar/{framer,labels,sampler_stddev}.go: sorted label fields, series labels
 *   overridden by exemplar labels, std-dev sampling.
 */
import type { DataFrameJSON, DataFrameType, FieldSchema, FieldType, FieldValueEntityLookup } from '@grafana/data';
import { StandardDeviationSampler } from './exemplarSampler';
import { goDurationString } from './goDuration';
import type { PromExemplarSeries, PromLabels, PromMatrixSeries } from './prometheusApi';

const LEGEND_FORMAT_AUTO = '__auto';

export interface PromQueryShape {
  refId: string;
  /** Expression after variable interpolation, as sent to Prometheus. */
  expr: string;
  stepMs: number;
  legendFormat?: string;
}

export type ExemplarSampling = 'stddev' | 'none';

/** The Go SDK also writes `typeInfo` (its Go type); the frontend ignores it but it is on the wire. */
interface WireFieldSchema extends FieldSchema {
  typeInfo: { frame: string };
}

function wireField(
  name: string,
  type: 'time' | 'number' | 'string',
  extra: Partial<FieldSchema> = {}
): WireFieldSchema {
  const goType = { time: 'time.Time', number: 'float64', string: 'string' }[type];
  return { name, type: type as FieldType, typeInfo: { frame: goType }, ...extra };
}

/** `metricNameFromLabels`: `name{a="1", b="2"}` with sorted label pairs, Go-quoted values. */
function metricNameFromLabels(labels: PromLabels): string {
  const name = labels.__name__;
  const pairs = Object.keys(labels)
    .filter((key) => key !== '__name__')
    .sort()
    .map((key) => `${key}=${JSON.stringify(labels[key])}`);
  if (pairs.length === 0) {
    return name ?? '{}';
  }
  return `${name ?? ''}{${pairs.join(', ')}}`;
}

/** `getName`: legend format applied to the series labels; `{}` falls back to the expression. */
export function seriesDisplayName(labels: PromLabels, query: PromQueryShape): string {
  let legend = metricNameFromLabels(labels);
  const format = query.legendFormat ?? '';
  if (format === LEGEND_FORMAT_AUTO) {
    if (Object.keys(labels).length > 0) {
      legend = '';
    }
  } else if (format !== '') {
    legend = format.replace(/\{\{\s*(.+?)\s*\}\}/g, (_match, labelName: string) => labels[labelName.trim()] ?? '');
  }
  return legend === '{}' ? query.expr : legend;
}

function executedQueryString(query: PromQueryShape): string {
  return `Expr: ${query.expr}\nStep: ${goDurationString(query.stepMs)}`;
}

/** Numbers as the Go SDK writes them: NaN/±Inf become null plus an `entities` lookup. */
function numberColumn(values: number[]): { values: Array<number | null>; entities: FieldValueEntityLookup | null } {
  const entities: FieldValueEntityLookup = {};
  const column = values.map((value, index) => {
    if (Number.isFinite(value)) {
      return value;
    }
    const key = Number.isNaN(value) ? 'NaN' : value > 0 ? 'Inf' : 'NegInf';
    (entities[key] ??= []).push(index);
    return null;
  });
  return { values: column, entities: Object.keys(entities).length > 0 ? entities : null };
}

/** Prometheus sample strings, including `NaN`, `+Inf`, `-Inf`. */
function parseSampleValue(text: string): number {
  if (/^[+-]?inf(inity)?$/i.test(text)) {
    return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  return parseFloat(text);
}

function timeField(stepMs: number): FieldSchema {
  return wireField('Time', 'time', { config: { interval: stepMs } });
}

function valueField(labels: PromLabels, query: PromQueryShape): FieldSchema {
  const displayName = seriesDisplayName(labels, query);
  return wireField(labels.__name__ ?? 'Value', 'number', {
    labels,
    config: displayName !== '' ? { displayNameFromDS: displayName } : {},
  });
}

/** A `query_range` matrix → one frame per series (an empty frame carrying meta when there is no series). */
export function matrixFrames(series: PromMatrixSeries[], query: PromQueryShape): DataFrameJSON[] {
  if (series.length === 0) {
    return [
      {
        schema: { refId: query.refId, meta: { executedQueryString: executedQueryString(query) }, fields: [] },
        data: { values: [] },
      },
    ];
  }
  return series.map((one, index) => {
    const numbers = numberColumn(one.values.map(([, text]) => parseSampleValue(text)));
    return {
      schema: {
        refId: query.refId,
        meta: {
          type: 'timeseries-multi' as DataFrameType,
          typeVersion: [0, 1],
          custom: { resultType: 'matrix' },
          ...(index === 0 ? { executedQueryString: executedQueryString(query) } : {}),
        },
        fields: [timeField(query.stepMs), valueField(one.metric, query)],
      },
      data: {
        values: [one.values.map(([seconds]) => Math.round(seconds * 1000)), numbers.values],
        ...(numbers.entities ? { entities: [null, numbers.entities] } : {}),
      },
    };
  });
}

interface RawExemplar {
  seriesLabels: PromLabels;
  exemplarLabels: PromLabels;
}

/**
 * A `query_exemplars` result → Grafana's single long `exemplar` frame (or none when there are no exemplars).
 * `sampling: 'none'` mirrors Grafana's NoOpSampler (used by the sandbox's stress scenario only).
 */
export function exemplarFrames(
  data: PromExemplarSeries[],
  query: PromQueryShape,
  sampling: ExemplarSampling = 'stddev'
): DataFrameJSON[] {
  const sampler = new StandardDeviationSampler<RawExemplar>();
  sampler.setStep(query.stepMs);
  const all: Array<{ timeMs: number; value: number; item: RawExemplar }> = [];
  const labelNames = new Set<string>();
  for (const series of data) {
    Object.keys(series.seriesLabels).forEach((name) => labelNames.add(name));
    // Every label name of this series' exemplars is a field of the converter's frame; absent values are ''.
    const fieldNames = new Set<string>();
    series.exemplars.forEach((exemplar) => Object.keys(exemplar.labels).forEach((name) => fieldNames.add(name)));
    fieldNames.forEach((name) => labelNames.add(name));
    for (const exemplar of series.exemplars) {
      const exemplarLabels: PromLabels = {};
      fieldNames.forEach((name) => (exemplarLabels[name] = exemplar.labels[name] ?? ''));
      const entry = {
        // The converter parses seconds into time.Time; millisecond precision is what reaches the browser.
        timeMs: Math.round(exemplar.timestamp * 1000),
        value: parseSampleValue(exemplar.value),
        item: { seriesLabels: series.seriesLabels, exemplarLabels },
      };
      all.push(entry);
      sampler.add(entry);
    }
  }
  const kept = sampling === 'none' ? all.sort((a, b) => a.timeMs - b.timeMs) : sampler.sample();
  if (kept.length === 0) {
    return [];
  }
  const names = [...labelNames].sort();
  const labelColumns = names.map((name) =>
    kept.map(({ item }) => (name in item.exemplarLabels ? item.exemplarLabels[name] : (item.seriesLabels[name] ?? '')))
  );
  const numbers = numberColumn(kept.map((entry) => entry.value));
  return [
    {
      schema: {
        name: 'exemplar',
        refId: query.refId,
        // Meta of the first per-series exemplar frame: resultType plus the executed query string.
        meta: { custom: { resultType: 'exemplar' }, executedQueryString: executedQueryString(query) },
        fields: [
          wireField('Time', 'time'),
          wireField('Value', 'number'),
          ...names.map((name) => wireField(name, 'string')),
        ],
      },
      data: {
        values: [kept.map((entry) => entry.timeMs), numbers.values, ...labelColumns],
        ...(numbers.entities ? { entities: [null, numbers.entities, ...names.map(() => null)] } : {}),
      },
    },
  ];
}
