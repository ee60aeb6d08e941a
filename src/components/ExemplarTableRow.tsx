import React from 'react';
import { cx } from '@emotion/css';
import { dateTimeFormat } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import { labelsOf } from '../data/columnar';
import { formatLatency } from '../data/formatLatency';
import { traceTargetFor } from '../links/mapping';
import { PanelView } from '../view/panelView';
import { getExemplarTableStyles } from './exemplarTableStyles';
import { testIds } from './testIds';

const HIDDEN_LABELS = new Set(['__name__']);

function groupName(model: PanelView, exemplar: number): string {
  const group = model.groups[model.groupOfExemplar[exemplar]];
  if (!group) {
    return '—';
  }
  const labels = Object.entries(group.labels);
  return labels.length ? labels.map(([k, v]) => `${k}=${v}`).join(', ') : 'all';
}

interface Props {
  model: PanelView;
  row: number;
  /** Pixels from the top of the virtual list. */
  top: number;
  selected: boolean;
  unit: string;
  timeZone: TimeZone;
  onClick: () => void;
}

/** One exemplar of the table: time, latency, its series, trace ID, and the labels the other columns do not show. */
export function ExemplarTableRow({ model, row, top, selected, unit, timeZone, onClick }: Props) {
  const styles = useStyles2(getExemplarTableStyles);
  const labels = labelsOf(model.exemplars, row);
  const target = traceTargetFor(model.exemplars, row, model.rules);
  const other = Object.entries(labels).filter(
    ([name]) =>
      !HIDDEN_LABELS.has(name) &&
      name !== target?.labelName &&
      !(name in (model.groups[model.groupOfExemplar[row]]?.labels ?? {}))
  );
  return (
    <div
      role="row"
      aria-selected={selected}
      className={cx(styles.row, selected && styles.selected)}
      style={{ transform: `translateY(${top}px)` }}
      onClick={onClick}
      data-testid={testIds.table.row}
    >
      <span className={styles.time}>
        {dateTimeFormat(model.exemplars.timeMs[row], { timeZone, format: 'MM-DD HH:mm:ss' })}
      </span>
      <span className={cx(styles.latency, model.isError[row] === 1 && styles.error)}>
        {formatLatency(model.exemplars.value[row], unit)}
      </span>
      <span className={styles.series}>{groupName(model, row)}</span>
      <span className={styles.trace}>{target?.traceId ?? '—'}</span>
      <span className={styles.labels}>{other.map(([k, v]) => `${k}=${v}`).join(' ')}</span>
    </div>
  );
}
