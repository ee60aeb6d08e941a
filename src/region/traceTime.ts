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

interface Sums {
  selfMs: number;
  criticalMs: number;
}

interface SideTotals {
  traces: number;
  criticalMs: number;
  /** `service` → `operation` (always '' by service) → sums: nested, so no joined name is made per span. */
  sums: Map<string, Map<string, Sums>>;
}

function sumsFor(totals: SideTotals, service: string, operation: string): Sums {
  let byOperation = totals.sums.get(service);
  if (!byOperation) {
    byOperation = new Map();
    totals.sums.set(service, byOperation);
  }
  let sums = byOperation.get(operation);
  if (!sums) {
    sums = { selfMs: 0, criticalMs: 0 };
    byOperation.set(operation, sums);
  }
  return sums;
}

/** Sums by service and operation: one walk of the spans serves both tables (see `byService`). */
function totalsOf(traces: readonly TraceModel[]): SideTotals {
  const totals: SideTotals = { traces: traces.length, criticalMs: 0, sums: new Map() };
  for (const model of traces) {
    const sumsAt = (p: number) => sumsFor(totals, model.services[model.serviceIndex[p]].name, model.operationNames[p]);
    for (let p = 0; p < model.spanCount; p++) {
      sumsAt(p).selfMs += model.selfTimeMs[p];
    }
    for (const segment of model.criticalPath) {
      const ms = segment.endMs - segment.startMs;
      totals.criticalMs += ms;
      sumsAt(segment.position).criticalMs += ms;
    }
  }
  return totals;
}

/** The operations of each service added up, under operation ''. */
function byService(totals: SideTotals): SideTotals {
  const services: SideTotals = { traces: totals.traces, criticalMs: totals.criticalMs, sums: new Map() };
  for (const [service, byOperation] of totals.sums) {
    const sums = sumsFor(services, service, '');
    for (const operation of byOperation.values()) {
      sums.selfMs += operation.selfMs;
      sums.criticalMs += operation.criticalMs;
    }
  }
  return services;
}

/** Every (service, operation) either side has, with its sums on each side. */
function* pairs(a: SideTotals, b: SideTotals): Generator<[string, string, Sums | undefined, Sums | undefined]> {
  for (const [service, byOperation] of a.sums) {
    for (const [operation, sums] of byOperation) {
      yield [service, operation, sums, b.sums.get(service)?.get(operation)];
    }
  }
  for (const [service, byOperation] of b.sums) {
    for (const [operation, sums] of byOperation) {
      if (!a.sums.get(service)?.has(operation)) {
        yield [service, operation, undefined, sums];
      }
    }
  }
}

/** Milliseconds as the time rows print them: whole above 100 ms, two significant digits below. */
export function formatMs(ms: number): string {
  return ms >= 100 ? `${Math.round(ms)} ms` : `${Number(ms.toPrecision(2))} ms`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

export function compareTime(
  selection: readonly TraceModel[],
  baseline: readonly TraceModel[]
): { byService: TimeRow[]; byOperation: TimeRow[] } {
  const selected = totalsOf(selection);
  const base = totalsOf(baseline);
  return {
    byService: timeRows(byService(selected), byService(base), 'service'),
    byOperation: timeRows(selected, base, 'operation'),
  };
}

function timeRows(selected: SideTotals, base: SideTotals, kind: TimeRow['kind']): TimeRow[] {
  const perTrace = (totals: SideTotals, sums: Sums | undefined) =>
    totals.traces > 0 ? (sums?.selfMs ?? 0) / totals.traces : 0;
  const criticalShare = (totals: SideTotals, sums: Sums | undefined) =>
    totals.criticalMs > 0 ? (sums?.criticalMs ?? 0) / totals.criticalMs : 0;
  const rows: TimeRow[] = [];
  for (const [service, operation, selectedSums, baseSums] of pairs(selected, base)) {
    const name = kind === 'service' ? service : operationLabel(service, operation);
    const selectionSelfMs = perTrace(selected, selectedSums);
    const baselineSelfMs = perTrace(base, baseSums);
    const selectionCriticalShare = criticalShare(selected, selectedSums);
    const baselineCriticalShare = criticalShare(base, baseSums);
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
