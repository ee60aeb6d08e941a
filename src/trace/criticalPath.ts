/**
 * Critical path, the algorithm of Jaeger UI as ported into Grafana
 * (`public/app/features/explore/TraceView/components/CriticalPath/index.tsx` with
 * `utils/findLastFinishingChildSpan.tsx`, `utils/getChildOfSpans.tsx`, `utils/sanitizeOverFlowingChildren.tsx`):
 *
 * Start at the root with the whole span open. Take its last-finishing child (LFC): the parent owns the
 * time from the LFC's end to the open end, then descend into the LFC. A span with no (remaining) LFC owns
 * the time from its own start to the open end; control returns to its parent with the open end moved to
 * that span's start, and the parent's next candidate is the child that finished strictly before it.
 *
 * Differences, on purpose: written as a loop instead of recursion (deep traces), with a per-span cursor
 * into the children sorted by end time (each child is looked at once, so O(n log n) overall); it runs on
 * the clamped times from `geometry.ts` (Grafana's sanitize step); children hang by `parentSpanID` only
 * (the frame's `references` are extra links, so there are no FOLLOWS_FROM children to exclude); and an open
 * end of 0 ms is honoured (Grafana's `returningChildStartTime ||` would skip it).
 */
import type { CriticalPathSegment } from './types';

export interface CriticalPathInput {
  rootPosition: number;
  subtreeEnd: Int32Array;
  parentPosition: Int32Array;
  startMs: Float64Array;
  durationMs: Float64Array;
  spanIds: string[];
}

export function computeCriticalPath(input: CriticalPathInput): CriticalPathSegment[] {
  const { rootPosition, parentPosition, startMs, durationMs, spanIds } = input;
  const endOf = (p: number) => startMs[p] + durationMs[p];
  const candidates = new Map<number, { children: number[]; cursor: number }>();
  const segments: CriticalPathSegment[] = [];
  const push = (position: number, start: number, end: number) => {
    if (start !== end) {
      segments.push({ position, spanId: spanIds[position], startMs: start, endMs: end });
    }
  };

  let current = rootPosition;
  let openEnd = endOf(current);
  let returning = false;
  // Each step either descends into a not yet visited child or returns to the parent, and every span is
  // descended into at most once, so the loop ends; the guard only protects against malformed input.
  for (let guard = 0; guard <= 2 * startMs.length + 2; guard++) {
    let entry = candidates.get(current);
    if (!entry) {
      entry = { children: childrenByEndDescending(current, input, endOf), cursor: 0 };
      candidates.set(current, entry);
    }
    if (returning) {
      // The next candidate must have finished strictly before the child we came back from started.
      while (entry.cursor < entry.children.length && endOf(entry.children[entry.cursor]) >= openEnd) {
        entry.cursor++;
      }
    }
    if (entry.cursor < entry.children.length) {
      const lastFinishingChild = entry.children[entry.cursor++];
      push(current, endOf(lastFinishingChild), openEnd);
      current = lastFinishingChild;
      openEnd = endOf(current);
      returning = false;
      continue;
    }
    push(current, startMs[current], openEnd);
    if (current === rootPosition) {
      break;
    }
    openEnd = startMs[current];
    current = parentPosition[current];
    returning = true;
  }
  return segments.reverse();
}

/** Direct children, latest end first; ties keep display (start) order like Grafana's stable sort. */
function childrenByEndDescending(position: number, input: CriticalPathInput, endOf: (p: number) => number): number[] {
  const children: number[] = [];
  for (let c = position + 1; c < input.subtreeEnd[position]; c = input.subtreeEnd[c]) {
    children.push(c);
  }
  return children.sort((a, b) => endOf(b) - endOf(a) || a - b);
}
