import { Histogram, OpenMetricsContentType, Registry } from 'prom-client';

/** Buckets from 5 ms to 10 s: fine where the bulk of requests lands, coarse in the tail. */
export const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface RequestObservation {
  route: string;
  method: string;
  statusCode: number;
  durationSeconds: number;
  /** Present only for sampled requests: exemplars must point at traces that exist. */
  traceId?: string;
}

export interface DemoMetrics {
  registry: Registry<OpenMetricsContentType>;
  record(observation: RequestObservation): void;
}

export function createMetrics(): DemoMetrics {
  const registry = new Registry<OpenMetricsContentType>();
  // Exemplars exist only in the OpenMetrics exposition; prom-client needs the registry switched first.
  registry.setContentType(Registry.OPENMETRICS_CONTENT_TYPE);
  // Typed with `string` labels because prom-client types exemplar labels with the series' label names.
  const histogram = new Histogram<string>({
    name: 'http_server_request_duration_seconds',
    help: 'Duration of HTTP server requests handled by the demo shop API.',
    labelNames: ['route', 'method', 'status'],
    buckets: LATENCY_BUCKETS_SECONDS,
    enableExemplars: true,
    registers: [registry],
  });
  return {
    registry,
    record({ route, method, statusCode, durationSeconds, traceId }) {
      const labels = { route, method, status: String(statusCode) };
      histogram.observe({
        labels,
        value: durationSeconds,
        exemplarLabels: traceId ? { trace_id: traceId } : {},
      });
    },
  };
}
