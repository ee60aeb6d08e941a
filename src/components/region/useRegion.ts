import { useCallback, useMemo, useState } from 'react';
import { LRUCache } from 'lru-cache';
import type { BaselineMode, RegionBox } from '../../region/box';
import type { TraceModel } from '../../trace/types';
import { narrowedTo, regionView, type RegionChoice } from '../../view/region';
import type { PanelView } from '../../view/panelView';

/**
 * Traces a region comparison keeps: both sides' samples (50 + 50) twice over, so a second look at a region, or at
 * one beside it, is answered without a request. The fetcher's own cache keeps only the last 20 previews.
 */
const REGION_TRACE_CACHE_SIZE = 200;

/**
 * The panel's region: the box (in values, so it survives refreshes and zooms), its sides over the full exemplar
 * set, whether its drawer is open, and the trace cache its comparisons share. Cleared only on request.
 */
export function useRegion(model: PanelView, include: Uint8Array) {
  const [choice, setChoice] = useState<RegionChoice>();
  const [open, setOpen] = useState(false);
  const [cache] = useState(() => new LRUCache<string, TraceModel>({ max: REGION_TRACE_CACHE_SIZE }));
  const view = useMemo(
    () => (choice ? regionView(model.exemplars, include, choice) : undefined),
    [model.exemplars, include, choice]
  );
  const setBox = useCallback(
    (box: RegionBox) => setChoice((current) => ({ box, baseline: current?.baseline ?? 'outside', narrow: [] })),
    []
  );
  const setBaseline = useCallback(
    (baseline: BaselineMode) => setChoice((current) => current && { ...current, baseline }),
    []
  );
  const narrow = useCallback(
    (label: string, value: string) => setChoice((current) => current && narrowedTo(current, label, value)),
    []
  );
  const widen = useCallback(() => setChoice((current) => current && { ...current, narrow: [] }), []);
  const clear = useCallback(() => {
    setChoice(undefined);
    setOpen(false);
  }, []);
  return { choice, view, cache, open, setOpen, setBox, setBaseline, narrow, widen, clear };
}

export type PanelRegion = ReturnType<typeof useRegion>;
