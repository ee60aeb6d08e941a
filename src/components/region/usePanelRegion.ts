import { useCallback, useMemo } from 'react';
import type { PanelOptions } from '../../types';
import { filterWith } from '../../view/region';
import type { ChartRegion } from '../chart/useRegionSelect';
import type { PanelView } from '../../view/panelView';
import type { PanelServices } from '../../services/panelServices';
import { useRegion } from './useRegion';
import { useRegionUrl } from './useRegionUrl';

interface Inputs {
  model: PanelView;
  include: Uint8Array;
  selectMode: boolean;
  closeTraceDrawer: () => void;
  openExemplars: (members: Uint32Array, first: number) => void;
  options: PanelOptions;
  onOptionsChange: (options: PanelOptions) => void;
  /** The URL that keeps the box: the page's, under this panel's key, once its data is in. */
  url: { services: PanelServices; panelKey: string; ready: boolean };
}

/**
 * How the panel's region meets the chart and the drawers: one drawer at a time, so opening the region closes a
 * cluster's drawer and a marker click closes the region's (its box stays); a label value joins the panel's filter.
 */
export function usePanelRegion(inputs: Inputs) {
  const { selectMode, closeTraceDrawer, openExemplars, options, onOptionsChange } = inputs;
  const region = useRegion(inputs.model, inputs.include);
  useRegionUrl({ ...inputs.url, region });
  const { choice, view, setBox, setOpen, clear } = region;
  const chart = useMemo<ChartRegion>(
    () => ({
      box: choice?.box,
      count: view?.summary.count ?? 0,
      selectMode,
      onBox: setBox,
      onOpen: () => {
        closeTraceDrawer();
        setOpen(true);
      },
      onClear: clear,
    }),
    [choice, view, selectMode, setBox, setOpen, clear, closeTraceDrawer]
  );
  const onOpenExemplars = useCallback(
    (members: Uint32Array, first: number) => {
      setOpen(false);
      openExemplars(members, first);
    },
    [setOpen, openExemplars]
  );
  const onAddToFilter = (label: string, value: string) =>
    onOptionsChange({
      ...options,
      exemplars: { ...options.exemplars, filter: filterWith(options.exemplars.filter ?? '', label, value) },
    });
  return { region, chart, onOpenExemplars, onAddToFilter };
}
