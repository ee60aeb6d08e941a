import type { TraceModel } from '../trace/types';
import { compareShareRows, shareRow, type ShareRow } from './shareRows';
import { FACET_SEPARATOR, traceFacets } from './traceFacets';
import { compareTime, type TimeRow } from './traceTime';

export interface TraceComparison {
  selectionTraces: number;
  baselineTraces: number;
  /** Span and resource attributes, services, operations, root status and error, by share of traces; ranked. */
  rows: ShareRow[];
  /** Self time and critical-path share by service, and by operation; most extra time in the selection first. */
  timeByService: TimeRow[];
  timeByOperation: TimeRow[];
}

function countFacets(traces: readonly TraceModel[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const model of traces) {
    for (const facet of traceFacets(model)) {
      counts.set(facet, (counts.get(facet) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * What is different about the selected traces: every facet's share of selected traces minus its share of baseline
 * traces, ranked by the size of that difference, each row explained in words. A facet every trace on both sides
 * has differs by exactly 0 and ranks last.
 */
export function compareTraces(selection: readonly TraceModel[], baseline: readonly TraceModel[]): TraceComparison {
  const selected = countFacets(selection);
  const base = countFacets(baseline);
  const sizes = { selection: selection.length, baseline: baseline.length, unit: 'traces' };
  const rows: ShareRow[] = [];
  for (const facet of new Set([...selected.keys(), ...base.keys()])) {
    // Kinds and keys hold no separator; a value might, so it is everything after the second one.
    const keyStart = facet.indexOf(FACET_SEPARATOR) + 1;
    const valueStart = facet.indexOf(FACET_SEPARATOR, keyStart) + 1;
    const kind = facet.slice(0, keyStart - 1);
    const key = facet.slice(keyStart, valueStart - 1);
    const value = facet.slice(valueStart);
    rows.push(shareRow(kind, key, value, selected.get(facet) ?? 0, base.get(facet) ?? 0, sizes));
  }
  rows.sort(compareShareRows);
  return {
    selectionTraces: selection.length,
    baselineTraces: baseline.length,
    rows,
    timeByService: compareTime(selection, baseline, 'service'),
    timeByOperation: compareTime(selection, baseline, 'operation'),
  };
}
