/**
 * The trace model the drawer only reads. It is built once per trace (see `buildTraceModel`) the way
 * Grafana's TraceView and Jaeger UI transform a trace once into a span tree
 * (`grafana/grafana` `public/app/features/explore/TraceView/components/model/transform-trace-data.tsx`).
 *
 * Per-span data is columnar and indexed by **display position** (0 … spanCount-1, depth-first, children
 * by start time), so a virtualized waterfall reads row `p` without allocating anything.
 */
import type { TraceKeyValuePair, TraceLog, TraceSpanReference } from '@grafana/data';

/** What went wrong with the input, aggregated per kind so a 50k-span trace gives a handful of warnings. */
export type TraceWarningKind =
  'orphan' | 'cycle' | 'duplicate-span-id' | 'clock-skew' | 'invalid-duration' | 'invalid-start' | 'multiple-roots';

export interface TraceWarning {
  kind: TraceWarningKind;
  message: string;
  /** How many spans are affected. */
  count: number;
  /** A few affected span IDs, for the details view. */
  sampleSpanIds: string[];
}

/** A span's share of the critical path: from `startMs` to `endMs` this span was what the trace waited on. */
export interface CriticalPathSegment {
  position: number;
  spanId: string;
  startMs: number;
  endMs: number;
}

export interface ServiceSummary {
  name: string;
  spanCount: number;
  errorCount: number;
  /** Self time of the service's spans summed (time not covered by their own children), ms. */
  selfTimeMs: number;
}

interface TraceRootSummary {
  position: number;
  spanId: string;
  serviceName: string;
  operationName: string;
}

/** Frame columns kept by reference for the span details view (tags, logs …), indexed by frame row. */
export interface SpanDetailColumns {
  serviceTags?: unknown[];
  tags?: unknown[];
  logs?: unknown[];
  references?: unknown[];
  kind?: unknown[];
  statusCode?: unknown[];
  statusMessage?: unknown[];
  warnings?: unknown[];
  stackTraces?: unknown[];
  instrumentationLibraryName?: unknown[];
  instrumentationLibraryVersion?: unknown[];
  traceState?: unknown[];
}

export interface TraceModel {
  traceId: string;
  root: TraceRootSummary;
  /** Earliest span start, ms since epoch. */
  startMs: number;
  endMs: number;
  durationMs: number;
  spanCount: number;
  serviceCount: number;
  /** Display positions of the error spans, ascending. */
  errorPositions: Int32Array;

  // ---- per display position ----
  /** Frame row of the span shown at each position. */
  rowIndex: Int32Array;
  spanIds: string[];
  operationNames: string[];
  depth: Int32Array;
  /** Display position of the parent, -1 for top-level spans. */
  parentPosition: Int32Array;
  /** Exclusive end of the subtree: descendants of `p` are positions `p+1 … subtreeEnd[p]-1`. */
  subtreeEnd: Int32Array;
  childCount: Int32Array;
  /** Index into `services`. */
  serviceIndex: Int32Array;
  /** Start as drawn (clamped into the parent when the clock is skewed), ms since epoch. */
  spanStartMs: Float64Array;
  /** Duration as drawn (clamped), ms. Only the bar uses it. */
  spanDurationMs: Float64Array;
  /** The span's own start and duration (from the frame; repaired only when unusable), for every figure shown as text. */
  ownStartMs: Float64Array;
  ownDurationMs: Float64Array;
  /** Duration minus the time covered by the span's children, ms. */
  selfTimeMs: Float64Array;
  /** 1 when the span errored (status code 2, `error=true`, `otel.status_code=ERROR`, HTTP status ≥ 500). */
  isError: Uint8Array;
  /** 1 when the span's parent ID names no span in the trace (shown as a top-level span). */
  isOrphan: Uint8Array;
  /** 1 when the span's times were clamped into its parent's. */
  isClamped: Uint8Array;
  /** 1 when some part of the span lies on the critical path. */
  onCriticalPath: Uint8Array;

  /** Critical path segments in chronological order. */
  criticalPath: CriticalPathSegment[];
  /** Services in order of first appearance in display order (stable colours). */
  services: ServiceSummary[];
  warnings: TraceWarning[];
  /** Untouched frame columns for `getSpanDetails`. */
  detailColumns: SpanDetailColumns;
}

export type TraceModelResult = { ok: true; model: TraceModel } | { ok: false; error: string };

/** Everything the span details view shows, read on selection only. */
export interface SpanDetails {
  spanId: string;
  parentSpanId?: string;
  operationName: string;
  serviceName: string;
  /** The span's own figures, not the clamped ones the bar is drawn with. */
  startMs: number;
  durationMs: number;
  /** Drawn inside its parent because its own times lie outside it (clock skew). */
  isClamped: boolean;
  kind?: string;
  statusCode?: number;
  statusMessage?: string;
  tags: TraceKeyValuePair[];
  serviceTags: TraceKeyValuePair[];
  logs: TraceLog[];
  references: TraceSpanReference[];
  warnings: string[];
  stackTraces: string[];
  instrumentationLibraryName?: string;
  instrumentationLibraryVersion?: string;
  traceState?: string;
}
