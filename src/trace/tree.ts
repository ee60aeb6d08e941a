/**
 * Links spans into a forest and lays it out in display order, iteratively (a 10k-deep chain must not
 * overflow the stack).
 *
 * Same layout rules as Grafana's TraceView / Jaeger UI (`getTraceSpanIdsAsTree` in
 * `public/app/features/explore/TraceView/components/selectors/trace.ts`): a span whose parent is not in the
 * trace hangs under the nominal root, i.e. becomes an additional top-level span, and siblings are sorted by
 * start time. Where Grafana renames duplicate span IDs (`transform-trace-data.tsx`) we keep every row and let
 * the first occurrence own the ID. Grafana drops spans caught in a parent cycle from the tree; we cut each
 * cycle at its earliest span instead, so every input span is shown exactly once.
 */
import type { SpanColumns } from './frameReader';
import { WarningCollector } from './warnings';

export interface SpanForest {
  /** Frame row of each display position. */
  rowIndex: Int32Array;
  depth: Int32Array;
  parentPosition: Int32Array;
  subtreeEnd: Int32Array;
  childCount: Int32Array;
  /** Per display position: the parent ID named no span of the trace. */
  isOrphan: Uint8Array;
  /** Per display position: the span declared no parent at all (a true root). */
  declaresNoParent: Uint8Array;
}

export function buildSpanForest(columns: SpanColumns, warnings: WarningCollector): SpanForest {
  const count = columns.count;
  const parentRow = resolveParents(columns, warnings);
  const orphanRows = new Uint8Array(count);
  for (let row = 0; row < count; row++) {
    if (parentRow[row] === -1 && columns.parentSpanIds[row] !== undefined) {
      orphanRows[row] = 1;
      warnings.add('orphan', columns.spanIds[row]);
    }
  }
  const children = childrenByParent(parentRow, rowsByStart(columns.startMs));
  breakCycles(parentRow, children, columns, warnings);
  children.topLevel.sort((a, b) => compareByStart(a, b, columns.startMs));
  return layOut(parentRow, children, columns, orphanRows);
}

/** Parent row per row, -1 when there is none (true root, orphan). The first row with an ID owns it. */
function resolveParents(columns: SpanColumns, warnings: WarningCollector): Int32Array {
  const rowById = new Map<string, number>();
  for (let row = 0; row < columns.count; row++) {
    const id = columns.spanIds[row];
    if (rowById.has(id)) {
      warnings.add('duplicate-span-id', id);
    } else {
      rowById.set(id, row);
    }
  }
  const parentRow = new Int32Array(columns.count);
  for (let row = 0; row < columns.count; row++) {
    const parentId = columns.parentSpanIds[row];
    parentRow[row] = parentId === undefined ? -1 : (rowById.get(parentId) ?? -1);
  }
  return parentRow;
}

/** Children lists in compressed form: children of `p` are `rows[offsets[p] … offsets[p+1]-1]`. */
interface ChildLists {
  offsets: Int32Array;
  rows: Int32Array;
  /** Top-level rows (parent -1); grows when a cycle is cut. */
  topLevel: number[];
}

/**
 * Rows in start order (ties by row). One sort of the whole trace; filling the child lists in this order
 * leaves every sibling list sorted without sorting thousands of small lists.
 */
function rowsByStart(startMs: Float64Array): Int32Array {
  const rows = new Array<number>(startMs.length);
  let alreadySorted = true;
  for (let row = 0; row < startMs.length; row++) {
    rows[row] = row;
    if (row > 0 && !(startMs[row - 1] <= startMs[row])) {
      alreadySorted = false;
    }
  }
  if (!alreadySorted) {
    rows.sort((a, b) => compareByStart(a, b, startMs));
  }
  return Int32Array.from(rows);
}

function childrenByParent(parentRow: Int32Array, rowOrder: Int32Array): ChildLists {
  const count = parentRow.length;
  const offsets = new Int32Array(count + 1);
  const topLevel: number[] = [];
  for (let i = 0; i < count; i++) {
    const row = rowOrder[i];
    if (parentRow[row] >= 0) {
      offsets[parentRow[row] + 1]++;
    } else {
      topLevel.push(row);
    }
  }
  for (let p = 0; p < count; p++) {
    offsets[p + 1] += offsets[p];
  }
  const fill = offsets.slice(0, count);
  const rows = new Int32Array(offsets[count]);
  for (let i = 0; i < count; i++) {
    const row = rowOrder[i];
    const parent = parentRow[row];
    if (parent >= 0) {
      rows[fill[parent]++] = row;
    }
  }
  return { offsets, rows, topLevel };
}

/**
 * Spans not reachable from a top-level span sit on or under a parent cycle (every row has at most one
 * parent, so following parents from such a row must loop). Each cycle is cut at its earliest span, which
 * becomes top-level; the cut edge stays in the child lists but is skipped because `parentRow` no longer
 * agrees with it.
 */
function breakCycles(parentRow: Int32Array, children: ChildLists, columns: SpanColumns, warnings: WarningCollector) {
  const count = parentRow.length;
  const reached = new Uint8Array(count);
  const stack: number[] = [];
  const markSubtree = (start: number) => {
    stack.push(start);
    reached[start] = 1;
    while (stack.length > 0) {
      const row = stack.pop()!;
      for (let i = children.offsets[row]; i < children.offsets[row + 1]; i++) {
        const child = children.rows[i];
        if (!reached[child] && parentRow[child] === row) {
          reached[child] = 1;
          stack.push(child);
        }
      }
    }
  };
  for (const row of children.topLevel) {
    markSubtree(row);
  }

  const visitStamp = new Int32Array(count).fill(-1);
  for (let row = 0; row < count; row++) {
    if (reached[row]) {
      continue;
    }
    // Walk up until a row repeats: that row is on the cycle.
    let current = row;
    while (visitStamp[current] !== row) {
      visitStamp[current] = row;
      current = parentRow[current];
    }
    const cut = earliestOnCycle(current, parentRow, columns.startMs);
    parentRow[cut] = -1;
    children.topLevel.push(cut);
    warnings.add('cycle', columns.spanIds[cut]);
    markSubtree(cut);
  }
}

function earliestOnCycle(onCycle: number, parentRow: Int32Array, startMs: Float64Array): number {
  let best = onCycle;
  let current = parentRow[onCycle];
  while (current !== onCycle) {
    if (compareByStart(current, best, startMs) < 0) {
      best = current;
    }
    current = parentRow[current];
  }
  return best;
}

/** Start time, then frame row; spans with an unusable start go last. */
function compareByStart(a: number, b: number, startMs: Float64Array): number {
  const sa = Number.isNaN(startMs[a]) ? Infinity : startMs[a];
  const sb = Number.isNaN(startMs[b]) ? Infinity : startMs[b];
  return sa < sb ? -1 : sa > sb ? 1 : a - b;
}

function layOut(parentRow: Int32Array, children: ChildLists, columns: SpanColumns, orphanRows: Uint8Array): SpanForest {
  const count = parentRow.length;
  const rowIndex = new Int32Array(count);
  const positionOfRow = new Int32Array(count);
  const depth = new Int32Array(count);
  const parentPosition = new Int32Array(count);
  const childCount = new Int32Array(count);
  const isOrphan = new Uint8Array(count);
  const declaresNoParent = new Uint8Array(count);

  // Pre-order DFS with an explicit stack; children pushed in reverse so the earliest comes out first.
  const stack: number[] = [];
  for (let i = children.topLevel.length - 1; i >= 0; i--) {
    stack.push(children.topLevel[i]);
  }
  let position = 0;
  while (stack.length > 0) {
    const row = stack.pop()!;
    const parent = parentRow[row];
    rowIndex[position] = row;
    positionOfRow[row] = position;
    parentPosition[position] = parent >= 0 ? positionOfRow[parent] : -1;
    depth[position] = parent >= 0 ? depth[positionOfRow[parent]] + 1 : 0;
    isOrphan[position] = orphanRows[row];
    declaresNoParent[position] = columns.parentSpanIds[row] === undefined ? 1 : 0;
    for (let i = children.offsets[row + 1] - 1; i >= children.offsets[row]; i--) {
      const child = children.rows[i];
      if (parentRow[child] === row) {
        stack.push(child);
        childCount[position]++;
      }
    }
    position++;
  }

  // Subtree sizes bottom-up: in pre-order every descendant comes after its ancestor.
  const subtreeEnd = new Int32Array(count);
  const size = new Int32Array(count).fill(1);
  for (let p = count - 1; p >= 0; p--) {
    subtreeEnd[p] = p + size[p];
    if (parentPosition[p] >= 0) {
      size[parentPosition[p]] += size[p];
    }
  }
  return { rowIndex, depth, parentPosition, subtreeEnd, childCount, isOrphan, declaresNoParent };
}
