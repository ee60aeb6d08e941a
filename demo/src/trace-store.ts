import { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { spanToJson, SpanJson, TraceJson } from './trace-json';

/**
 * Span processor that keeps the last `capacity` finished traces in memory, so tests and the
 * browser sandbox can read real traces without a tracing backend. A trace counts as finished
 * when its root span ends (the demo ends every child before its root).
 */
export class TraceStore implements SpanProcessor {
  private readonly openTraces = new Map<string, SpanJson[]>();
  /** Insertion-ordered, so the first key is always the oldest trace. */
  private readonly finishedTraces = new Map<string, SpanJson[]>();

  constructor(private readonly capacity: number) {}

  get(traceId: string): TraceJson | undefined {
    const spans = this.finishedTraces.get(traceId.toLowerCase());
    return spans ? { traceId: traceId.toLowerCase(), spans } : undefined;
  }

  /** Trace IDs of finished traces, newest first. */
  recentTraceIds(limit: number): string[] {
    return [...this.finishedTraces.keys()].reverse().slice(0, limit);
  }

  get size(): number {
    return this.finishedTraces.size;
  }

  onStart(_span: Span, _parentContext: Context): void {}

  onEnd(span: ReadableSpan): void {
    const json = spanToJson(span);
    const spans = this.openTraces.get(json.traceId) ?? [];
    spans.push(json);
    if (json.parentSpanId !== undefined) {
      this.openTraces.set(json.traceId, spans);
      this.dropOldest(this.openTraces, this.capacity);
      return;
    }
    this.openTraces.delete(json.traceId);
    // Root first, then children in start order: the order a waterfall shows them.
    spans.sort(rootFirstThenByStart);
    this.finishedTraces.set(json.traceId, spans);
    this.dropOldest(this.finishedTraces, this.capacity);
  }

  async forceFlush(): Promise<void> {}

  async shutdown(): Promise<void> {}

  private dropOldest(traces: Map<string, SpanJson[]>, capacity: number): void {
    while (traces.size > capacity) {
      const oldest = traces.keys().next().value;
      if (oldest === undefined) {
        return;
      }
      traces.delete(oldest);
    }
  }
}

function rootFirstThenByStart(a: SpanJson, b: SpanJson): number {
  const aIsRoot = a.parentSpanId === undefined;
  const bIsRoot = b.parentSpanId === undefined;
  if (aIsRoot !== bIsRoot) {
    return aIsRoot ? -1 : 1;
  }
  return a.startTimeMs - b.startTimeMs;
}
