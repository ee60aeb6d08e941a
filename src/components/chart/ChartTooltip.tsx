import React from 'react';
import { dateTimeFormat } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import { ClusterSummary } from '../../cluster';
import { formatLatency } from '../../data/formatLatency';
import { TraceTarget } from '../../links/types';
import { clickAction } from '../../view/clickAction';
import { ClusterSeries } from '../../view/clusterSeries';
import { tooltipLabels } from '../../view/tooltipLabels';
import { testIds } from '../testIds';
import { TooltipLabelRows } from './TooltipLabelRows';
import { getTooltipStyles } from './tooltipStyles';

interface ExemplarTooltipProps {
  summary: ClusterSummary;
  /** Where the representative links to; undefined when no label of it is mapped to a trace ID. */
  target?: TraceTarget;
  unit: string;
  timeZone: TimeZone;
  color: string;
  /** List every label, the scrape labels too. */
  allLabels?: boolean;
  /** The series of a cluster that mixes several (empty otherwise); their own labels are then not listed again. */
  series?: ClusterSeries[];
  seriesLabelNames?: ReadonlySet<string>;
}

/** Summary of the exemplar or cluster under the pointer, and what a click on it does. */
export function ExemplarTooltip(props: ExemplarTooltipProps) {
  const { summary, target, unit, timeZone, color, allLabels = false, series = [], seriesLabelNames } = props;
  const labels =
    series.length > 0 ? summary.topLabels.filter((l) => !seriesLabelNames?.has(l.name)) : summary.topLabels;
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
            : `min ${formatLatency(summary.minValue, unit)} · median ${formatLatency(summary.medianValue, unit)} · max ${formatLatency(summary.maxValue, unit)}`}
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
      {series.length > 0 && (
        <div className={styles.row} data-testid={testIds.chart.tooltipSeries}>
          <span className={styles.name}>Series</span>
          <span className={styles.value}>{series.map((s) => `${s.name} (${s.count})`).join(', ')}</span>
        </div>
      )}
      <TooltipLabelRows labels={tooltipLabels(labels, target?.labelName, allLabels)} single={single} />
      <div className={styles.row}>
        <span className={styles.name}>{single ? 'Trace' : 'Slowest trace'}</span>
        <span className={styles.mono}>{target?.traceId ?? 'no trace ID label'}</span>
      </div>
      <div className={styles.hint} data-testid={testIds.chart.tooltipAction}>
        {clickAction(target, summary.count)}
      </div>
    </div>
  );
}
