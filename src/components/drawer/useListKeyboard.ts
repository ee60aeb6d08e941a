import React from 'react';

/**
 * Up/down move the selection through a list (scrolling it into view), Enter activates it:
 * shared by the exemplar list in the drawer and the exemplar table.
 */
export function listKeyHandler(
  rows: number[],
  selected: number,
  onSelect: (row: number) => void,
  scrollToIndex: (index: number) => void,
  onActivate?: (row: number) => void
) {
  return (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && onActivate && selected >= 0) {
      event.preventDefault();
      onActivate(selected);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
      return;
    }
    event.preventDefault();
    const at = rows.indexOf(selected);
    const next = Math.min(rows.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
    if (rows[next] !== undefined) {
      onSelect(rows[next]);
      scrollToIndex(next);
    }
  };
}
