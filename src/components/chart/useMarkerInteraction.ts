import { RefObject, useMemo } from 'react';
import uPlot from 'uplot';
import { summarizeCluster } from '../../cluster';
import { PanelView } from '../../view/panelView';
import { PlotGeometry, useClusterLayout } from './useClusterLayout';
import { useMarkerKeyboard } from './useMarkerKeyboard';
import { useMarkerPointer } from './useMarkerPointer';
import { useOpenCluster } from './useOpenCluster';

interface MarkerInteractionInput {
  plotRef: RefObject<uPlot | null>;
  geometry: PlotGeometry | undefined;
  model: PanelView;
  include: Uint8Array;
  clusterRadius: number;
  onOpenExemplars: (members: Uint32Array, first: number) => void;
  onHoverExemplar?: (exemplar: number) => void;
}

/**
 * Everything the markers do, as Grafana's Time series panel keeps its exemplar plugin apart from the plot: the
 * cluster layout for the current geometry, pointer hover and click, arrow-key focus, and which markers are drawn
 * emphasised (hovered or focused).
 */
export function useMarkerInteraction(input: MarkerInteractionInput) {
  const { plotRef, geometry, model, include } = input;
  const layout = useClusterLayout(geometry, model, include, input.clusterRadius);
  const openCluster = useOpenCluster(layout, input.onOpenExemplars);
  const pointer = useMarkerPointer(plotRef, layout, openCluster, input.onHoverExemplar);
  const { focused, onKeyDown } = useMarkerKeyboard(layout, openCluster);
  const { hovered } = pointer;
  const emphasised = useMemo(() => [hovered, focused].filter((c) => c >= 0), [hovered, focused]);
  const focusedSummary =
    layout && focused >= 0 ? summarizeCluster(layout.clusters, focused, model.exemplars) : undefined;
  return { layout, pointer, onKeyDown, emphasised, focusedSummary };
}
