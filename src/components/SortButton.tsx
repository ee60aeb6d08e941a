import React from 'react';
import { Icon, useStyles2 } from '@grafana/ui';
import { getExemplarTableStyles } from './exemplarTableStyles';
import { ExemplarSort } from './drawer/sortExemplars';

interface Props {
  label: string;
  by: 'latency' | 'time';
  sort: ExemplarSort;
  onSort: (sort: ExemplarSort) => void;
}

/** A column header that sorts by its column, descending first; clicked again, it flips the direction. */
export function SortButton({ label, by, sort, onSort }: Props) {
  const styles = useStyles2(getExemplarTableStyles);
  const active = sort.startsWith(by);
  const next: ExemplarSort = `${by}-${active && sort.endsWith('desc') ? 'asc' : 'desc'}`;
  return (
    <button
      className={styles.sort}
      onClick={() => onSort(next)}
      aria-label={`Sort by ${label}`}
      aria-sort={active ? (sort.endsWith('desc') ? 'descending' : 'ascending') : 'none'}
    >
      {label}
      {active && <Icon name={sort.endsWith('desc') ? 'arrow-down' : 'arrow-up'} size="sm" />}
    </button>
  );
}
