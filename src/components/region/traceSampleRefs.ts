import type { ExemplarSet } from '../../data/model';
import { traceTargetFor } from '../../links/mapping';
import type { EffectiveRule } from '../../links/types';
import type { RegionSides } from '../../region/box';
import { evenSample, type SideName } from '../../region/sampleFetch';
import type { TraceRef } from '../../trace/fetchTrace';
import { traceRefFor } from '../drawer/traceRef';

/** Traces sampled from each side of a region; the ones the exemplar set can spare are left to the cache. */
export const TRACE_SAMPLE_PER_SIDE = 50;

export interface SampleRefs {
  refs: Record<SideName, TraceRef[]>;
  /** Sampled exemplars whose trace no tracing data source can show (no trace ID, an external link, a broken rule). */
  unlinked: Record<SideName, number>;
}

/**
 * The references of an even sample of each side, built the way the drawer builds its preview's, so the cache the
 * preview filled answers here too. Sampling comes first: resolving a target for each of a million baseline
 * exemplars would cost more than the comparison.
 */
export function sampleRefs(set: ExemplarSet, rules: EffectiveRule[], sides: RegionSides): SampleRefs {
  const out: SampleRefs = { refs: { selection: [], baseline: [] }, unlinked: { selection: 0, baseline: 0 } };
  for (const side of ['selection', 'baseline'] as const) {
    for (const row of evenSample(Array.from(sides[side]), TRACE_SAMPLE_PER_SIDE)) {
      const ref = traceRefFor(traceTargetFor(set, row, rules), set.timeMs[row]);
      if (ref) {
        out.refs[side].push(ref);
      } else {
        out.unlinked[side]++;
      }
    }
  }
  return out;
}
