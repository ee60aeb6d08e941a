import React, { useState } from 'react';
import { Direction } from '../../cluster';
import { ClusterLayout } from './useClusterLayout';

const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** Where keyboard navigation starts: the earliest marker. */
function leftmostCluster(layout: ClusterLayout): number {
  let best = -1;
  for (let c = 0; c < layout.clusters.count; c++) {
    if (best < 0 || layout.clusters.x[c] < layout.clusters.x[best]) {
      best = c;
    }
  }
  return best;
}

/**
 * Arrow keys move the focus ring to the nearest marker in that direction, Enter opens it. Focus refers to the
 * clusters of one layout: a new layout (zoom, resize, data) clears it.
 */
export function useMarkerKeyboard(layout: ClusterLayout | undefined, openCluster: (c: number) => void) {
  const [focus, setFocus] = useState<{ layout?: ClusterLayout; cluster: number }>({ cluster: -1 });
  const focused = focus.layout === layout ? focus.cluster : -1;

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!layout || layout.clusters.count === 0) {
      return;
    }
    const direction = KEY_DIRECTIONS[event.key];
    if (direction) {
      event.preventDefault();
      const next = focused >= 0 ? layout.index.nearestInDirection(focused, direction) : leftmostCluster(layout);
      setFocus({ layout, cluster: next >= 0 ? next : focused });
    } else if (event.key === 'Enter' && focused >= 0) {
      event.preventDefault();
      openCluster(focused);
    }
  };
  return { focused, onKeyDown };
}
