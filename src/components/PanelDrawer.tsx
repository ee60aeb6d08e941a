import React from 'react';
import { TraceDrawer, TraceDrawerProps, TraceSelection } from './drawer/TraceDrawer';
import { RegionDrawer } from './region/RegionDrawer';
import type { PanelRegion } from './region/useRegion';

interface Props extends Omit<TraceDrawerProps, 'selection' | 'region' | 'onClose'> {
  region: PanelRegion;
  selection?: TraceSelection;
  onAddToFilter: (label: string, value: string) => void;
  onCloseTrace: () => void;
}

/** The panel's one drawer: a region's when its box is open, otherwise the trace drawer of a clicked marker or row. */
export function PanelDrawer({ region, selection, onAddToFilter, onCloseTrace, ...drawer }: Props) {
  if (region.open) {
    return (
      <RegionDrawer {...drawer} region={region} onAddToFilter={onAddToFilter} onClose={() => region.setOpen(false)} />
    );
  }
  return selection ? <TraceDrawer {...drawer} selection={selection} onClose={onCloseTrace} /> : null;
}
