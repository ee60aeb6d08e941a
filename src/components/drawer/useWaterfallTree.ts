import React, { useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { TraceModel } from '../../trace/types';
import { visibleSpanPositions } from './visibleSpans';

export const WATERFALL_ROW_HEIGHT = 24;

/**
 * The waterfall's tree state: collapsed subtrees, the virtualized rows in view, and the keyboard (up/down moves
 * the selection, left/right collapse and expand). Opens scrolled to the selected span; `reveal` brings a span
 * (a search result) into view, opening what hides it.
 */
export function useWaterfallTree(model: TraceModel, selected: number, onSelect: (position: number) => void) {
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set());
  const positions = useMemo(() => visibleSpanPositions(model, collapsed), [model, collapsed]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: positions.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => WATERFALL_ROW_HEIGHT,
    overscan: 12,
  });

  // Open on the selected span (the exemplar's own, deep in a large trace): scroll it into view once.
  useEffect(() => {
    const index = positions.indexOf(selected);
    if (index > 0) {
      virtualizer.scrollToIndex(index, { align: 'center' });
    }
    // Only when the trace is shown, not on every selection (the keyboard handler scrolls then).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model]);

  // A span found by search: its collapsed ancestors open, it is selected, and scrolled to once its row exists.
  const [revealing, setRevealing] = useState(-1);
  const reveal = (position: number) => {
    setCollapsed((current) => {
      const open = [...current].filter((a) => !(a < position && position < model.subtreeEnd[a]));
      return open.length === current.size ? current : new Set(open);
    });
    onSelect(position);
    setRevealing(position);
  };
  useEffect(() => {
    const index = revealing >= 0 ? positions.indexOf(revealing) : -1;
    if (index >= 0) {
      virtualizer.scrollToIndex(index, { align: 'center' });
      setRevealing(-1);
    }
  }, [revealing, positions, virtualizer]);

  const toggle = (position: number) =>
    setCollapsed((current) => {
      const next = new Set(current);
      next.has(position) ? next.delete(position) : next.add(position);
      return next;
    });

  const onKeyDown = (event: React.KeyboardEvent) => {
    const row = positions.indexOf(selected);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = Math.min(positions.length - 1, Math.max(0, row + (event.key === 'ArrowDown' ? 1 : -1)));
      onSelect(positions[next]);
      virtualizer.scrollToIndex(next);
    } else if (
      (event.key === 'ArrowLeft' || event.key === 'ArrowRight') &&
      selected >= 0 &&
      model.childCount[selected] > 0
    ) {
      const isCollapsed = collapsed.has(selected);
      if (isCollapsed === (event.key === 'ArrowRight')) {
        toggle(selected);
      }
    }
  };

  return { collapsed, toggle, reveal, positions, scrollRef, virtualizer, onKeyDown };
}
