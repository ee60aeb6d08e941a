import { Context, context, Span, SpanKind, SpanStatusCode, trace, TraceFlags, Tracer } from '@opentelemetry/api';
import { nowMs, sleep } from './clock';
import { RequestPlan, StepPlan } from './latency-model';
import { DemoMetrics } from './metrics';

export interface HandledRequest {
  statusCode: number;
  traceId: string;
  sampled: boolean;
  durationMs: number;
}

/**
 * Plays one request plan for real: waits for each step, records a server span with one child span
 * per step, then observes the histogram with the same start and end readings as the root span.
 */
export async function handleShopRequest(
  plan: RequestPlan,
  tracer: Tracer,
  metrics: DemoMetrics
): Promise<HandledRequest> {
  const startMs = nowMs();
  const rootSpan = tracer.startSpan(
    `${plan.method} ${plan.route}`,
    {
      kind: SpanKind.SERVER,
      startTime: startMs,
      attributes: { 'http.method': plan.method, 'http.route': plan.route, 'url.path': plan.route },
    },
    context.active()
  );
  const rootContext = trace.setSpan(context.active(), rootSpan);

  for (const step of plan.steps) {
    await runStep(step, tracer, rootContext);
  }
  await sleep(plan.ownMs);

  if (plan.statusCode >= 500) {
    const failure = plan.steps.find((step) => step.failure)?.failure ?? 'internal error';
    rootSpan.setStatus({ code: SpanStatusCode.ERROR, message: failure });
  }
  rootSpan.setAttribute('http.status_code', plan.statusCode);
  const endMs = nowMs();
  rootSpan.end(endMs);

  const { traceId, traceFlags } = rootSpan.spanContext();
  const sampled = (traceFlags & TraceFlags.SAMPLED) === TraceFlags.SAMPLED;
  const durationMs = endMs - startMs;
  metrics.record({
    route: plan.route,
    method: plan.method,
    statusCode: plan.statusCode,
    durationSeconds: durationMs / 1000,
    traceId: sampled ? traceId : undefined,
  });
  return { statusCode: plan.statusCode, traceId, sampled, durationMs };
}

async function runStep(step: StepPlan, tracer: Tracer, parent: Context): Promise<void> {
  const span: Span = tracer.startSpan(
    step.name,
    {
      kind: step.kind === 'CLIENT' ? SpanKind.CLIENT : SpanKind.INTERNAL,
      startTime: nowMs(),
      attributes: step.attributes,
    },
    parent
  );
  await sleep(step.durationMs);
  const endMs = nowMs();
  if (step.failure) {
    const error = new Error(step.failure);
    span.recordException(error, endMs);
    span.setStatus({ code: SpanStatusCode.ERROR, message: step.failure });
  }
  span.end(endMs);
}
