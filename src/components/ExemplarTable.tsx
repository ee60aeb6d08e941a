import React, { useMemo, useRef, useState } from 'react';
import { css, cx } from '@emotion/css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { dateTimeFormat, GrafanaTheme2 } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { FilterInput, Icon, useStyles2 } from '@grafana/ui';
import { labelsOf } from '../data/columnar';
import { PanelView } from '../view/panelView';
import { traceTargetFor } from '../links/mapping';
import { formatLatency } from '../data/formatLatency';
import { ExemplarSort, sortAndFilterExemplars } from './drawer/sortExemplars';
import { listKeyHandler } from './drawer/useListKeyboard';
import { testIds } from './testIds';

const ROW_HEIGHT = 28;
const HIDDEN_LABELS = new Set(['__name__']);

interface Props {
  model: PanelView;
  include: Uint8Array;
  height: number;
  timeZone: TimeZone;
  onOpen: (exemplar: number) => void;
}

function groupName(model: PanelView, exemplar: number): string {
  const group = model.groups[model.groupOfExemplar[exemplar]];
  if (!group) {
    return '—';
  }
  const labels = Object.entries(group.labels);
  return labels.length ? labels.map(([k, v]) => `${k}=${v}`).join(', ') : 'all';
}

/**
 * An accessible alternative to the markers: every shown exemplar as a row (time, latency, series,
 * trace ID, other labels), sortable, filterable, navigable by keyboard; a row opens its trace.
 */
export function ExemplarTable({ model, include, height, timeZone, onOpen }: Props) {
  const styles = useStyles2(getStyles);
  const [sort, setSort] = useState<ExemplarSort>('latency-desc');
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState(-1);
  const shown = useMemo(() => {
    const rows: number[] = [];
    include.forEach((flag, i) => flag && rows.push(i));
    return Uint32Array.from(rows);
  }, [include]);
  const rows = useMemo(
    () => sortAndFilterExemplars(model.exemplars, shown, sort, filter),
    [model.exemplars, shown, sort, filter]
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const unit = model.series[0]?.unit ?? 's';

  const sortButton = (label: string, key: 'latency' | 'time') => {
    const active = sort.startsWith(key);
    const next: ExemplarSort = `${key}-${active && sort.endsWith('desc') ? 'asc' : 'desc'}`;
    return (
      <button
        className={styles.sort}
        onClick={() => setSort(next)}
        aria-label={`Sort by ${label}`}
        aria-sort={active ? (sort.endsWith('desc') ? 'descending' : 'ascending') : 'none'}
      >
        {label}
        {active && <Icon name={sort.endsWith('desc') ? 'arrow-down' : 'arrow-up'} size="sm" />}
      </button>
    );
  };

  return (
    <div className={styles.table} style={{ height }} data-testid={testIds.table.container}>
      <div className={styles.toolbar}>
        <FilterInput
          placeholder='Filter: status=500, route=~"/api.*" or any text'
          value={filter}
          onChange={setFilter}
          width={36}
        />
        <span className={styles.muted}>
          {rows.length.toLocaleString()} of {shown.length.toLocaleString()} exemplars
        </span>
      </div>
      <div className={styles.header} role="row">
        <span className={styles.time}>{sortButton('Time', 'time')}</span>
        <span className={styles.latency}>{sortButton('Latency', 'latency')}</span>
        <span className={styles.series}>Series</span>
        <span className={styles.trace}>Trace ID</span>
        <span className={styles.labels}>Labels</span>
      </div>
      <div
        ref={scrollRef}
        className={styles.body}
        tabIndex={0}
        role="grid"
        aria-label="Exemplars. Up and down move, Enter opens the trace."
        onKeyDown={listKeyHandler(rows, selected, setSelected, (i) => virtualizer.scrollToIndex(i), onOpen)}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
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
                key={item.key}
                role="row"
                aria-selected={row === selected}
                className={cx(styles.row, row === selected && styles.selected)}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setSelected(row);
                  onOpen(row);
                }}
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
          })}
        </div>
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => {
  const cell = {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap' as const,
    paddingRight: theme.spacing(1),
  };
  return {
    table: css({ display: 'flex', flexDirection: 'column', fontSize: theme.typography.bodySmall.fontSize }),
    toolbar: css({ display: 'flex', gap: theme.spacing(1), alignItems: 'center', marginBottom: theme.spacing(0.5) }),
    header: css({
      display: 'flex',
      padding: theme.spacing(0, 1),
      borderBottom: `1px solid ${theme.colors.border.medium}`,
      fontWeight: theme.typography.fontWeightMedium,
      height: ROW_HEIGHT,
      alignItems: 'center',
    }),
    body: css({
      flex: 1,
      overflow: 'auto',
      outline: 'none',
      '&:focus-visible': { boxShadow: `inset 0 0 0 2px ${theme.colors.primary.main}` },
    }),
    row: css({
      position: 'absolute',
      left: 0,
      right: 0,
      height: ROW_HEIGHT,
      display: 'flex',
      alignItems: 'center',
      padding: theme.spacing(0, 1),
      cursor: 'pointer',
      borderBottom: `1px solid ${theme.colors.border.weak}`,
      '&:hover': { background: theme.colors.action.hover },
    }),
    selected: css({ background: theme.colors.action.selected }),
    sort: css({
      background: 'none',
      border: 'none',
      color: 'inherit',
      font: 'inherit',
      padding: 0,
      cursor: 'pointer',
      display: 'inline-flex',
      gap: 2,
      alignItems: 'center',
    }),
    time: css({ ...cell, width: 120, flexShrink: 0 }),
    latency: css({ ...cell, width: 80, flexShrink: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }),
    series: css({ ...cell, width: 160, flexShrink: 0 }),
    trace: css({ ...cell, width: 260, flexShrink: 0, fontFamily: theme.typography.fontFamilyMonospace }),
    labels: css({ ...cell, flex: 1, color: theme.colors.text.secondary }),
    error: css({ color: theme.colors.error.text }),
    muted: css({ color: theme.colors.text.secondary }),
  };
};
