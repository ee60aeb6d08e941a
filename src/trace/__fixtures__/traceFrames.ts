/**
 * Trace frames in the shape Grafana's own tracing data sources return, for tests, benchmarks and the
 * sandbox. Field names, types and order follow Grafana's backends:
 * - `tempo`: `pkg/tsdb/tempo/trace_transform.go` `TraceToFrame` — frame name `Trace`; fields traceID,
 *   spanID, parentSpanID ('' for roots), operationName, serviceName, kind, statusCode, statusMessage,
 *   instrumentationLibraryName, instrumentationLibraryVersion, traceState, serviceTags, startTime (ms),
 *   duration (ms), logs, references, tags.
 * - `jaeger`: `pkg/tsdb/jaeger/querydata.go` `transformTraceResponse` — traceID, spanID, parentSpanID
 *   (null for roots), operationName, serviceName, serviceTags, startTime, duration, logs, references, tags,
 *   warnings, stackTraces; `meta.custom.traceFormat: 'jaeger'`; status only in tags.
 * JSON columns (tags, logs …) hold parsed values, as Grafana's frontend decodes them (`FieldType.other`);
 * `jsonAsText` stores them as JSON text instead, as a serialized frame would.
 */
import { createDataFrame, type DataFrame, type FieldDTO, FieldType, type TraceSpanRow } from '@grafana/data';
import { seededRandom } from '../../testing/seededRandom';

/** A span for the builders: a `TraceSpanRow` where everything but the span ID has a default. */
export type FixtureSpan = Partial<TraceSpanRow> & { spanID: string };

export interface TraceFrameOptions {
  format?: 'tempo' | 'jaeger';
  refId?: string;
  jsonAsText?: boolean;
}

export const FIXTURE_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
export const FIXTURE_EPOCH_MS = 1_700_000_000_000;

export function traceFrameFromSpans(spans: FixtureSpan[], options: TraceFrameOptions = {}): DataFrame {
  const format = options.format ?? 'tempo';
  const json = (value: unknown) => (options.jsonAsText ? JSON.stringify(value ?? []) : (value ?? []));
  const column = (name: string, type: FieldType, pick: (span: FixtureSpan) => unknown): FieldDTO => ({
    name,
    type,
    config: {},
    values: spans.map(pick),
  });
  const traceId = (s: FixtureSpan) => s.traceID ?? FIXTURE_TRACE_ID;
  const common = {
    traceID: column('traceID', FieldType.string, traceId),
    spanID: column('spanID', FieldType.string, (s) => s.spanID),
    operationName: column('operationName', FieldType.string, (s) => s.operationName ?? 'operation'),
    serviceName: column('serviceName', FieldType.string, (s) => s.serviceName ?? 'service'),
    serviceTags: column('serviceTags', FieldType.other, (s) =>
      json(s.serviceTags ?? [{ key: 'service.name', value: s.serviceName ?? 'service' }])
    ),
    startTime: column('startTime', FieldType.number, (s) => s.startTime ?? FIXTURE_EPOCH_MS),
    duration: column('duration', FieldType.number, (s) => s.duration ?? 0),
    logs: column('logs', FieldType.other, (s) => json(s.logs)),
    references: column('references', FieldType.other, (s) => json(s.references)),
    tags: column('tags', FieldType.other, (s) => json(s.tags)),
  };

  if (format === 'jaeger') {
    return createDataFrame({
      refId: options.refId ?? 'A',
      fields: [
        common.traceID,
        common.spanID,
        column('parentSpanID', FieldType.string, (s) => s.parentSpanID ?? null),
        common.operationName,
        common.serviceName,
        common.serviceTags,
        common.startTime,
        common.duration,
        common.logs,
        common.references,
        common.tags,
        column('warnings', FieldType.other, (s) => json(s.warnings ?? null)),
        column('stackTraces', FieldType.other, (s) => json(s.stackTraces ?? null)),
      ],
      meta: { preferredVisualisationType: 'trace', custom: { traceFormat: 'jaeger' } },
    });
  }
  return createDataFrame({
    name: 'Trace',
    refId: options.refId ?? 'A',
    fields: [
      common.traceID,
      common.spanID,
      column('parentSpanID', FieldType.string, (s) => s.parentSpanID ?? ''),
      common.operationName,
      common.serviceName,
      column('kind', FieldType.string, (s) => s.kind ?? 'internal'),
      column('statusCode', FieldType.number, (s) => s.statusCode ?? 0),
      column('statusMessage', FieldType.string, (s) => s.statusMessage ?? ''),
      column('instrumentationLibraryName', FieldType.string, (s) => s.instrumentationLibraryName ?? ''),
      column('instrumentationLibraryVersion', FieldType.string, (s) => s.instrumentationLibraryVersion ?? ''),
      column('traceState', FieldType.string, (s) => s.traceState ?? ''),
      common.serviceTags,
      common.startTime,
      common.duration,
      common.logs,
      common.references,
      common.tags,
    ],
    meta: { preferredVisualisationType: 'trace' },
  });
}

const at = (offsetMs: number) => FIXTURE_EPOCH_MS + offsetMs;

/**
 * A checkout request with known answers (times in ms after `FIXTURE_EPOCH_MS`):
 * ```
 * A frontend  GET /checkout   0–100
 *   B cart    getCart         5–30
 *     D db    SELECT cart    10–25
 *   C payment charge         35–90   (status error)
 *     E payment fraudCheck   40–60
 *     F bank  authorize      50–85
 *   G frontend render        92–98
 * ```
 * Critical path: A 0–5, B 5–10, D 10–25, B 25–30, A 30–35, C 35–50, F 50–85, C 85–90, A 90–92, G 92–98, A 98–100.
 * Self time: A 14, B 10, D 15, C 10, E 20, F 35, G 6.
 */
export function checkoutTraceSpans(): FixtureSpan[] {
  return [
    {
      spanID: 'a000000000000001',
      operationName: 'GET /checkout',
      serviceName: 'frontend',
      startTime: at(0),
      duration: 100,
      kind: 'server',
    },
    {
      spanID: 'a000000000000003',
      parentSpanID: 'a000000000000001',
      operationName: 'charge',
      serviceName: 'payment',
      startTime: at(35),
      duration: 55,
      statusCode: 2,
      statusMessage: 'card declined',
    },
    {
      spanID: 'a000000000000002',
      parentSpanID: 'a000000000000001',
      operationName: 'getCart',
      serviceName: 'cart',
      startTime: at(5),
      duration: 25,
    },
    {
      spanID: 'a000000000000004',
      parentSpanID: 'a000000000000002',
      operationName: 'SELECT cart',
      serviceName: 'db',
      startTime: at(10),
      duration: 15,
    },
    {
      spanID: 'a000000000000006',
      parentSpanID: 'a000000000000003',
      operationName: 'authorize',
      serviceName: 'bank',
      startTime: at(50),
      duration: 35,
    },
    {
      spanID: 'a000000000000005',
      parentSpanID: 'a000000000000003',
      operationName: 'fraudCheck',
      serviceName: 'payment',
      startTime: at(40),
      duration: 20,
    },
    {
      spanID: 'a000000000000007',
      parentSpanID: 'a000000000000001',
      operationName: 'render',
      serviceName: 'frontend',
      startTime: at(92),
      duration: 6,
    },
  ];
}

/** Root R with child X; Y and Z name parents that were never received (a partial trace). */
export function orphanTraceSpans(): FixtureSpan[] {
  return [
    { spanID: 'r', operationName: 'root', startTime: at(0), duration: 50 },
    { spanID: 'x', parentSpanID: 'r', startTime: at(5), duration: 10 },
    { spanID: 'y', parentSpanID: 'missing-1', startTime: at(20), duration: 10 },
    { spanID: 'z', parentSpanID: 'y', startTime: at(22), duration: 5 },
    { spanID: 'w', parentSpanID: 'missing-2', startTime: at(1), duration: 3 },
  ];
}

/** Root R; P → Q → S → P is a parent cycle, T hangs under S. P starts earliest of the cycle. */
export function cyclicTraceSpans(): FixtureSpan[] {
  return [
    { spanID: 'r', startTime: at(0), duration: 100 },
    { spanID: 'p', parentSpanID: 's', startTime: at(10), duration: 30 },
    { spanID: 'q', parentSpanID: 'p', startTime: at(12), duration: 20 },
    { spanID: 's', parentSpanID: 'q', startTime: at(14), duration: 10 },
    { spanID: 't', parentSpanID: 's', startTime: at(15), duration: 2 },
    { spanID: 'self', parentSpanID: 'self', startTime: at(50), duration: 1 },
  ];
}

/** Two rows share span ID `d`; the child of `d` attaches to the first. */
export function duplicateIdTraceSpans(): FixtureSpan[] {
  return [
    { spanID: 'r', startTime: at(0), duration: 100 },
    { spanID: 'd', parentSpanID: 'r', operationName: 'first', startTime: at(10), duration: 20 },
    { spanID: 'd', parentSpanID: 'r', operationName: 'second', startTime: at(40), duration: 20 },
    { spanID: 'c', parentSpanID: 'd', startTime: at(12), duration: 5 },
  ];
}

/** A chain `depth` spans deep, each child nested inside its parent (start +1 µs, shorter by 2 µs). */
export function deepChainSpans(depth: number): FixtureSpan[] {
  const spans: FixtureSpan[] = [];
  for (let i = 0; i < depth; i++) {
    spans.push({
      spanID: `c${i}`,
      parentSpanID: i === 0 ? undefined : `c${i - 1}`,
      startTime: at(i * 0.001),
      duration: Math.max(0, depth * 0.002 - i * 0.002),
    });
  }
  return spans;
}

/**
 * A large realistic trace: a random tree (parents drawn among recent spans, so both wide and deep parts),
 * every child inside its parent, ~20 services, ~1% error spans, HTTP/DB attributes. Deterministic per seed.
 */
export function largeTraceSpans(spanCount: number, seed = 1): FixtureSpan[] {
  const random = seededRandom(seed);
  const spans: FixtureSpan[] = [];
  const starts: number[] = [];
  const durations: number[] = [];
  for (let i = 0; i < spanCount; i++) {
    let start = 0;
    let duration = 60_000;
    let parent = -1;
    if (i > 0) {
      parent = Math.max(0, i - 1 - Math.floor(random() * Math.min(i, 64)));
      const room = durations[parent];
      start = starts[parent] + random() * room * 0.5;
      duration = random() * (starts[parent] + room - start);
    }
    starts.push(start);
    durations.push(duration);
    const service = `service-${Math.floor(random() * 20)}`;
    const failed = random() < 0.01;
    spans.push({
      spanID: largeTraceSpanId(i),
      parentSpanID: parent >= 0 ? largeTraceSpanId(parent) : undefined,
      operationName: `operation-${Math.floor(random() * 100)}`,
      serviceName: service,
      startTime: at(start),
      duration,
      kind: parent < 0 ? 'server' : 'client',
      statusCode: failed ? 2 : 0,
      tags: [
        { key: 'http.request.method', value: 'GET' },
        { key: 'http.response.status_code', value: failed ? 503 : 200 },
      ],
    });
  }
  return spans;
}

/** 16 hex digits, never all zeros (which OTel reads as "no parent"). */
function largeTraceSpanId(index: number): string {
  return (0x1000000000000 + index).toString(16).padStart(16, 'a');
}
