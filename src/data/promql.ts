import { LabelFilter, LatencyQueryOptions } from '../types';

/** Prometheus metric and label name grammar (https://prometheus.io/docs/concepts/data_model/). */
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const MATCH_OPS = new Set(['=', '!=', '=~', '!~']);

export interface LatencyQuery {
  refId: string;
  quantile: number;
  expr: string;
  legendFormat: string;
}

export type LatencyQueryPlan = { ok: true; queries: LatencyQuery[] } | { ok: false; error: string };

/** `http_server_request_duration_seconds_bucket` → `http_server_request_duration_seconds`. */
export function histogramBaseName(metric: string): string {
  return metric.trim().replace(/_bucket$/, '');
}

/** Escapes a label value for a double-quoted PromQL string. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function formatQuantile(q: number): string {
  // 0.5 → "50", 0.999 → "99.9": how people name percentiles.
  return String(Math.round(q * 100000) / 1000);
}

function validateFilters(filters: LabelFilter[]): string | undefined {
  for (const filter of filters) {
    if (!LABEL_NAME.test(filter.label)) {
      return `"${filter.label}" is not a valid label name in the filters.`;
    }
    if (!MATCH_OPS.has(filter.op)) {
      return `"${filter.op}" is not a label matcher (use =, !=, =~ or !~).`;
    }
  }
  return undefined;
}

function selector(metric: string, filters: LabelFilter[]): string {
  const matchers = filters.map((f) => `${f.label}${f.op}"${escapeLabelValue(f.value)}"`);
  return `${metric}_bucket${matchers.length ? `{${matchers.join(', ')}}` : ''}`;
}

/** The selector the exemplars of this histogram are read with (raw exemplar API, diagnostics). */
export function exemplarSelector(options: Pick<LatencyQueryOptions, 'metric' | 'filters'>): string {
  return selector(histogramBaseName(options.metric), options.filters);
}

/**
 * One `histogram_quantile` query per quantile, in the form Grafana's own docs recommend:
 * `histogram_quantile(q, sum by (le, …) (rate(metric_bucket{…}[$__rate_interval])))`.
 */
export function planLatencyQueries(options: LatencyQueryOptions): LatencyQueryPlan {
  const metric = histogramBaseName(options.metric);
  if (!metric) {
    return { ok: false, error: 'Choose a histogram metric.' };
  }
  if (!METRIC_NAME.test(metric)) {
    return { ok: false, error: `"${metric}" is not a valid Prometheus metric name.` };
  }
  const quantiles = Array.from(new Set(options.quantiles)).sort((a, b) => a - b);
  if (quantiles.length === 0) {
    return { ok: false, error: 'Add at least one quantile, e.g. 0.99.' };
  }
  const badQuantile = quantiles.find((q) => !(Number.isFinite(q) && q > 0 && q < 1));
  if (badQuantile !== undefined) {
    return { ok: false, error: `Quantile ${badQuantile} is outside (0, 1); write p99 as 0.99.` };
  }
  const filterError = validateFilters(options.filters);
  if (filterError) {
    return { ok: false, error: filterError };
  }
  const badGroup = options.groupBy.find((label) => !LABEL_NAME.test(label) || label === 'le');
  if (badGroup !== undefined) {
    return { ok: false, error: `"${badGroup}" cannot be used to group by.` };
  }

  const by = ['le', ...options.groupBy].join(', ');
  const rate = `rate(${selector(metric, options.filters)}[$__rate_interval])`;
  const groupLegend = options.groupBy.map((label) => `{{${label}}}`).join(' ');
  return {
    ok: true,
    queries: quantiles.map((quantile, i) => {
      const name = `p${formatQuantile(quantile)}`;
      return {
        refId: name.replace('.', '_'),
        quantile,
        expr: `histogram_quantile(${quantile}, sum by (${by}) (${rate}))`,
        legendFormat: options.legendFormat
          ? options.legendFormat.replace(/\{\{\s*quantile\s*\}\}/g, name)
          : [name, groupLegend].filter(Boolean).join(' '),
      };
    }),
  };
}

/** Reads the quantile out of a hand-written `histogram_quantile(0.99, …)` expression. */
export function quantileFromExpr(expr: string | undefined): number | undefined {
  // One way to split the digits (no `[0-9]*\.?[0-9]+`): linear time on long numbers that never reach a comma.
  const match = expr?.match(/histogram_quantile\s*\(\s*((?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e-?[0-9]+)?)\s*,/i);
  const q = match ? Number(match[1]) : NaN;
  return q > 0 && q < 1 ? q : undefined;
}

/** Grafana's InterpolateFunction, passed in (the panel's `replaceVariables`: in a dashboard, the panel's own scope). */
export type Interpolate = (value: string, scopedVars?: undefined, format?: string) => string;

/**
 * Dashboard variables in the builder's fields, filled in through the panel's own scope, so that each clone of a
 * repeated panel queries its own `$route`. Regex matchers take multi-value variables as Grafana's `regex` format,
 * `(a|b)` with each value escaped; group-by takes them as a comma list.
 */
export function interpolateLatencyQuery(options: LatencyQueryOptions, interpolate: Interpolate): LatencyQueryOptions {
  const hasVariable = (s: string) => s.includes('$');
  return {
    ...options,
    metric: hasVariable(options.metric) ? interpolate(options.metric, undefined, 'raw') : options.metric,
    filters: options.filters.map((f) =>
      hasVariable(f.value)
        ? { ...f, value: interpolate(f.value, undefined, f.op === '=~' || f.op === '!~' ? 'regex' : 'raw') }
        : f
    ),
    groupBy: options.groupBy.flatMap((label) =>
      hasVariable(label)
        ? interpolate(label, undefined, 'csv')
            .split(',')
            .map((l) => l.trim())
            .filter(Boolean)
        : [label]
    ),
  };
}
