import type { TraceModel } from '../trace/types';
import { compareShareRows, shareRow, type ShareRow } from './shareRows';
import { FacetTally } from './traceFacets';
import { compareTime, type TimeRow } from './traceTime';

export interface TraceComparison {
  selectionTraces: number;
  baselineTraces: number;
  /** Span and resource attributes, services, operations, root status and error, by share of traces; ranked. */
  rows: ShareRow[];
  /** Attribute keys left out of `rows` because nearly every value is distinct (IDs), with their number of values. */
  identifiers: Array<{ kind: string; key: string; values: number }>;
  /** Self time and critical-path share by service, and by operation; most extra time in the selection first. */
  timeByService: TimeRow[];
  timeByOperation: TimeRow[];
}

/**
 * What is different about the selected traces: every facet's share of selected traces minus its share of baseline
 * traces, ranked by the size of that difference, each row explained in words. A facet every trace on both sides
 * has differs by exactly 0 and ranks last.
 */
export function compareTraces(selection: readonly TraceModel[], baseline: readonly TraceModel[]): TraceComparison {
  const tally = new FacetTally(selection.length + baseline.length);
  selection.forEach((model) => tally.add(model, 'selection'));
  baseline.forEach((model) => tally.add(model, 'baseline'));
  const sizes = { selection: selection.length, baseline: baseline.length, unit: 'traces' };
  const { facets, identifiers } = tally.counts();
  const rows = facets
    .map((facet) => shareRow(facet.kind, facet.key, facet.value, facet.selection, facet.baseline, sizes))
    .sort(compareShareRows);
  const time = compareTime(selection, baseline);
  return {
    selectionTraces: selection.length,
    baselineTraces: baseline.length,
    rows,
    identifiers,
    timeByService: time.byService,
    timeByOperation: time.byOperation,
  };
}
