import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Alert, useStyles2 } from '@grafana/ui';
import { TraceFetchResult } from '../../trace/fetchTrace';
import { testIds } from '../testIds';

interface Props {
  state: Exclude<TraceFetchResult, { status: 'ok' | 'cancelled' }>;
  datasourceName: string;
  /** The retry button, for the problems that another attempt may fix. */
  retry: React.ReactNode;
}

/** Why the trace cannot be shown (not found yet, no answer, no such data source, not a trace ID, an error). */
export function TraceProblem({ state, datasourceName, retry }: Props) {
  const styles = useStyles2(getStyles);
  switch (state.status) {
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
  muted: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});
