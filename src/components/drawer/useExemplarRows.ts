import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ExemplarSet } from '../../data/model';
import { ExemplarSort, sortAndFilterExemplars } from './sortExemplars';

export const EXEMPLAR_ROW_HEIGHT = 28;

/**
 * A sortable, filterable, virtualized list of exemplars (the panel's table and the drawer's cluster list):
 * the sort and filter state, the rows they leave, and the virtualizer over its scroll element.
 */
export function useExemplarRows(set: ExemplarSet, members: Uint32Array) {
  const [sort, setSort] = useState<ExemplarSort>('latency-desc');
  const [filter, setFilter] = useState('');
  const rows = useMemo(() => sortAndFilterExemplars(set, members, sort, filter), [set, members, sort, filter]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => EXEMPLAR_ROW_HEIGHT,
    overscan: 10,
  });
  return { sort, setSort, filter, setFilter, rows, scrollRef, virtualizer };
}
