import { findLabel } from '../data/columnar';
import type { ExemplarSet } from '../data/model';
import type { DataSourceInfo, EffectiveRule, TraceTarget } from '../links/types';
import { normalizeTraceId } from '../trace/queries';
import { selectRegion } from '../region/box';
import type { DrawerUrlState, OpenTrace } from './urlState';

/** What a drawer opened from the URL shows: exemplars of the panel, or a trace they no longer contain. */
export type RestoredDrawer =
  | { kind: 'exemplars'; members: Uint32Array; first: number }
  | { kind: 'trace'; trace: OpenTrace; datasource: DataSourceInfo };

/** Trace IDs as the fetcher compares them: `abc` and `0…0abc` are the same trace. */
function sameTrace(a: string, b: string): boolean {
  const [x, y] = [normalizeTraceId(a), normalizeTraceId(b)];
  return 'traceId' in x && 'traceId' in y && x.traceId === y.traceId;
}

/** The first exemplar whose trace (by a rule linking to the same data source) is `trace`, or -1. */
export function findExemplarOfTrace(set: ExemplarSet, rules: EffectiveRule[], trace: OpenTrace): number {
  for (const rule of rules) {
    const column = rule.datasource?.uid === trace.datasourceUid ? findLabel(set, rule.labelName) : undefined;
    if (!column) {
      continue;
    }
    const codes = new Set(column.dict.flatMap((value, code) => (sameTrace(value.trim(), trace.traceId) ? [code] : [])));
    if (codes.size === 0) {
      continue;
    }
    for (let row = 0; row < set.size; row++) {
      if (codes.has(column.codes[row])) {
        return row;
      }
    }
  }
  return -1;
}

/**
 * The drawer a URL describes, against what the panel has now: a cluster or selection is its box's visible
 * exemplars; a trace is its exemplar when the panel still holds it, else the trace itself from its data source.
 * Undefined when the URL names a data source that is not a tracing data source here, or a box with no exemplar
 * and no trace.
 */
export function restoreDrawer(
  state: DrawerUrlState,
  set: ExemplarSet,
  rules: EffectiveRule[],
  include: Uint8Array,
  tracing: DataSourceInfo[]
): RestoredDrawer | undefined {
  const row = state.trace ? findExemplarOfTrace(set, rules, state.trace) : -1;
  if (state.box) {
    const members = selectRegion(set, state.box, { visible: include }).selection;
    if (members.length > 0) {
      return { kind: 'exemplars', members, first: members.includes(row) ? row : members[0] };
    }
  } else if (row >= 0) {
    return { kind: 'exemplars', members: Uint32Array.of(row), first: row };
  }
  const datasource = state.trace && tracing.find((ds) => ds.uid === state.trace!.datasourceUid);
  return datasource ? { kind: 'trace', trace: state.trace!, datasource } : undefined;
}

/** The state the URL keeps for exemplar `row` of the open drawer (`members` are the cluster's, when one is open). */
export function drawerStateFor(
  set: ExemplarSet,
  members: Uint32Array,
  target: TraceTarget | undefined,
  row: number,
  view: 'trace' | 'cluster' | 'selection'
): DrawerUrlState | undefined {
  const traceId = target?.kind === 'datasource' ? target.traceId.toLowerCase() : '';
  // Only what the URL parser accepts: a label that is no hex trace ID has no trace to share.
  const trace: OpenTrace | undefined =
    target?.kind === 'datasource' && /^[0-9a-f]{1,32}$/.test(traceId) && Number.isFinite(set.timeMs[row])
      ? { traceId, datasourceUid: target.datasource.uid, timeMs: set.timeMs[row] }
      : undefined;
  if (members.length <= 1) {
    return trace && { view: 'trace', trace };
  }
  let [fromMs, toMs, minValue, maxValue] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const member of members) {
    fromMs = Math.min(fromMs, set.timeMs[member]);
    toMs = Math.max(toMs, set.timeMs[member]);
    minValue = Math.min(minValue, set.value[member]);
    maxValue = Math.max(maxValue, set.value[member]);
  }
  const box = { fromMs, toMs, minValue, maxValue };
  return view === 'selection' || trace ? { view: view === 'trace' ? 'cluster' : view, trace, box } : undefined;
}
