import { useEffect, useMemo, useRef } from 'react';
import type { PanelServices } from '../../services/panelServices';
import { regionSyncStep, type RegionSynced } from '../../view/regionSync';
import { parsePanelUrlState, parseRegionUrl, regionUrlUpdate, type UrlRegion } from '../../view/urlState';
import { usePageSearch } from '../hooks/usePageSearch';
import type { PanelRegion } from './useRegion';

interface Inputs {
  services: PanelServices;
  panelKey: string;
  region: PanelRegion;
  /** The panel's data is in: a shared box opens its drawer over the exemplars, not over an empty panel. */
  ready: boolean;
}

/**
 * The region in the dashboard URL (`etp-<key>-box`, and `view=selection` while its drawer is open), so a reload,
 * Back and a shared link find the box and its drawer again. While a trace or cluster drawer holds the URL the
 * region is left alone; its box stays drawn and comes back into the URL when that drawer closes.
 */
export function useRegionUrl({ services, panelKey, region, ready }: Inputs) {
  const params = usePageSearch(services);
  const url = useMemo(() => parseRegionUrl(panelKey, params), [panelKey, params]);
  const traceDrawer = useMemo(() => {
    const drawer = parsePanelUrlState(panelKey, params).drawer;
    return drawer !== undefined && drawer.view !== 'selection';
  }, [panelKey, params]);
  const { choice, open, setBox, setOpen, clear } = region;
  const local = useMemo<UrlRegion | undefined>(() => choice && { box: choice.box, open }, [choice, open]);
  const synced = useRef<RegionSynced>('unknown');

  useEffect(() => {
    if (!ready || traceDrawer) {
      synced.current = traceDrawer ? 'unknown' : synced.current;
      return;
    }
    const step = regionSyncStep(url, local, synced.current);
    if (step.kind === 'write') {
      services.updateQuery(regionUrlUpdate(panelKey, step.region), step.replace);
      synced.current = step.region;
      return;
    }
    synced.current = url;
    if (step.kind === 'adopt' && step.region) {
      const { box } = step.region;
      const current = local?.box;
      const same = current && (['fromMs', 'toMs', 'minValue', 'maxValue'] as const).every((k) => current[k] === box[k]);
      if (!same) {
        setBox(box);
      }
      setOpen(step.region.open);
    } else if (step.kind === 'adopt') {
      clear();
    }
  }, [ready, traceDrawer, url, local, services, panelKey, setBox, setOpen, clear]);
}
