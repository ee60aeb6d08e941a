import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { FilterInput, RadioButtonGroup, useStyles2 } from '@grafana/ui';
import { findLabel } from '../../data/columnar';
import { ExemplarSet } from '../../data/model';
import { EffectiveRule } from '../../links/types';
import { ExemplarListRow } from './ExemplarListRow';
import { distinguishingLabels, ExemplarSort } from './sortExemplars';
import { useExemplarRows } from './useExemplarRows';
import { listKeyHandler } from './useListKeyboard';
import { testIds } from '../testIds';

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
  const { sort, setSort, filter, setFilter, rows, scrollRef, virtualizer } = useExemplarRows(set, members);
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
            return (
              <ExemplarListRow
                key={item.key}
                set={set}
                row={row}
                top={item.start}
                rules={rules}
                isError={isError[row] === 1}
                selected={row === selected}
                labelColumns={labelColumns}
                onSelect={onSelect}
                unit={unit}
                timeZone={timeZone}
              />
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
  muted: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});
