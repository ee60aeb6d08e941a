import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { Button, LoadingPlaceholder, useStyles2 } from '@grafana/ui';
import { LoadedTrace } from './LoadedTrace';
import { SpanUrlProps } from './useSharedSpan';
import { TraceProblem } from './TraceProblem';
import { TracePreviewState } from './useTracePreview';
import { testIds } from '../testIds';

interface Props {
  state: TracePreviewState;
  datasourceName: string;
  datasourceType: string;
  /** When the exemplar was recorded: a trace missing long after it is gone, not late. */
  exemplarTimeMs: number;
  onRetry: () => void;
  timeZone: TimeZone;
  /** The span the exemplar measured (its `span_id` label), when it carries one. */
  exemplarSpanId?: string;
  /** The selected span kept in the dashboard URL. */
  span?: SpanUrlProps;
}

/** The trace behind an exemplar, or a clear statement of why it cannot be shown yet. */
export function TracePreview({ state, datasourceName, onRetry, timeZone, exemplarSpanId, span, ...about }: Props) {
  const styles = useStyles2(getStyles);
  const retry = (
    <Button size="sm" variant="secondary" icon="sync" onClick={onRetry} data-testid={testIds.drawer.retry}>
      Retry
    </Button>
  );
  switch (state.status) {
    case 'idle':
    case 'cancelled':
      return null;
    case 'loading':
      return (
        <div className={styles.loading} data-testid={testIds.drawer.state} data-state="loading">
          <LoadingPlaceholder text={`Loading trace from ${datasourceName}…`} />
          <div className={styles.skeleton} />
          <div className={styles.skeleton} />
          <div className={styles.skeleton} />
        </div>
      );
    case 'ok':
      // A new exemplar of the same trace starts again at its own span.
      return (
        <LoadedTrace
          key={`${state.model.traceId}/${exemplarSpanId ?? ''}`}
          model={state.model}
          timeZone={timeZone}
          exemplarSpanId={exemplarSpanId}
          span={span}
        />
      );
    default:
      return <TraceProblem state={state} datasourceName={datasourceName} retry={retry} {...about} />;
  }
}

const getStyles = (theme: GrafanaTheme2) => ({
  loading: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
  skeleton: css({ height: 24, borderRadius: theme.shape.radius.default, background: theme.colors.action.hover }),
});
