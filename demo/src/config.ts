/** Runtime settings of the demo service, read once from the environment. */
export interface DemoConfig {
  /** TCP port of the HTTP server. */
  port: number;
  /** Interface to bind; the local-stack helper passes 127.0.0.1, containers need 0.0.0.0. */
  host: string;
  /** Share of traces the ratio sampler keeps (0–1); only kept traces get exemplars. */
  sampleRatio: number;
  /** Requests per second the built-in load generator sends to the service itself; 0 disables it. */
  loadRps: number;
  /** Probability (0–1) that a request fails with a 5xx, before per-route weighting. */
  errorRate: number;
  /** How many finished traces `/api/traces/:traceId` keeps in memory. */
  traceBuffer: number;
  /** OpenTelemetry `service.name` of every span. */
  serviceName: string;
  /** OTLP/HTTP base URL (e.g. http://tempo:4318); spans are only exported when set. */
  otlpEndpoint?: string;
  /** A second OTLP/HTTP base URL (e.g. Jaeger's), so the same traces reach two backends. */
  jaegerOtlpEndpoint?: string;
  /** Zipkin v2 spans URL (e.g. http://zipkin:9411/api/v2/spans). */
  zipkinEndpoint?: string;
}

type Env = Record<string, string | undefined>;

export function readConfig(env: Env): DemoConfig {
  return {
    port: readInteger(env, 'PORT', 8080, 0, 65535),
    host: readString(env, 'HOST') ?? '0.0.0.0',
    sampleRatio: readNumber(env, 'SAMPLE_RATIO', 0.5, 0, 1),
    loadRps: readNumber(env, 'LOAD_RPS', 20, 0, 1000),
    errorRate: readNumber(env, 'ERROR_RATE', 0.02, 0, 1),
    traceBuffer: readInteger(env, 'TRACE_BUFFER', 5000, 1, 1_000_000),
    serviceName: readString(env, 'SERVICE_NAME') ?? 'shop-api',
    otlpEndpoint: readString(env, 'OTEL_EXPORTER_OTLP_ENDPOINT'),
    jaegerOtlpEndpoint: readString(env, 'JAEGER_OTLP_ENDPOINT'),
    zipkinEndpoint: readString(env, 'OTEL_EXPORTER_ZIPKIN_ENDPOINT'),
  };
}

function readString(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function readNumber(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = readString(env, name);
  if (raw === undefined) {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    // Failing loudly beats silently running a stack with nonsense settings.
    throw new Error(`${name}=${raw} must be a number between ${min} and ${max}`);
  }
  return value;
}

function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = readNumber(env, name, fallback, min, max);
  if (!Number.isInteger(value)) {
    throw new Error(`${name}=${value} must be an integer`);
  }
  return value;
}
