/**
 * Span events (logs) in milliseconds since epoch, in time order.
 *
 * Grafana's backends do not agree on the unit of `logs[].timestamp`: Tempo writes milliseconds, while the
 * Jaeger gRPC backend divides `timeUnixNano` by 1,000 (microseconds: `convertGrpcEventsToLogs` in
 * `pkg/tsdb/jaeger/utils/grpc_utils.go`) and the Zipkin transform passes Zipkin's microsecond annotation
 * timestamps through (`transformAnnotation` in `public/app/plugins/datasource/zipkin/utils/transforms.ts`).
 * An event belongs to its span, so the unit is the one that puts the event nearest the span's own start
 * (compared as ratios: a factor of 1,000 separates the candidates whatever the epoch).
 */
import type { TraceLog } from '@grafana/data';

const UNIT_DIVISORS = [1, 1e3, 1e6];

/** Converts every event's timestamp to ms (leaving the input untouched) and sorts them by time, stably. */
export function eventsInMs(logs: TraceLog[], spanStartMs: number): TraceLog[] {
  return logs
    .map((log) => ({ ...log, timestamp: timestampInMs(log.timestamp, spanStartMs) }))
    .sort((a, b) => a.timestamp - b.timestamp);
}

function timestampInMs(timestamp: number, spanStartMs: number): number {
  if (!(timestamp > 0) || !Number.isFinite(timestamp)) {
    return timestamp;
  }
  if (!(spanStartMs > 0) || !Number.isFinite(spanStartMs)) {
    // No start to compare with: read it by magnitude (ms epochs are ~1.7e12 now).
    return timestamp / (timestamp > 1e17 ? 1e6 : timestamp > 1e14 ? 1e3 : 1);
  }
  let best = 1;
  let bestDistance = Infinity;
  for (const divisor of UNIT_DIVISORS) {
    const distance = Math.abs(Math.log(timestamp / divisor / spanStartMs));
    if (distance < bestDistance) {
      best = divisor;
      bestDistance = distance;
    }
  }
  return timestamp / best;
}
