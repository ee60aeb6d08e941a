import React from 'react';
import { PanelView } from '../view/panelView';
import { DrawerContextProps } from './drawer/drawerProps';
import { LinkedTraceDrawer } from './drawer/LinkedTraceDrawer';
import { TraceDrawer } from './drawer/TraceDrawer';
import { useTraceSelection } from './hooks/useTraceSelection';
import { RegionDrawer } from './region/RegionDrawer';
import type { PanelRegion } from './region/useRegion';

interface Props extends DrawerContextProps {
  model: PanelView;
  region: PanelRegion;
  selection: ReturnType<typeof useTraceSelection>;
  onAddToFilter: (label: string, value: string) => void;
}

/**
 * The panel's one drawer: a region's when its box is open; otherwise what the user opened (a marker's or a row's
 * exemplars) or a shared link holds (a trace the exemplars may no longer contain), with its span kept in the URL.
 */
export function PanelDrawer({ region, selection, onAddToFilter, ...props }: Props) {
  const { subject, close } = selection;
  if (region.open) {
    return (
      <RegionDrawer {...props} region={region} onAddToFilter={onAddToFilter} onClose={() => region.setOpen(false)} />
    );
  }
  const span = { initial: selection.spanId, onSelect: selection.onSelectSpan, onMissing: selection.onSpanMissing };
  if (subject?.kind === 'exemplars') {
    return <TraceDrawer {...props} selection={subject} span={span} onShow={selection.onShow} onClose={close} />;
  }
  if (subject?.kind === 'trace') {
    return (
      <LinkedTraceDrawer {...props} trace={subject.trace} datasource={subject.datasource} span={span} onClose={close} />
    );
  }
  return null;
}
