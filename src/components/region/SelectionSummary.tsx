import React from 'react';
import { css } from '@emotion/css';
import { dateTimeFormat, GrafanaTheme2 } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { Button, useStyles2 } from '@grafana/ui';
import type { LabelMatcher } from '../../data/exemplarFilter';
import { formatLatency } from '../../data/formatLatency';
import type { SelectionSummary as Summary } from '../../region/summary';
import { testIds } from '../testIds';

interface Props {
  summary: Summary;
  /** Baseline size, so the viewer sees what the selection is compared with. */
  baselineCount: number;
  narrow: LabelMatcher[];
  onWiden: () => void;
  unit: string;
  timeZone: TimeZone;
}

/** What the box holds: how many exemplars, their latency figures and the time they span. */
export function SelectionSummary({ summary, baselineCount, narrow, onWiden, unit, timeZone }: Props) {
  const styles = useStyles2(getStyles);
  const figures: Array<[string, number]> = [
    ['min', summary.minValue],
    ['p50', summary.p50],
    ['p90', summary.p90],
    ['p99', summary.p99],
    ['max', summary.maxValue],
  ];
  return (
    <div className={styles.summary} data-testid={testIds.region.summary}>
      <div className={styles.line}>
        <strong>{summary.count.toLocaleString()} exemplars selected</strong>
        <span className={styles.muted}>baseline {baselineCount.toLocaleString()}</span>
      </div>
      {summary.count === 0 ? (
        <div className={styles.muted}>
          No exemplar in the box: draw it over some markers, or show the series and exemplars it covers.
        </div>
      ) : (
        <>
          <div className={styles.line}>
            {figures.map(([name, value]) => (
              <span key={name}>
                <span className={styles.muted}>{name} </span>
                {formatLatency(value, unit)}
              </span>
            ))}
          </div>
          <div className={styles.line}>
            <span className={styles.muted}>time</span>
            {dateTimeFormat(summary.fromMs, { timeZone })} – {dateTimeFormat(summary.toMs, { timeZone })}
            <span className={styles.muted}>({formatLatency(summary.spanMs, 'ms')})</span>
          </div>
        </>
      )}
      {narrow.length > 0 && (
        <div className={styles.line}>
          <span className={styles.muted}>narrowed to</span>
          <code>{narrow.map((m) => `${m.label}="${m.value}"`).join(', ')}</code>
          <Button size="sm" variant="secondary" fill="text" icon="times" onClick={onWiden}>
            Whole box
          </Button>
        </div>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  summary: css({ marginBottom: theme.spacing(1), fontSize: theme.typography.bodySmall.fontSize }),
  line: css({ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: theme.spacing(1.5) }),
  muted: css({ color: theme.colors.text.secondary }),
});
