import { context, trace, Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { ZipkinExporter } from '@opentelemetry/exporter-zipkin';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  SpanProcessor,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace-base';
import { DemoConfig } from './config';
import { TraceStore } from './trace-store';

export interface Tracing {
  tracer: Tracer;
  traceStore: TraceStore;
  /** Flushes every exporter and stops the provider. */
  shutdown(): Promise<void>;
}

export function startTracing(config: DemoConfig): Tracing {
  const traceStore = new TraceStore(config.traceBuffer);
  const spanProcessors: SpanProcessor[] = [traceStore, ...exportProcessors(config)];
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName, 'service.version': '1.0.0' }),
    // Parent-based so a caller's sampling decision wins; the load generator starts new traces.
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(config.sampleRatio) }),
    spanProcessors,
  });
  const contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
  trace.setGlobalTracerProvider(provider);
  return {
    tracer: provider.getTracer('exemplartrace-demo', '1.0.0'),
    traceStore,
    async shutdown() {
      await provider.shutdown();
      contextManager.disable();
    },
  };
}

function exportProcessors(config: DemoConfig): SpanProcessor[] {
  const processors: SpanProcessor[] = [];
  if (config.otlpEndpoint) {
    // The exporter reads OTEL_EXPORTER_OTLP_ENDPOINT itself and appends /v1/traces.
    processors.push(new BatchSpanProcessor(new OTLPTraceExporter()));
  }
  if (config.jaegerOtlpEndpoint) {
    const url = `${config.jaegerOtlpEndpoint.replace(/\/$/, '')}/v1/traces`;
    processors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url })));
  }
  if (config.zipkinEndpoint) {
    processors.push(new BatchSpanProcessor(new ZipkinExporter({ url: config.zipkinEndpoint })));
  }
  return processors;
}
