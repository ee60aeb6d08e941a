import React from 'react';
import { css } from '@emotion/css';
import { dateTimeFormat, GrafanaTheme2 } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import { ClusterSummary } from '../../cluster';
import { formatLatency } from '../../data/formatLatency';
import { testIds } from '../testIds';

interface ExemplarTooltipProps {
  summary: ClusterSummary;
  traceId?: string;
  unit: string;
  timeZone: TimeZone;
  color: string;
}

/** Summary of the exemplar or cluster under the pointer; a click opens the trace preview. */
export function ExemplarTooltip({ summary, traceId, unit, timeZone, color }: ExemplarTooltipProps) {
  const styles = useStyles2(getTooltipStyles);
  const single = summary.count === 1;
  return (
    <div className={styles.tooltip} data-testid={testIds.chart.exemplarTooltip}>
      <div className={styles.header}>
        <span className={styles.swatch} style={{ background: color }} />
        {single ? 'Exemplar' : `${summary.count} exemplars`}
        {summary.errorCount > 0 && <span className={styles.error}> · {summary.errorCount} failed</span>}
      </div>
      <div className={styles.row}>
        <span className={styles.name}>Latency</span>
        <span className={styles.value}>
          {single
            ? formatLatency(summary.maxValue, unit)
            : `${formatLatency(summary.minValue, unit)} · median ${formatLatency(summary.medianValue, unit)} · max ${formatLatency(summary.maxValue, unit)}`}
        </span>
      </div>
      <div className={styles.row}>
        <span className={styles.name}>Time</span>
        <span className={styles.value}>
          {dateTimeFormat(summary.fromMs, { timeZone })}
          {!single && summary.toMs !== summary.fromMs
            ? ` – ${dateTimeFormat(summary.toMs, { timeZone, format: 'HH:mm:ss' })}`
            : ''}
        </span>
      </div>
      {summary.topLabels.map((label) => (
        <div key={label.name} className={styles.row}>
          <span className={styles.name}>{label.name}</span>
          <span className={styles.value}>
            {label.values.map((v) => (single ? v.value : `${v.value} (${v.count})`)).join(', ')}
          </span>
        </div>
      ))}
      <div className={styles.row}>
        <span className={styles.name}>{single ? 'Trace' : 'Slowest trace'}</span>
        <span className={styles.mono}>{traceId ?? 'no trace ID label'}</span>
      </div>
      <div className={styles.hint}>Click to preview the trace{single ? '' : 's'}</div>
    </div>
  );
}

/** Shared with SeriesTooltip. */
export const getTooltipStyles = (theme: GrafanaTheme2) => ({
  tooltip: css({ padding: theme.spacing(1), fontSize: theme.typography.bodySmall.fontSize, maxWidth: 420 }),
  header: css({
    fontWeight: theme.typography.fontWeightMedium,
    marginBottom: theme.spacing(0.5),
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  }),
  row: css({ display: 'flex', gap: theme.spacing(1), alignItems: 'baseline', lineHeight: 1.6 }),
  swatch: css({ width: 10, height: 3, borderRadius: 1, display: 'inline-block', flexShrink: 0, alignSelf: 'center' }),
  name: css({ color: theme.colors.text.secondary, flexShrink: 0 }),
  value: css({ marginLeft: 'auto', textAlign: 'right', overflowWrap: 'anywhere' }),
  mono: css({ marginLeft: 'auto', fontFamily: theme.typography.fontFamilyMonospace, overflowWrap: 'anywhere' }),
  error: css({ color: theme.colors.error.text }),
  hint: css({ marginTop: theme.spacing(0.5), color: theme.colors.text.secondary }),
});
