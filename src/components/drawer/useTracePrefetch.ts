import { useCallback, useEffect, useRef, useState } from 'react';
import { PanelView } from '../../view/panelView';
import { traceTargetFor } from '../../links/mapping';
import { TraceFetcher } from '../../trace/fetchTrace';
import { createHoverPrefetcher, PREFETCH_DELAY_MS } from './hoverPrefetch';
import { traceRefFor } from './traceRef';

/**
 * Prefetch on hover: returns the callback the chart calls with the exemplar under the pointer (a cluster's
 * representative, -1 for none). Resting on a marker for `delayMs` warms the fetcher's cache with that trace, so
 * the drawer opened by the click that usually follows shows it at once. Nothing is prefetched while the drawer is
 * open (`enabled` false): its own request must stay the only one, so that closing it cancels it.
 */
export function useTracePrefetch(
  fetcher: TraceFetcher,
  model: PanelView,
  enabled: boolean,
  delayMs = PREFETCH_DELAY_MS
): (exemplar: number) => void {
  const [prefetcher] = useState(() => createHoverPrefetcher(delayMs));
  const enabledRef = useRef(enabled);

  useEffect(() => {
    enabledRef.current = enabled;
    if (!enabled) {
      prefetcher.cancel();
    }
  }, [enabled, prefetcher]);
  useEffect(() => () => prefetcher.cancel(), [prefetcher]);

  return useCallback(
    (exemplar: number) => {
      const valid = enabledRef.current && exemplar >= 0 && exemplar < model.exemplars.size;
      const ref = valid
        ? traceRefFor(traceTargetFor(model.exemplars, exemplar, model.rules), model.exemplars.timeMs[exemplar])
        : undefined;
      if (!ref) {
        prefetcher.hover(undefined);
        return;
      }
      prefetcher.hover(`${ref.datasourceUid}\u0000${ref.traceId}`, () => {
        if (enabledRef.current) {
          fetcher.prefetch(ref);
        }
      });
    },
    [fetcher, model, prefetcher]
  );
}
