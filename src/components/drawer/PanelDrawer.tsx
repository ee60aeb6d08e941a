import React from 'react';
import { PanelView } from '../../view/panelView';
import { DrawerContextProps } from './drawerProps';
import { useTraceSelection } from '../hooks/useTraceSelection';
import { LinkedTraceDrawer } from './LinkedTraceDrawer';
import { TraceDrawer } from './TraceDrawer';

interface Props extends DrawerContextProps {
  selection: ReturnType<typeof useTraceSelection>;
  model: PanelView;
}

/** The drawer for what is open: exemplars of the panel, or a shared trace the exemplars no longer contain. */
export function PanelDrawer({ selection, ...props }: Props) {
  const { subject, close } = selection;
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
