import type { DataFrame } from '@grafana/data';

import type { TraceJson } from '../demo/src/trace-json';
import { traceFrameFromSpans } from '../src/trace/__fixtures__/traceFrames';

/**
 * The demo's trace JSON as the frame Grafana's Tempo data source would give for it (attributes as `tags`, the
 * resource as `serviceTags`, the OTel status in `statusCode`), so the panel's own trace model reads it.
 */
export function demoTraceFrame(trace: TraceJson): DataFrame {
  const pairs = (record: Record<string, unknown>) => Object.entries(record).map(([key, value]) => ({ key, value }));
  return traceFrameFromSpans(
    trace.spans.map((span) => ({
      traceID: span.traceId,
      spanID: span.spanId,
      parentSpanID: span.parentSpanId,
      operationName: span.name,
      serviceName: span.serviceName,
      startTime: span.startTimeMs,
      duration: span.durationMs,
      kind: span.kind.toLowerCase(),
      statusCode: span.statusCode,
      statusMessage: span.statusMessage,
      tags: pairs(span.attributes),
      serviceTags: pairs(span.resource),
    }))
  );
}
