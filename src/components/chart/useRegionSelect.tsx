import React from 'react';
import type uPlot from 'uplot';
import type { RegionBox } from '../../region/box';
import { RegionOverlay } from './RegionOverlay';
import { useRegionDrag } from './useRegionDrag';
import { useRegionKeyboard } from './useRegionKeyboard';

/** What the chart needs to know of the region: the panel owns it (see `useRegion`). */
export interface ChartRegion {
  box?: RegionBox;
  count: number;
  /** Every drag draws a box; otherwise only a Shift-drag does, and a plain drag zooms. */
  selectMode: boolean;
  onBox: (box: RegionBox) => void;
  onOpen: () => void;
  onClear: () => void;
}

/** Box selection on the chart: drag (or Shift-drag), the keyboard alternative, and the box drawn over the plot. */
export function useRegionSelect(plot: uPlot | undefined, region: ChartRegion | undefined) {
  const noop = () => {};
  // A box drawn with the pointer opens at once; one moved with the keys opens on Enter.
  const draft = useRegionDrag(plot, region?.selectMode ?? false, (box) => {
    region?.onBox(box);
    region?.onOpen();
  });
  const keyboard = useRegionKeyboard(
    plot,
    region?.box,
    region?.onBox ?? noop,
    region?.onOpen ?? noop,
    region?.onClear ?? noop
  );
  const overlay =
    plot && region ? (
      <RegionOverlay
        plot={plot}
        box={region.box}
        draft={draft}
        count={region.count}
        editing={keyboard.editing}
        onOpen={region.onOpen}
        onClear={region.onClear}
      />
    ) : null;
  return { overlay, onKeyDown: region ? keyboard.onKeyDown : () => false };
}
