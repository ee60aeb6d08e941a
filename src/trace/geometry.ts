/**
 * Span times as the waterfall shows them, and self times.
 *
 * Clock skew is tolerated the way Grafana's critical path code tolerates it
 * (`public/app/features/explore/TraceView/components/CriticalPath/utils/sanitizeOverFlowingChildren.tsx`):
 * a child that starts before or ends after its parent is truncated to the parent; a child entirely outside
 * becomes a zero-length span at the parent's nearest edge (Grafana drops it; we keep every span visible).
 * Works top-down in display order, so a parent is always final before its children are clamped.
 *
 * Only the drawn bar is clamped: `ownStartMs`/`ownDurationMs` keep the span's own figures for details,
 * tooltips and lists. A duration is the frame's own value unless the span had to be clamped: recomputing
 * `(start + duration) − start` on epoch-millisecond floats loses the microseconds (94 µs would read 93.99 µs).
 */
import type { SpanColumns } from './frameReader';
import type { SpanForest } from './tree';
import { WarningCollector } from './warnings';

const ROUNDING_TOLERANCE_MS = 0.001;

export interface SpanGeometry {
  /** As drawn (clamped into the parent). */
  startMs: Float64Array;
  durationMs: Float64Array;
  /** As the frame gives them, repaired only where unusable (NaN start, negative duration). */
  ownStartMs: Float64Array;
  ownDurationMs: Float64Array;
  selfTimeMs: Float64Array;
  isClamped: Uint8Array;
  traceStartMs: number;
  traceEndMs: number;
  /** Offset of the latest end from the trace start, summed from a start difference and a kept duration. */
  traceDurationMs: number;
}

export function computeGeometry(columns: SpanColumns, forest: SpanForest, warnings: WarningCollector): SpanGeometry {
  const count = columns.count;
  const startMs = new Float64Array(count);
  const durationMs = new Float64Array(count);
  const ownStartMs = new Float64Array(count);
  const ownDurationMs = new Float64Array(count);
  const isClamped = new Uint8Array(count);
  const fallbackStart = earliestValidStart(columns.startMs);

  let traceStartMs = Infinity;
  let traceEndMs = -Infinity;
  for (let p = 0; p < count; p++) {
    const row = forest.rowIndex[p];
    const parent = forest.parentPosition[p];
    let start = columns.startMs[row];
    let duration = columns.durationMs[row];
    if (Number.isNaN(start)) {
      start = parent >= 0 ? startMs[parent] : fallbackStart;
      warnings.add('invalid-start', columns.spanIds[row]);
    }
    if (Number.isNaN(duration) || duration < 0) {
      duration = 0;
      warnings.add('invalid-duration', columns.spanIds[row]);
    }
    ownStartMs[p] = start;
    ownDurationMs[p] = duration;
    let end = start + duration;
    let moved = false;
    if (parent >= 0) {
      const parentStart = startMs[parent];
      const parentEnd = parentStart + durationMs[parent];
      if (start < parentStart || end > parentEnd) {
        // Sub-microsecond overhangs are float rounding (µs → fractional ms epochs), not skew: clamp quietly.
        if (parentStart - start > ROUNDING_TOLERANCE_MS || end - parentEnd > ROUNDING_TOLERANCE_MS) {
          isClamped[p] = 1;
          warnings.add('clock-skew', columns.spanIds[row]);
        }
        start = Math.min(Math.max(start, parentStart), parentEnd);
        end = Math.max(Math.min(end, parentEnd), start);
        moved = true;
      }
    }
    startMs[p] = start;
    durationMs[p] = moved ? end - start : duration;
    traceStartMs = Math.min(traceStartMs, start);
    traceEndMs = Math.max(traceEndMs, end);
  }
  const selfTimeMs = computeSelfTimes(forest, startMs, durationMs);
  // end − start on epoch-ms floats loses the microseconds (a 667 µs trace read 666.99 µs); the root usually
  // starts the trace, so its duration comes through exactly.
  let traceDurationMs = 0;
  for (let p = 0; p < count; p++) {
    traceDurationMs = Math.max(traceDurationMs, startMs[p] - traceStartMs + durationMs[p]);
  }
  return {
    startMs,
    durationMs,
    ownStartMs,
    ownDurationMs,
    selfTimeMs,
    isClamped,
    traceStartMs,
    traceEndMs,
    traceDurationMs: count > 0 ? traceDurationMs : 0,
  };
}

function earliestValidStart(starts: Float64Array): number {
  let earliest = Infinity;
  for (let i = 0; i < starts.length; i++) {
    if (starts[i] < earliest) {
      earliest = starts[i];
    }
  }
  return Number.isFinite(earliest) ? earliest : 0;
}

/**
 * Self time = duration minus the union of the children's intervals (children are already inside the
 * parent after clamping). Direct children of `p` are found by hopping subtree ends; they come in start
 * order except when a start had to be repaired, hence the sortedness check.
 */
function computeSelfTimes(forest: SpanForest, startMs: Float64Array, durationMs: Float64Array): Float64Array {
  const count = startMs.length;
  const selfTimeMs = new Float64Array(count);
  const children: number[] = [];
  for (let p = 0; p < count; p++) {
    children.length = 0;
    let sorted = true;
    for (let c = p + 1; c < forest.subtreeEnd[p]; c = forest.subtreeEnd[c]) {
      if (children.length > 0 && startMs[c] < startMs[children[children.length - 1]]) {
        sorted = false;
      }
      children.push(c);
    }
    if (!sorted) {
      children.sort((a, b) => startMs[a] - startMs[b]);
    }
    selfTimeMs[p] = Math.max(0, durationMs[p] - unionLength(children, startMs, durationMs));
  }
  return selfTimeMs;
}

/** Total length covered by intervals given in start order. */
function unionLength(ordered: number[], startMs: Float64Array, durationMs: Float64Array): number {
  if (ordered.length === 0) {
    return 0;
  }
  let covered = 0;
  let runStart = startMs[ordered[0]];
  let runEnd = runStart + durationMs[ordered[0]];
  for (let i = 1; i < ordered.length; i++) {
    const start = startMs[ordered[i]];
    const end = start + durationMs[ordered[i]];
    if (start > runEnd) {
      covered += runEnd - runStart;
      runStart = start;
      runEnd = end;
    } else if (end > runEnd) {
      runEnd = end;
    }
  }
  return covered + (runEnd - runStart);
}
