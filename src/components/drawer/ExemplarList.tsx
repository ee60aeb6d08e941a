import React, { useMemo, useRef, useState } from 'react';
import { css, cx } from '@emotion/css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { dateTimeFormat, GrafanaTheme2 } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { FilterInput, RadioButtonGroup, useStyles2 } from '@grafana/ui';
import { findLabel, labelValue } from '../../data/columnar';
import { ExemplarSet } from '../../data/model';
import { EffectiveRule } from '../../links/types';
import { traceTargetFor } from '../../links/mapping';
import { formatLatency } from '../../data/formatLatency';
import { distinguishingLabels, ExemplarSort, sortAndFilterExemplars } from './sortExemplars';
import { listKeyHandler } from './useListKeyboard';
import { testIds } from '../testIds';

const ROW_HEIGHT = 28;
const SORTS: Array<{ label: string; value: ExemplarSort }> = [
  { label: 'Slowest', value: 'latency-desc' },
  { label: 'Fastest', value: 'latency-asc' },
  { label: 'Newest', value: 'time-desc' },
  { label: 'Oldest', value: 'time-asc' },
];

interface Props {
  set: ExemplarSet;
  members: Uint32Array;
  rules: EffectiveRule[];
  isError: Uint8Array;
  selected: number;
  onSelect: (exemplar: number) => void;
  unit: string;
  timeZone: TimeZone;
}

/** Every exemplar of a cluster, sortable and filterable, to preview one trace after another. */
export function ExemplarList({ set, members, rules, isError, selected, onSelect, unit, timeZone }: Props) {
  const styles = useStyles2(getStyles);
  const [sort, setSort] = useState<ExemplarSort>('latency-desc');
  const [filter, setFilter] = useState('');
  const rows = useMemo(() => sortAndFilterExemplars(set, members, sort, filter), [set, members, sort, filter]);
  // What tells the members apart (route, status…), shown on each row beside latency and time.
  const labelColumns = useMemo(
    () =>
      distinguishingLabels(
        set,
        members,
        rules.map((rule) => rule.labelName)
      ).map((name) => ({ name, column: findLabel(set, name) })),
    [set, members, rules]
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  const onKeyDown = listKeyHandler(rows, selected, onSelect, (i) => virtualizer.scrollToIndex(i));

  return (
    <div className={styles.list} data-testid={testIds.drawer.exemplarList}>
      <div className={styles.controls}>
        <RadioButtonGroup size="sm" options={SORTS} value={sort} onChange={setSort} />
        <FilterInput placeholder="Filter: route=/api/cart or any text" value={filter} onChange={setFilter} width={32} />
        <span className={styles.muted}>
          {rows.length.toLocaleString()} of {members.length.toLocaleString()}
        </span>
      </div>
      <div
        ref={scrollRef}
        className={styles.scroll}
        tabIndex={0}
        onKeyDown={onKeyDown}
        role="listbox"
        aria-label="Exemplars in this cluster"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            const target = traceTargetFor(set, row, rules);
            return (
              <div
                key={item.key}
                role="option"
                aria-selected={row === selected}
                className={cx(styles.row, row === selected && styles.selected)}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={() => onSelect(row)}
                data-testid={testIds.drawer.exemplarRow}
              >
                <span className={cx(styles.latency, isError[row] === 1 && styles.error)}>
                  {formatLatency(set.value[row], unit)}
                </span>
                <span className={styles.time}>{dateTimeFormat(set.timeMs[row], { timeZone, format: 'HH:mm:ss' })}</span>
                {labelColumns.length > 0 && (
                  <span
                    className={styles.labels}
                    title={labelColumns
                      .map(({ name, column }) => `${name}=${labelValue(column, row) ?? ''}`)
                      .join(', ')}
                  >
                    {labelColumns.map(({ column }) => labelValue(column, row) ?? '—').join(' · ')}
                  </span>
                )}
                <span className={styles.trace}>{target?.traceId ?? 'no trace ID'}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  list: css({ marginBottom: theme.spacing(1) }),
  controls: css({
    display: 'flex',
    gap: theme.spacing(1),
    alignItems: 'center',
    flexWrap: 'wrap',
    marginBottom: theme.spacing(0.5),
  }),
  scroll: css({
    maxHeight: 180,
    overflow: 'auto',
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    outline: 'none',
    '&:focus-visible': { boxShadow: `inset 0 0 0 2px ${theme.colors.primary.main}` },
  }),
  row: css({
    position: 'absolute',
    left: 0,
    right: 0,
    height: ROW_HEIGHT,
    display: 'flex',
    gap: theme.spacing(2),
    alignItems: 'center',
    padding: theme.spacing(0, 1),
    cursor: 'pointer',
    fontSize: theme.typography.bodySmall.fontSize,
    '&:hover': { background: theme.colors.action.hover },
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
  muted: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});
