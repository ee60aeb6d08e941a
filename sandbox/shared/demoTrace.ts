/** The demo service's trace format (`GET /api/traces/:traceId`). */

type DemoSpanKind = 'SERVER' | 'CLIENT' | 'INTERNAL' | 'PRODUCER' | 'CONSUMER';

interface DemoSpanEvent {
  name: string;
  timeMs: number;
  attributes: Record<string, unknown>;
}

interface DemoSpanLink {
  traceId: string;
  spanId: string;
  attributes?: Record<string, unknown>;
}

export interface DemoSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  serviceName: string;
  kind: DemoSpanKind;
  startTimeMs: number;
  durationMs: number;
  attributes: Record<string, unknown>;
  resource: Record<string, unknown>;
  /** OpenTelemetry status: 0 unset, 1 ok, 2 error. */
  statusCode: 0 | 1 | 2;
  statusMessage?: string;
  events: DemoSpanEvent[];
  links: DemoSpanLink[];
}

export interface DemoTrace {
  traceId: string;
  spans: DemoSpan[];
}
