import { DataFrame, DataFrameType, DataTopic, FieldType } from '@grafana/data';

/**
 * Frames shaped as Grafana 12's Prometheus data source returns them (pkg/promlib):
 * one matrix frame per series, and one long-format `exemplar` frame per query with
 * Time, Value, then one string field per label name (sorted), "" where a row lacks the label.
 */
export function quantileFrame(opts: {
  refId: string;
  labels: Record<string, string>;
  displayName: string;
  timeMs: number[];
  values: Array<number | null>;
  expr?: string;
}): DataFrame {
  return {
    refId: opts.refId,
    name: opts.displayName,
    length: opts.timeMs.length,
    meta: {
      type: DataFrameType.TimeSeriesMulti,
      typeVersion: [0, 1],
      custom: { resultType: 'matrix' },
      executedQueryString: `Expr: ${opts.expr ?? ''}\nStep: 15s`,
    },
    fields: [
      { name: 'Time', type: FieldType.time, config: { interval: 15000 }, values: opts.timeMs },
      {
        name: 'Value',
        type: FieldType.number,
        labels: opts.labels,
        config: { displayNameFromDS: opts.displayName },
        values: opts.values,
      },
    ],
  };
}

export interface ExemplarRow {
  timeMs: number;
  value: number;
  labels: Record<string, string>;
}

export function exemplarFrame(refId: string, rows: ExemplarRow[]): DataFrame {
  const labelNames = Array.from(new Set(rows.flatMap((r) => Object.keys(r.labels)))).sort();
  return {
    name: 'exemplar',
    refId,
    length: rows.length,
    meta: { dataTopic: DataTopic.Annotations },
    fields: [
      { name: 'Time', type: FieldType.time, config: {}, values: rows.map((r) => r.timeMs) },
      { name: 'Value', type: FieldType.number, config: {}, values: rows.map((r) => r.value) },
      ...labelNames.map((name) => ({
        name,
        type: FieldType.string,
        config: {},
        values: rows.map((r) => r.labels[name] ?? ''),
      })),
    ],
  };
}

/** A small realistic response: p50/p99 of two routes plus their exemplars. */
export function shopResponse(startMs = 1_700_000_000_000) {
  const times = Array.from({ length: 5 }, (_, i) => startMs + i * 15_000);
  const series = [
    quantileFrame({
      refId: 'p50',
      labels: { route: '/api/cart' },
      displayName: 'p50 /api/cart',
      timeMs: times,
      values: [0.05, 0.051, 0.049, null, 0.05],
    }),
    quantileFrame({
      refId: 'p99',
      labels: { route: '/api/cart' },
      displayName: 'p99 /api/cart',
      timeMs: times,
      values: [0.4, 0.42, 0.9, 0.41, 0.4],
    }),
    quantileFrame({
      refId: 'p99',
      labels: { route: '/api/checkout' },
      displayName: 'p99 /api/checkout',
      timeMs: times,
      values: [1.2, 1.1, 2.5, 1.3, 1.2],
    }),
  ];
  const base = { __name__: 'http_server_request_duration_seconds_bucket', job: 'shop-api', method: 'GET' };
  const exemplars = [
    exemplarFrame('p99', [
      {
        timeMs: times[1] + 10,
        value: 0.38,
        labels: { ...base, le: '0.5', route: '/api/cart', status: '200', trace_id: '4bf92f3577b34da6a3ce929d0e0e4736' },
      },
      {
        timeMs: times[2] + 20,
        value: 2.4,
        labels: {
          ...base,
          le: '2.5',
          route: '/api/checkout',
          status: '500',
          trace_id: '00f067aa0ba902b7a3ce929d0e0e4736',
        },
      },
      {
        timeMs: times[3] + 30,
        value: 0.02,
        labels: { ...base, le: '0.025', route: '/api/cart', status: '200', trace_id: '' },
      },
    ]),
  ];
  return { series, exemplars, times };
}
