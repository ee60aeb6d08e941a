import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Alert, useStyles2 } from '@grafana/ui';
import { TraceFetchResult } from '../../trace/fetchTrace';
import { notFoundAdvice } from '../../trace/notFoundAdvice';
import { testIds } from '../testIds';

type Problem = Exclude<TraceFetchResult, { status: 'ok' | 'cancelled' }>;

interface Props {
  state: Problem;
  datasourceName: string;
  /** The tracing data source's type and the exemplar's time: whether a missing trace is late or long gone. */
  datasourceType: string;
  exemplarTimeMs: number;
  /** The retry button, for the problems that another attempt may fix. */
  retry: React.ReactNode;
}

interface ProblemText {
  severity: 'info' | 'warning' | 'error';
  title: string;
  /** The value of `data-state`, which the browser tests read. */
  testState: string;
  /** What happened, in the data source's words or ours. */
  body: React.ReactNode;
  /** What to do or why, in muted text. */
  hint?: React.ReactNode;
  /** Whether another attempt may help. */
  retryable: boolean;
}

/** What each problem says. One table, so that every problem is shown the same way. */
function problemText(
  state: Problem,
  { datasourceName, datasourceType, exemplarTimeMs }: Omit<Props, 'state' | 'retry'>
): ProblemText {
  switch (state.status) {
    case 'not-found': {
      // Said once, by the exemplar's age: the fetcher's own message would repeat it.
      const advice = notFoundAdvice({ name: datasourceName, type: datasourceType }, exemplarTimeMs, Date.now());
      return {
        severity: 'info',
        title: advice.title,
        testState: 'not-found',
        body: advice.body,
        retryable: true,
      };
    }
    case 'timeout':
      return {
        severity: 'warning',
        title: 'The tracing data source did not answer in time',
        testState: 'timeout',
        body: `No answer from ${datasourceName} after ${Math.round(state.ms / 1000)} s.`,
        retryable: true,
      };
    case 'datasource-missing':
      return {
        severity: 'error',
        title: 'Tracing data source not found',
        testState: 'datasource-missing',
        body: state.message,
        hint: 'Pick an existing Tempo, Jaeger or Zipkin data source in the panel options (Trace links), or fix the Prometheus data source exemplar settings.',
        retryable: false,
      };
    case 'unsupported-datasource':
      return {
        severity: 'error',
        title: 'This data source cannot show traces here',
        testState: 'unsupported',
        body: state.message,
        retryable: false,
      };
    case 'invalid-trace-id':
      return {
        severity: 'warning',
        title: 'Not a trace ID',
        testState: 'invalid-trace-id',
        body: state.message,
        hint: `The exemplar label mapped to traces holds something else; ${datasourceName} was not asked.`,
        retryable: false,
      };
    case 'error':
      return {
        severity: 'error',
        title: `${datasourceName} returned an error`,
        testState: 'error',
        body: state.message,
        retryable: true,
      };
  }
}

/** Why the trace cannot be shown (not found yet, no answer, no such data source, not a trace ID, an error). */
export function TraceProblem({ state, retry, ...about }: Props) {
  const styles = useStyles2(getStyles);
  const text = problemText(state, about);
  return (
    <Alert severity={text.severity} title={text.title} data-testid={testIds.drawer.state} data-state={text.testState}>
      <p>{text.body}</p>
      {text.hint && <p className={styles.muted}>{text.hint}</p>}
      {text.retryable && retry}
    </Alert>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  muted: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});
