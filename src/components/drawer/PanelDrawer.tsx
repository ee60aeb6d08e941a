import React from 'react';
import { TimeRange } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { TraceFetcher } from '../../trace/fetchTrace';
import { PanelView } from '../../view/panelView';
import { PromQuery } from '../hooks/useLatencyData';
import { useTraceSelection } from '../hooks/useTraceSelection';
import { LinkedTraceDrawer } from './LinkedTraceDrawer';
import { TraceDrawer } from './TraceDrawer';

interface Props {
  selection: ReturnType<typeof useTraceSelection>;
  model: PanelView;
  fetcher: TraceFetcher;
  timeRange: TimeRange;
  timeZone: TimeZone;
  latencyTargets: PromQuery[];
  prometheus?: { uid: string; type: string };
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
