import { TraceModel } from '../../trace/types';

/** Display positions to render when some subtrees are collapsed: a collapsed span hides its descendants. */
export function visibleSpanPositions(model: TraceModel, collapsed: ReadonlySet<number>): Int32Array {
  const out = new Int32Array(model.spanCount);
  let count = 0;
  let position = 0;
  while (position < model.spanCount) {
    out[count++] = position;
    position = collapsed.has(position) ? model.subtreeEnd[position] : position + 1;
  }
  return out.subarray(0, count);
}
