/**
 * Where the time goes: self time (a span's duration minus its children's) and critical-path time, summed by
 * service and by operation over each side's traces. The trace model has both per span already (`selfTimeMs`,
 * `criticalPath`), so this is a sum, not a second walk of the tree.
 */
import type { TraceModel } from '../trace/types';
import { operationLabel } from './traceFacets';

export interface TimeRow {
  kind: 'service' | 'operation';
  /** Service name, or `service: operation`. */
  name: string;
  /** Self time per trace on each side, ms (mean over the side's traces). */
  selectionSelfMs: number;
  baselineSelfMs: number;
  /** Share of the side's critical-path time spent here, in [0, 1]. */
  selectionCriticalShare: number;
  baselineCriticalShare: number;
  /** selectionSelfMs − baselineSelfMs: the time the selection spends here on top of the baseline. */
  differenceMs: number;
  explanation: string;
}

interface SideTotals {
  traces: number;
  criticalMs: number;
  selfMs: Map<string, number>;
  criticalMsBy: Map<string, number>;
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function totalsOf(traces: readonly TraceModel[], kind: TimeRow['kind']): SideTotals {
  const totals: SideTotals = { traces: traces.length, criticalMs: 0, selfMs: new Map(), criticalMsBy: new Map() };
  for (const model of traces) {
    const nameOf = (p: number) => {
      const service = model.services[model.serviceIndex[p]].name;
      return kind === 'service' ? service : operationLabel(service, model.operationNames[p]);
    };
    for (let p = 0; p < model.spanCount; p++) {
      add(totals.selfMs, nameOf(p), model.selfTimeMs[p]);
    }
    for (const segment of model.criticalPath) {
      const ms = segment.endMs - segment.startMs;
      totals.criticalMs += ms;
      add(totals.criticalMsBy, nameOf(segment.position), ms);
    }
  }
  return totals;
}

function formatMs(ms: number): string {
  return ms >= 100 ? `${Math.round(ms)} ms` : `${Number(ms.toPrecision(2))} ms`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

export function compareTime(
  selection: readonly TraceModel[],
  baseline: readonly TraceModel[],
  kind: TimeRow['kind']
): TimeRow[] {
  const selected = totalsOf(selection, kind);
  const base = totalsOf(baseline, kind);
  const names = new Set([...selected.selfMs.keys(), ...base.selfMs.keys()]);
  const perTrace = (totals: SideTotals, name: string) =>
    totals.traces > 0 ? (totals.selfMs.get(name) ?? 0) / totals.traces : 0;
  const criticalShare = (totals: SideTotals, name: string) =>
    totals.criticalMs > 0 ? (totals.criticalMsBy.get(name) ?? 0) / totals.criticalMs : 0;
  const rows: TimeRow[] = [];
  for (const name of names) {
    const selectionSelfMs = perTrace(selected, name);
    const baselineSelfMs = perTrace(base, name);
    const selectionCriticalShare = criticalShare(selected, name);
    const baselineCriticalShare = criticalShare(base, name);
    rows.push({
      kind,
      name,
      selectionSelfMs,
      baselineSelfMs,
      selectionCriticalShare,
      baselineCriticalShare,
      differenceMs: selectionSelfMs - baselineSelfMs,
      explanation:
        `${name}: ${formatMs(selectionSelfMs)} self time per selected trace (${percent(selectionCriticalShare)} of the critical path), ` +
        `${formatMs(baselineSelfMs)} in baseline (${percent(baselineCriticalShare)})`,
    });
  }
  return rows.sort((a, b) => b.differenceMs - a.differenceMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
