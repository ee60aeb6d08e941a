import React, { useState } from 'react';
import { Direction } from '../../cluster';
import { ClusterLayout } from './useClusterLayout';

const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The earliest (`sign` 1) or latest (`sign` -1) marker: where arrows start, and where Home and End jump. */
function edgeCluster(layout: ClusterLayout, sign: 1 | -1): number {
  let best = -1;
  for (let c = 0; c < layout.clusters.count; c++) {
    if (best < 0 || sign * (layout.clusters.x[c] - layout.clusters.x[best]) < 0) {
      best = c;
    }
  }
  return best;
}

/**
 * Arrow keys move the focus ring to the nearest marker in that direction, Home and End to the first and last,
 * Enter opens it, Escape lets it go. Focus refers to the clusters of one layout: a new layout (zoom, resize, data)
 * clears it. `within` says whether the chart holds the keyboard focus: the focused marker's tooltip shows only then,
 * and the marker is kept for when focus comes back (from the trace preview).
 */
export function useMarkerKeyboard(layout: ClusterLayout | undefined, openCluster: (c: number) => void) {
  const [focus, setFocus] = useState<{ layout?: ClusterLayout; cluster: number }>({ cluster: -1 });
  const focused = focus.layout === layout ? focus.cluster : -1;

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!layout || layout.clusters.count === 0) {
      return;
    }
    const direction = KEY_DIRECTIONS[event.key];
    const edge = event.key === 'Home' ? 1 : event.key === 'End' ? -1 : 0;
    if (direction) {
      event.preventDefault();
      const next = focused >= 0 ? layout.index.nearestInDirection(focused, direction) : edgeCluster(layout, 1);
      setFocus({ layout, cluster: next >= 0 ? next : focused });
    } else if (edge !== 0) {
      event.preventDefault();
      setFocus({ layout, cluster: edgeCluster(layout, edge) });
    } else if (event.key === 'Enter' && focused >= 0) {
      event.preventDefault();
      openCluster(focused);
    } else if (event.key === 'Escape' && focused >= 0) {
      event.stopPropagation();
      setFocus({ cluster: -1 });
    }
  };
  const [within, setWithin] = useState(false);
  const onFocus = () => setWithin(true);
  const onBlur = () => setWithin(false);
  return { focused, within, onKeyDown, onFocus, onBlur };
}
