import React from 'react';
import { css, cx } from '@emotion/css';
import { dateTimeFormat, GrafanaTheme2 } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import { labelValue } from '../../data/columnar';
import { formatLatency } from '../../data/formatLatency';
import { ExemplarSet, LabelColumn } from '../../data/model';
import { traceTargetFor } from '../../links/mapping';
import { EffectiveRule } from '../../links/types';
import { EXEMPLAR_ROW_HEIGHT } from './useExemplarRows';
import { virtualRowStyle } from '../virtualRowStyles';
import { testIds } from '../testIds';

interface Props {
  set: ExemplarSet;
  row: number;
  /** Pixels from the top of the virtual list. */
  top: number;
  rules: EffectiveRule[];
  isError: boolean;
  selected: boolean;
  /** The labels that tell the cluster's members apart; a label the set lacks has no column. */
  labelColumns: Array<{ name: string; column: LabelColumn | undefined }>;
  onSelect: (exemplar: number) => void;
  unit: string;
  timeZone: TimeZone;
}

/** One exemplar of the drawer's cluster list: latency, time, the distinguishing labels, its trace ID. */
export function ExemplarListRow({
  set,
  row,
  top,
  rules,
  isError,
  selected,
  labelColumns,
  onSelect,
  unit,
  timeZone,
}: Props) {
  const styles = useStyles2(getStyles);
  const target = traceTargetFor(set, row, rules);
  return (
    <div
      role="option"
      aria-selected={selected}
      className={cx(styles.row, selected && styles.selected)}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onSelect(row)}
      data-testid={testIds.drawer.exemplarRow}
    >
      <span className={cx(styles.latency, isError && styles.error)}>{formatLatency(set.value[row], unit)}</span>
      <span className={styles.time}>{dateTimeFormat(set.timeMs[row], { timeZone, format: 'HH:mm:ss' })}</span>
      {labelColumns.length > 0 && (
        <span
          className={styles.labels}
          title={labelColumns.map(({ name, column }) => `${name}=${labelValue(column, row) ?? ''}`).join(', ')}
        >
          {labelColumns.map(({ column }) => labelValue(column, row) ?? '—').join(' · ')}
        </span>
      )}
      <span className={styles.trace}>{target?.traceId ?? 'no trace ID'}</span>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({
    ...virtualRowStyle(theme, EXEMPLAR_ROW_HEIGHT),
    gap: theme.spacing(2),
    padding: theme.spacing(0, 1),
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  selected: css({ background: theme.colors.action.selected }),
  latency: css({ width: 80, flexShrink: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }),
  time: css({ width: 70, flexShrink: 0, color: theme.colors.text.secondary }),
  labels: css({
    flex: '1 1 0',
    minWidth: 0,
    color: theme.colors.text.secondary,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  }),
  trace: css({
    flex: '0 1 auto',
    minWidth: 0,
    fontFamily: theme.typography.fontFamilyMonospace,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  }),
  error: css({ color: theme.colors.error.text }),
});
