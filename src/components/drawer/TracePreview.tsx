import React, { useMemo, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { Alert, Button, LoadingPlaceholder, useStyles2 } from '@grafana/ui';
import { findSpanPosition } from '../../trace/exemplarSpan';
import { getSpanDetails } from '../../trace/spanDetails';
import { TraceModel } from '../../trace/types';
import { SpanDetailsView } from './SpanDetailsView';
import { TracePreviewState } from './useTracePreview';
import { TraceSummary } from './TraceSummary';
import { Waterfall } from './Waterfall';
import { testIds } from '../testIds';

interface Props {
  state: TracePreviewState;
  datasourceName: string;
  onRetry: () => void;
  timeZone: TimeZone;
  /** The span the exemplar measured (its `span_id` label), when it carries one. */
  exemplarSpanId?: string;
}

/** The exemplar's own span when it is in the trace, else the first error span, else the root. */
function firstInterestingSpan(model: TraceModel, exemplarPosition: number): number {
  if (exemplarPosition >= 0) {
    return exemplarPosition;
  }
  return model.errorPositions.length > 0 ? model.errorPositions[0] : model.root.position;
}

function LoadedTrace({
  model,
  timeZone,
  exemplarSpanId,
}: {
  model: TraceModel;
  timeZone: TimeZone;
  exemplarSpanId?: string;
}) {
  const exemplarPosition = useMemo(() => findSpanPosition(model, exemplarSpanId), [model, exemplarSpanId]);
  const [selected, setSelected] = useState(() => firstInterestingSpan(model, exemplarPosition));
  const details = useMemo(() => getSpanDetails(model, selected), [model, selected]);
  return (
    <>
      <TraceSummary model={model} timeZone={timeZone} />
      <Waterfall
        model={model}
        selected={selected}
        onSelect={setSelected}
        exemplarPosition={exemplarPosition}
        height={Math.min(420, Math.max(1, model.spanCount) * 24)}
      />
      {details && <SpanDetailsView details={details} timeZone={timeZone} />}
    </>
  );
}

/** The trace behind an exemplar, or a clear statement of why it cannot be shown yet. */
export function TracePreview({ state, datasourceName, onRetry, timeZone, exemplarSpanId }: Props) {
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
        />
      );
    case 'not-found':
      return (
        <Alert severity="info" title="Trace not found yet" data-testid={testIds.drawer.state} data-state="not-found">
          <p>
            {datasourceName} has no trace with this ID. Traces are usually ingested a few seconds after their exemplar
            is scraped; it may also have been sampled out or expired.
          </p>
          <p className={styles.muted}>{state.message}</p>
          {retry}
        </Alert>
      );
    case 'timeout':
      return (
        <Alert
          severity="warning"
          title="The tracing data source did not answer in time"
          data-testid={testIds.drawer.state}
          data-state="timeout"
        >
          <p>
            No answer from {datasourceName} after {Math.round(state.ms / 1000)} s.
          </p>
          {retry}
        </Alert>
      );
    case 'datasource-missing':
      return (
        <Alert
          severity="error"
          title="Tracing data source not found"
          data-testid={testIds.drawer.state}
          data-state="datasource-missing"
        >
          <p>{state.message}</p>
          <p>
            Pick an existing Tempo, Jaeger or Zipkin data source in the panel options (Trace links), or fix the
            Prometheus data source exemplar settings.
          </p>
        </Alert>
      );
    case 'unsupported-datasource':
      return (
        <Alert
          severity="error"
          title="This data source cannot show traces here"
          data-testid={testIds.drawer.state}
          data-state="unsupported"
        >
          <p>{state.message}</p>
        </Alert>
      );
    case 'invalid-trace-id':
      return (
        <Alert
          severity="warning"
          title="Not a trace ID"
          data-testid={testIds.drawer.state}
          data-state="invalid-trace-id"
        >
          <p>{state.message}</p>
          <p className={styles.muted}>
            The exemplar label mapped to traces holds something else; {datasourceName} was not asked.
          </p>
        </Alert>
      );
    case 'error':
      return (
        <Alert
          severity="error"
          title={`${datasourceName} returned an error`}
          data-testid={testIds.drawer.state}
          data-state="error"
        >
          <p>{state.message}</p>
          {retry}
        </Alert>
      );
  }
}

const getStyles = (theme: GrafanaTheme2) => ({
  loading: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
  skeleton: css({ height: 24, borderRadius: theme.shape.radius.default, background: theme.colors.action.hover }),
  muted: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});
