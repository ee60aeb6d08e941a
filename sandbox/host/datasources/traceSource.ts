/**
 * Where tracing data sources find traces: the demo service behind the sandbox server's `/demo` proxy
 * (live) or the scenario's `traces` map (fixture). `undefined` means the trace is unknown.
 */
import type { DataFrameJSON } from '@grafana/data';
import type { DemoTrace } from '../../shared/demoTrace';
import { traceFrameFromDemoTrace, type TracingDataSourceType } from '../../shared/traceFrames';

export type TraceLookup = (
  traceId: string,
  type: TracingDataSourceType,
  refId: string,
  signal: AbortSignal
) => Promise<DataFrameJSON | undefined>;

export function demoTraceLookup(proxyBase = '/demo'): TraceLookup {
  return async (traceId, type, refId, signal) => {
    const response = await fetch(`${proxyBase}/api/traces/${encodeURIComponent(traceId)}`, { signal });
    if (response.status === 404) {
      return undefined;
    }
    if (!response.ok) {
      throw new Error(`demo service answered HTTP ${response.status}`);
    }
    return traceFrameFromDemoTrace((await response.json()) as DemoTrace, refId, type);
  };
}

export function scenarioTraceLookup(traces: Record<string, DataFrameJSON>): TraceLookup {
  return async (traceId, _type, refId) => {
    const frame = traces[traceId];
    return frame ? { ...frame, schema: { ...frame.schema!, refId } } : undefined;
  };
}

/** Knobs for drawer-state tests: slow answers and forced failures. Mutable at runtime via window.__sandbox. */
export interface TraceBehaviour {
  delayMs: number;
  errorStatus?: number;
}
