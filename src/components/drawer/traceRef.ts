import { TraceTarget } from '../../links/types';
import { TraceRef } from '../../trace/fetchTrace';

/** Traces are written around their exemplar: query a window around it, not the whole dashboard range. */
export const TRACE_WINDOW_MS = 30 * 60_000;

/**
 * What the fetcher is asked for an exemplar whose trace a tracing data source can show: the drawer and the
 * hover prefetch build the same reference, so a prefetched trace is the one the drawer finds in the cache.
 */
export function traceRefFor(target: TraceTarget | undefined, exemplarTimeMs: number): TraceRef | undefined {
  if (target?.kind !== 'datasource') {
    return undefined;
  }
  const at = Number.isFinite(exemplarTimeMs) ? exemplarTimeMs : Date.now();
  return {
    datasourceUid: target.datasource.uid,
    traceId: target.traceId,
    timeRange: { from: at - TRACE_WINDOW_MS, to: at + TRACE_WINDOW_MS },
  };
}
