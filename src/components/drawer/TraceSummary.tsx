import React from 'react';
import { css } from '@emotion/css';
import { dateTimeFormat, GrafanaTheme2 } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { ClipboardButton, useStyles2 } from '@grafana/ui';
import { TraceModel } from '../../trace/types';
import { formatLatency } from '../../data/formatLatency';
import { testIds } from '../testIds';

/** The trace at a glance: root operation, service, duration, start, spans, services, errors, ID. */
export function TraceSummary({ model, timeZone }: { model: TraceModel; timeZone: TimeZone }) {
  const styles = useStyles2(getStyles);
  const errors = model.errorPositions.length;
  return (
    <div className={styles.summary} data-testid={testIds.drawer.summary}>
      <div className={styles.title}>
        <strong>{model.root.operationName}</strong>
        <span className={styles.muted}>{model.root.serviceName}</span>
      </div>
      <div className={styles.facts}>
        <span>
          <span className={styles.muted}>Duration </span>
          {formatLatency(model.durationMs / 1000, 's')}
        </span>
        <span>
          <span className={styles.muted}>Start </span>
          {dateTimeFormat(model.startMs, { timeZone })}
        </span>
        <span>
          <span className={styles.muted}>Spans </span>
          {model.spanCount.toLocaleString()}
        </span>
        <span>
          <span className={styles.muted}>Services </span>
          {model.serviceCount}
        </span>
        <span className={errors ? styles.error : undefined}>
          <span className={styles.muted}>Errors </span>
          {errors}
        </span>
      </div>
      <div className={styles.id}>
        <span className={styles.mono}>{model.traceId}</span>
        <ClipboardButton size="sm" variant="secondary" fill="text" icon="copy" getText={() => model.traceId}>
          Copy ID
        </ClipboardButton>
      </div>
      {model.warnings.length > 0 && (
        <ul className={styles.warnings}>
          {model.warnings.map((w) => (
            <li key={w.kind}>{w.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  summary: css({ marginBottom: theme.spacing(1) }),
  title: css({
    display: 'flex',
    gap: theme.spacing(1),
    alignItems: 'baseline',
    fontSize: theme.typography.h5.fontSize,
  }),
  facts: css({ display: 'flex', flexWrap: 'wrap', gap: theme.spacing(2), margin: theme.spacing(0.5, 0) }),
  id: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1) }),
  muted: css({ color: theme.colors.text.secondary }),
  mono: css({ fontFamily: theme.typography.fontFamilyMonospace, fontSize: theme.typography.bodySmall.fontSize }),
  error: css({ color: theme.colors.error.text }),
  warnings: css({
    color: theme.colors.warning.text,
    fontSize: theme.typography.bodySmall.fontSize,
    paddingLeft: theme.spacing(2),
  }),
});
