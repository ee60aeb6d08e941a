import { HrTime, SpanKind } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';

/** One span as served by `GET /api/traces/:traceId` (format documented in demo/README.md). */
export interface SpanJson {
  traceId: string;
  spanId: string;
  /** Omitted for the root span. */
  parentSpanId?: string;
  name: string;
  serviceName: string;
  kind: 'SERVER' | 'CLIENT' | 'INTERNAL' | 'PRODUCER' | 'CONSUMER';
  /** Epoch milliseconds, fractional. */
  startTimeMs: number;
  durationMs: number;
  attributes: Record<string, unknown>;
  resource: Record<string, unknown>;
  /** OpenTelemetry status code: 0 unset, 1 ok, 2 error. */
  statusCode: 0 | 1 | 2;
  statusMessage?: string;
  events: Array<{ name: string; timeMs: number; attributes: Record<string, unknown> }>;
  links: Array<{ traceId: string; spanId: string; attributes: Record<string, unknown> }>;
}

export interface TraceJson {
  traceId: string;
  spans: SpanJson[];
}

const KIND_NAMES: Record<SpanKind, SpanJson['kind']> = {
  [SpanKind.INTERNAL]: 'INTERNAL',
  [SpanKind.SERVER]: 'SERVER',
  [SpanKind.CLIENT]: 'CLIENT',
  [SpanKind.PRODUCER]: 'PRODUCER',
  [SpanKind.CONSUMER]: 'CONSUMER',
};

export function hrTimeToMs([seconds, nanos]: HrTime): number {
  return seconds * 1000 + nanos / 1e6;
}

export function spanToJson(span: ReadableSpan): SpanJson {
  const context = span.spanContext();
  const resource = { ...span.resource.attributes };
  const json: SpanJson = {
    traceId: context.traceId,
    spanId: context.spanId,
    name: span.name,
    serviceName: String(resource['service.name'] ?? 'unknown_service'),
    kind: KIND_NAMES[span.kind],
    startTimeMs: hrTimeToMs(span.startTime),
    durationMs: hrTimeToMs(span.duration),
    attributes: { ...span.attributes },
    resource,
    statusCode: span.status.code,
    events: span.events.map((event) => ({
      name: event.name,
      timeMs: hrTimeToMs(event.time),
      attributes: { ...event.attributes },
    })),
    links: span.links.map((link) => ({
      traceId: link.context.traceId,
      spanId: link.context.spanId,
      attributes: { ...link.attributes },
    })),
  };
  if (span.parentSpanContext) {
    json.parentSpanId = span.parentSpanContext.spanId;
  }
  if (span.status.message) {
    json.statusMessage = span.status.message;
  }
  return json;
}
