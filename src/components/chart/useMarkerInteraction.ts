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
 * cluster layout for the current geometry, pointer hover and click, arrow-key focus (and the focused marker's
 * tooltip), and which markers are drawn emphasised (hovered or focused).
 */
export function useMarkerInteraction(input: MarkerInteractionInput) {
  const { plotRef, geometry, model, include } = input;
  const layout = useClusterLayout(geometry, model, include, input.clusterRadius);
  const openCluster = useOpenCluster(layout, input.onOpenExemplars);
  const pointer = useMarkerPointer(plotRef, layout, openCluster, input.onHoverExemplar);
  const keyboard = useMarkerKeyboard(layout, openCluster);
  const { focused } = keyboard;
  const { hovered } = pointer;
  const emphasised = useMemo(() => [hovered, focused].filter((c) => c >= 0), [hovered, focused]);
  const focusedSummary =
    layout && focused >= 0 ? summarizeCluster(layout.clusters, focused, model.exemplars) : undefined;
  // The focused marker's tooltip while the keyboard is in the chart, unless the pointer shows one.
  const keyboardTooltip = layout && focused >= 0 && keyboard.within && hovered < 0 ? focused : -1;
  return { layout, pointer, keyboard, emphasised, focusedSummary, keyboardTooltip };
}
