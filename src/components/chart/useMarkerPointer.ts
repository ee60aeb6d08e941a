import React, { RefObject, useEffect, useState } from 'react';
import uPlot from 'uplot';
import { ClusterLayout } from './useClusterLayout';

export interface MarkerPointer {
  /** The cluster under the pointer, -1 when none. */
  hovered: number;
  onMouseMove: (event: React.MouseEvent) => void;
  onMouseLeave: () => void;
  /** Capture phase: a click on a marker opens the preview and must not also pin the line tooltip. */
  onClickCapture: (event: React.MouseEvent) => void;
}

/**
 * Pointer over the markers: hover highlight (and the hovered representative, for trace prefetch) and click to
 * open. Hover refers to the clusters of one layout: a new layout (zoom, resize, data) clears it.
 */
export function useMarkerPointer(
  plotRef: RefObject<uPlot | null>,
  layout: ClusterLayout | undefined,
  openCluster: (c: number) => void,
  onHoverExemplar?: (exemplar: number) => void
): MarkerPointer {
  const [hover, setHover] = useState<{ layout?: ClusterLayout; cluster: number }>({ cluster: -1 });
  const hovered = hover.layout === layout ? hover.cluster : -1;

  /** The marker under a pointer event, -1 when none or not over uPlot's plotting area. */
  const clusterAt = (event: React.MouseEvent): number => {
    const over = plotRef.current?.over;
    if (!over || !layout || !over.contains(event.target as Node)) {
      return -1;
    }
    const rect = over.getBoundingClientRect();
    return layout.index.hitTest(event.clientX - rect.left, event.clientY - rect.top);
  };

  const hoveredExemplar = layout && hovered >= 0 ? layout.clusters.representative[hovered] : -1;
  useEffect(() => {
    onHoverExemplar?.(hoveredExemplar);
    return () => onHoverExemplar?.(-1);
  }, [onHoverExemplar, hoveredExemplar]);

  return {
    hovered,
    onMouseMove: (event) => {
      const cluster = clusterAt(event);
      setHover((current) => (current.layout === layout && current.cluster === cluster ? current : { layout, cluster }));
    },
    onMouseLeave: () => setHover({ cluster: -1 }),
    onClickCapture: (event) => {
      const c = clusterAt(event);
      if (c >= 0) {
        event.stopPropagation();
        event.preventDefault();
        openCluster(c);
      }
    },
  };
}
