import React from 'react';
import { css } from '@emotion/css';
import { dateTimeFormat, GrafanaTheme2 } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import { labelsOf } from '../../data/columnar';
import { ExemplarSet } from '../../data/model';
import { formatLatency } from '../../data/formatLatency';
import { testIds } from '../testIds';

/** The exemplar that led here: its latency, time and every label, as text. */
export function ExemplarDetails({
  set,
  row,
  unit,
  timeZone,
  isError,
}: {
  set: ExemplarSet;
  row: number;
  unit: string;
  timeZone: TimeZone;
  isError: boolean;
}) {
  const styles = useStyles2(getStyles);
  const labels = labelsOf(set, row);
  return (
    <div className={styles.details} data-testid={testIds.drawer.exemplarDetails}>
      <div className={styles.head}>
        <span className={isError ? styles.error : undefined}>{formatLatency(set.value[row], unit)}</span>
        <span className={styles.muted}>{dateTimeFormat(set.timeMs[row], { timeZone })}</span>
      </div>
      <div className={styles.labels}>
        {Object.entries(labels).map(([name, value]) => (
          <span key={name} className={styles.label}>
            <span className={styles.muted}>{name}=</span>
            {value}
          </span>
        ))}
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  details: css({ marginBottom: theme.spacing(1), fontSize: theme.typography.bodySmall.fontSize }),
  head: css({
    display: 'flex',
    gap: theme.spacing(2),
    fontSize: theme.typography.body.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
  }),
  labels: css({ display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5), marginTop: theme.spacing(0.5) }),
  label: css({
    background: theme.colors.background.secondary,
    borderRadius: theme.shape.radius.default,
    padding: theme.spacing(0, 0.5),
    fontFamily: theme.typography.fontFamilyMonospace,
    overflowWrap: 'anywhere',
  }),
  muted: css({ color: theme.colors.text.secondary }),
  error: css({ color: theme.colors.error.text }),
});
