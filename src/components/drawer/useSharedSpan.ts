import { useEffect, useRef } from 'react';
import { TraceTarget } from '../../links/types';
import { findSpanPosition } from '../../trace/exemplarSpan';
import { TraceModel } from '../../trace/types';

/** The selected span in the dashboard URL: where a shared link starts, and where a click goes. */
export interface SpanUrlProps {
  /** The span the URL names; the trace opens on it. */
  initial?: string;
  onSelect: (spanId: string) => void;
  /** The URL names a span this trace does not hold. */
  onMissing: () => void;
}

/** A shared link whose span is not in the trace is not one the panel wrote: say so once the trace is in. */
export function useSharedSpanCheck(model: TraceModel, span: SpanUrlProps | undefined): void {
  const missing = span?.initial !== undefined && findSpanPosition(model, span.initial) < 0;
  const onMissing = span?.onMissing;
  useEffect(() => {
    if (missing) {
      onMissing?.();
    }
    // Once per trace: a span chosen later is always one of its own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, missing]);
}

/** Tells the panel which exemplar the drawer shows, on opening and on every move in the cluster list. */
export function useShownExemplar(
  row: number,
  target: TraceTarget | undefined,
  onShow: ((row: number, target: TraceTarget | undefined) => void) | undefined
): void {
  // The latest callback, without making a new callback a new exemplar.
  const latest = useRef(onShow);
  useEffect(() => {
    latest.current = onShow;
  });
  useEffect(() => latest.current?.(row, target), [row, target]);
}
