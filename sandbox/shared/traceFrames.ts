/**
 * Demo traces → Grafana trace frames (wire form), one row per span, with the field names of
 * `TraceSpanRow` (@grafana/data types/trace.d.ts) in the layout of each tracing data source type
 * (see traceFrameFromDemoTrace).
 */
import type { DataFrameJSON, FieldType, TraceKeyValuePair, TraceLog, TraceSpanReference } from '@grafana/data';
import type { DemoSpan, DemoTrace } from './demoTrace';

export type TracingDataSourceType = 'tempo' | 'jaeger' | 'zipkin';

function keyValues(record: Record<string, unknown>): TraceKeyValuePair[] {
  return Object.entries(record).map(([key, value]) => ({ key, value }));
}

function serviceTags(span: DemoSpan): TraceKeyValuePair[] {
  return keyValues({ 'service.name': span.serviceName, ...span.resource });
}

function logs(span: DemoSpan): TraceLog[] {
  return span.events.map((event) => ({
    timestamp: event.timeMs,
    name: event.name,
    fields: keyValues(event.attributes),
  }));
}

function references(span: DemoSpan): TraceSpanReference[] {
  return span.links.map((link) => ({
    traceID: link.traceId,
    spanID: link.spanId,
    tags: keyValues(link.attributes ?? {}),
  }));
}

function spanTags(span: DemoSpan): TraceKeyValuePair[] {
  return keyValues(span.attributes);
}

interface Column {
  name: string;
  type: 'string' | 'number' | 'other';
  read: (span: DemoSpan) => unknown;
}

const column = (name: string, type: Column['type'], read: Column['read']): Column => ({ name, type, read });

/** Jaeger and Zipkin carry the OpenTelemetry status as span tags, not columns. */
function tagsWithStatus(span: DemoSpan): TraceKeyValuePair[] {
  const tags = spanTags(span);
  if (span.statusCode === 2) {
    tags.push({ key: 'otel.status_code', value: 'ERROR' }, { key: 'error', value: true });
    if (span.statusMessage) {
      tags.push({ key: 'otel.status_description', value: span.statusMessage });
    }
  }
  return tags;
}

const TEMPO_COLUMNS: Column[] = [
  column('traceID', 'string', (span) => span.traceId),
  column('spanID', 'string', (span) => span.spanId),
  column('parentSpanID', 'string', (span) => span.parentSpanId ?? ''),
  column('operationName', 'string', (span) => span.name),
  column('serviceName', 'string', (span) => span.serviceName),
  column('kind', 'string', (span) => span.kind.toLowerCase()),
  column('statusCode', 'number', (span) => span.statusCode),
  column('statusMessage', 'string', (span) => span.statusMessage ?? ''),
  column('instrumentationLibraryName', 'string', () => ''),
  column('instrumentationLibraryVersion', 'string', () => ''),
  column('traceState', 'string', () => ''),
  column('serviceTags', 'other', serviceTags),
  column('startTime', 'number', (span) => span.startTimeMs),
  column('duration', 'number', (span) => span.durationMs),
  column('logs', 'other', logs),
  column('references', 'other', references),
  column('tags', 'other', spanTags),
];

const JAEGER_COLUMNS: Column[] = [
  column('traceID', 'string', (span) => span.traceId),
  column('spanID', 'string', (span) => span.spanId),
  column('parentSpanID', 'string', (span) => span.parentSpanId ?? null),
  column('operationName', 'string', (span) => span.name),
  column('serviceName', 'string', (span) => span.serviceName),
  column('serviceTags', 'other', serviceTags),
  column('startTime', 'number', (span) => span.startTimeMs),
  column('duration', 'number', (span) => span.durationMs),
  column('logs', 'other', logs),
  column('references', 'other', references),
  column('tags', 'other', tagsWithStatus),
  column('warnings', 'other', () => null),
  column('stackTraces', 'other', () => null),
];

const ZIPKIN_COLUMNS = JAEGER_COLUMNS.filter(
  (entry) => entry.name !== 'warnings' && entry.name !== 'stackTraces' && entry.name !== 'references'
);

/**
 * A trace frame as the given tracing data source type returns it for a trace-ID query. Layout per type
 * matches src/trace/__fixtures__/traceFrames.ts (Tempo: pkg/tsdb/tempo/trace_transform.go; Jaeger:
 * pkg/tsdb/jaeger/querydata.go; Zipkin: public/app/plugins/datasource/zipkin/utils/transforms.ts); built here
 * as wire JSON because the node scenario generator cannot load @grafana/data.
 */
export function traceFrameFromDemoTrace(
  trace: DemoTrace,
  refId = 'A',
  dataSourceType: TracingDataSourceType = 'tempo'
): DataFrameJSON {
  const columns = { tempo: TEMPO_COLUMNS, jaeger: JAEGER_COLUMNS, zipkin: ZIPKIN_COLUMNS }[dataSourceType];
  return {
    schema: {
      ...(dataSourceType === 'tempo' ? { name: 'Trace' } : {}),
      refId,
      meta: {
        preferredVisualisationType: 'trace',
        ...(dataSourceType === 'jaeger' ? { custom: { traceFormat: 'jaeger' } } : {}),
      },
      fields: columns.map((entry) => ({ name: entry.name, type: entry.type as FieldType, config: {} })),
    },
    data: { values: columns.map((entry) => trace.spans.map((span) => entry.read(span))) },
  };
}
