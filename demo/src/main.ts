import { AddressInfo } from 'node:net';
import { readConfig } from './config';
import { startLoadGenerator } from './load-generator';
import { createMetrics } from './metrics';
import { createDemoServer } from './server';
import { startTracing } from './tracing';

const SHUTDOWN_TIMEOUT_MS = 10_000;

function main(): void {
  const config = readConfig(process.env);
  const tracing = startTracing(config);
  const metrics = createMetrics();
  const server = createDemoServer({
    tracer: tracing.tracer,
    metrics,
    traceStore: tracing.traceStore,
    errorRate: config.errorRate,
  });

  server.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    const load = startLoadGenerator(port, config.loadRps);
    console.log(
      `demo listening on http://${config.host}:${port} (service ${config.serviceName}, load ${config.loadRps} rps, ` +
        `sample ratio ${config.sampleRatio}, error rate ${config.errorRate}, OTLP ${config.otlpEndpoint ?? 'off'})`
    );

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) {
        return;
      }
      stopping = true;
      console.log(`demo: ${signal} received, shutting down`);
      // A hung exporter must not keep the container alive forever.
      setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS).unref();
      await load.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await tracing.shutdown();
      process.exit(0);
    };
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
  });
}

main();
