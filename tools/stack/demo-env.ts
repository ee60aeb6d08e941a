/** The demo service's environment in the local stacks: 127.0.0.1 only, steady load, traces kept in memory. */
export function demoEnv(port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOAD_RPS: '40',
    SAMPLE_RATIO: '0.5',
    ERROR_RATE: '0.05',
    TRACE_BUFFER: '20000',
    SERVICE_NAME: 'shop-api',
  };
  // Traces stay in the demo's memory; nothing is exported from tests.
  delete env.OTEL_EXPORTER_OTLP_ENDPOINT;
  delete env.JAEGER_OTLP_ENDPOINT;
  delete env.OTEL_EXPORTER_ZIPKIN_ENDPOINT;
  return env;
}
