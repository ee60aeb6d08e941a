/**
 * The trace-ID query in each tracing data source's own query model, as confirmed in Grafana's source:
 *
 * - **tempo** — `{ refId, queryType: 'traceql', query: '<hex id>' }`. Tempo's `query()` groups targets by
 *   `queryType`, and a `traceql` query that is only hex digits (`isTraceIdQuery`: `/^[0-9A-Fa-f]*$/` on the
 *   trimmed query) goes to `handleTraceIdQuery`, which re-issues it as `queryType: 'traceId'` to the backend
 *   (`public/app/plugins/datasource/tempo/datasource.ts`); the backend fetches `/api/v2/traces/<id>`
 *   (`pkg/tsdb/tempo/trace.go`). `traceql` is what Grafana's apps put in Explore links, and works across versions.
 * - **jaeger** — `{ refId, query: '<id>' }` with **no** `queryType`: the backend treats an empty queryType as the
 *   trace-ID query (`pkg/tsdb/jaeger/querydata.go`: "No query type means traceID query"); the frontend's
 *   `JaegerQueryType` is only `'search' | 'upload' | 'dependencyGraph'` (`public/app/plugins/datasource/jaeger/types.ts`)
 *   and older frontend versions fetch `/api/traces/<id>` when `queryType !== 'search' && query`
 *   (`public/app/plugins/datasource/jaeger/datasource.ts`).
 * - **zipkin** — `{ refId, queryType: 'traceID', query: '<id>' }`: `ZipkinQueryType = 'traceID' | 'upload'`
 *   (`public/app/plugins/datasource/zipkin/types.ts`); the backend's `zipkinQueryTypeTraceId = "traceID"` and any
 *   non-upload query fetches the trace (`pkg/tsdb/zipkin/handler_querydata.go`).
 */
import type { DataQuery } from '@grafana/schema';

const SUPPORTED_TRACE_DATASOURCES = ['tempo', 'jaeger', 'zipkin'] as const;
export type TraceDatasourceType = (typeof SUPPORTED_TRACE_DATASOURCES)[number];

export interface TraceIdQuery extends DataQuery {
  query: string;
}

const HEX = /^[0-9a-f]+$/;
const MAX_TRACE_ID_DIGITS = 32;

/**
 * Trims and lower-cases a trace ID, accepting 1–32 hex digits, and pads it with leading zeros to 16 digits
 * (64 bits) or, when longer, to 32 (128 bits).
 *
 * Tempo writes trace IDs without their leading zeros (`TraceIDToHexString` trims them, so about 1 in 16
 * exemplars carries a 31-digit ID) and pads them back to 16 bytes when queried (`hexStringToID` in
 * `grafana/tempo` `pkg/util/traceid.go`). Padding here gives the same bytes Tempo looks up, in a form Jaeger
 * (64- or 128-bit IDs) and Zipkin (16 or 32 digits) accept too, and one cache key per trace.
 */
export function normalizeTraceId(raw: string): { traceId: string } | { error: string } {
  const traceId = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (traceId === '') {
    return { error: 'The trace ID is empty.' };
  }
  const shown = traceId.length > 40 ? `${traceId.slice(0, 40)}…` : traceId;
  if (!HEX.test(traceId)) {
    const bad = [...traceId].find((c) => !HEX.test(c)) ?? '';
    return { error: `"${shown}" is not a trace ID: trace IDs are hexadecimal digits (0-9, a-f), not "${bad}".` };
  }
  if (traceId.length > MAX_TRACE_ID_DIGITS) {
    return { error: `"${shown}" is not a trace ID: ${traceId.length} hex digits, at most 32 (128 bits) allowed.` };
  }
  return { traceId: traceId.padStart(traceId.length <= 16 ? 16 : MAX_TRACE_ID_DIGITS, '0') };
}

export function isSupportedTraceDatasource(type: string): type is TraceDatasourceType {
  return (SUPPORTED_TRACE_DATASOURCES as readonly string[]).includes(type);
}

export function buildTraceIdQuery(datasourceType: string, traceId: string): TraceIdQuery | { error: string } {
  if (!isSupportedTraceDatasource(datasourceType)) {
    return {
      error: `Data source type "${datasourceType}" cannot look up traces by ID here; use Tempo, Jaeger or Zipkin.`,
    };
  }
  const normalized = normalizeTraceId(traceId);
  if ('error' in normalized) {
    return normalized;
  }
  const refId = 'A';
  switch (datasourceType) {
    case 'tempo':
      return { refId, queryType: 'traceql', query: normalized.traceId };
    case 'jaeger':
      return { refId, query: normalized.traceId };
    case 'zipkin':
      return { refId, queryType: 'traceID', query: normalized.traceId };
  }
}
