import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExemplarSet } from '../../data/model';
import type { EffectiveRule } from '../../links/types';
import type { RegionSides } from '../../region/box';
import { fetchRegionSample, type SampleFetchDeps, type SampleFetchResult } from '../../region/sampleFetch';
import { compareTraces, type TraceComparison } from '../../region/traceCompare';
import type { TraceFetcher } from '../../trace/fetchTrace';
import { sampleRefs, TRACE_SAMPLE_PER_SIDE, type SampleRefs } from './traceSampleRefs';

const CONCURRENCY = 4;

export interface TraceComparisonState {
  running: boolean;
  progress: { done: number; total: number };
  sample: SampleRefs;
  fetched?: SampleFetchResult;
  comparison?: TraceComparison;
}

/**
 * Fetches an even sample of each side's traces (at most 50 each, 4 requests at a time) through the panel's
 * fetcher, with the region's larger cache in front of it, and compares them. Runs again when the sides change;
 * `cancel` stops the requests still waiting, and what arrived is compared all the same.
 */
export function useTraceComparison(
  fetcher: TraceFetcher,
  cache: NonNullable<SampleFetchDeps['cache']>,
  set: ExemplarSet,
  rules: EffectiveRule[],
  sides: RegionSides
) {
  const sample = useMemo(() => sampleRefs(set, rules, sides), [set, rules, sides]);
  const [run, setRun] = useState(0);
  // One key per run: state of an earlier run (another region, a "Fetch again") is never shown for this one.
  const key = useMemo(() => ({ sample, run }), [sample, run]);
  const controller = useRef<AbortController | undefined>(undefined);
  const [state, setState] = useState<Keyed>();

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    let live = true;
    const update = (change: Partial<TraceComparisonState>) => {
      if (live) {
        setState((current) => ({ ...(current?.key === key ? current : fresh(key)), ...change }));
      }
    };
    const deps: SampleFetchDeps = { fetchTrace: (ref, signal) => fetcher.fetch(ref, signal), cache };
    fetchRegionSample(key.sample.refs, deps, {
      perSide: TRACE_SAMPLE_PER_SIDE,
      concurrency: CONCURRENCY,
      signal: abort.signal,
      onProgress: (progress) => update({ progress }),
    }).then((fetched) =>
      update({ running: false, fetched, comparison: compareTraces(fetched.selection.traces, fetched.baseline.traces) })
    );
    // Leaving the tab, closing the drawer or a new region stops what is still waiting.
    return () => {
      live = false;
      abort.abort();
    };
  }, [fetcher, cache, key]);

  return {
    state: state?.key === key ? state : fresh(key),
    cancel: () => controller.current?.abort(),
    again: () => setRun((n) => n + 1),
  };
}

interface Keyed extends TraceComparisonState {
  key: { sample: SampleRefs; run: number };
}

function fresh(key: Keyed['key']): Keyed {
  return { key, running: true, progress: { done: 0, total: 0 }, sample: key.sample };
}
