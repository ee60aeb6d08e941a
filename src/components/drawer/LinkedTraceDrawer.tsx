import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Alert, Drawer, useStyles2 } from '@grafana/ui';
import { DataSourceInfo, TraceTarget } from '../../links/types';
import { OpenTrace } from '../../view/urlState';
import { DrawerContextProps } from './drawerProps';
import { TraceActions } from './TraceActions';
import { TracePreview } from './TracePreview';
import { traceRefFor } from './traceRef';
import { useCloseOnEscape } from './useCloseOnEscape';
import { SpanUrlProps } from './useSharedSpan';
import { useTracePreview } from './useTracePreview';
import { testIds } from '../testIds';

interface Props extends DrawerContextProps {
  trace: OpenTrace;
  datasource: DataSourceInfo;
  span: SpanUrlProps;
  onClose: () => void;
}

/**
 * A trace a shared link names that the panel's exemplars no longer contain (the exemplar aged out, or the range
 * moved): fetched directly by its ID from its data source, around the exemplar's time the link kept.
 */
export function LinkedTraceDrawer({ trace, datasource, fetcher, timeZone, span, onClose, ...props }: Props) {
  const styles = useStyles2(getStyles);
  const target = useMemo<TraceTarget>(
    () => ({
      kind: 'datasource',
      traceId: trace.traceId,
      labelName: '',
      datasource,
      rule: { labelName: '', kind: 'datasource', datasourceUid: datasource.uid, origin: 'panel', datasource },
    }),
    [trace.traceId, datasource]
  );
  const ref = useMemo(() => traceRefFor(target, trace.timeMs), [target, trace.timeMs]);
  const { state, retry } = useTracePreview(fetcher, ref);
  useCloseOnEscape(onClose);
  return (
    <Drawer
      title="Shared trace"
      subtitle={<span className={styles.mono}>{trace.traceId}</span>}
      onClose={onClose}
      size="md"
    >
      <div data-testid={testIds.drawer.container} data-linked-trace="true">
        <Alert severity="info" title="Not among the exemplars of this panel">
          The link names this trace; the current exemplars of this panel no longer contain it, so it is fetched by its
          ID from {datasource.name}.
        </Alert>
        <TraceActions {...props} target={target} exemplarTimeMs={trace.timeMs} />
        <TracePreview
          state={state}
          datasourceName={datasource.name}
          datasourceType={datasource.type}
          exemplarTimeMs={trace.timeMs}
          onRetry={retry}
          timeZone={timeZone}
          span={span}
        />
      </div>
    </Drawer>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  mono: css({ fontFamily: theme.typography.fontFamilyMonospace }),
});
