import React, { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import uPlot from 'uplot';
import { perfMark, perfMarks, testIds } from '../testIds';
import { drawEmphasis, drawMarkers, markerReachPx, MarkerStyle } from './drawMarkers';
import { LATENCY_SCALE } from './buildPlotConfig';
import { ClusterLayout } from './useClusterLayout';

interface Props {
  plot: uPlot;
  layout: ClusterLayout;
  style: Omit<MarkerStyle, 'devicePixelRatio'>;
  emphasised: number[];
}

/**
 * Two canvases over uPlot's plotting area (inside `u.over`, so their pixels match uPlot's CSS pixels), reaching
 * `margin` px beyond it on every side: a marker of an exemplar at the plot's edge (a fast request on a linear
 * axis from 0) is drawn whole instead of cut in half. Drawing coordinates stay the plot's. The markers are drawn
 * on one layer, the rings of hovered and focused markers on another above it, so a pointer move redraws rings only.
 */
export function ExemplarCanvas({ plot, layout, style, emphasised }: Props) {
  const markersRef = useRef<HTMLCanvasElement>(null);
  const emphasisRef = useRef<HTMLCanvasElement>(null);
  const margin = Math.ceil(markerReachPx(layout.clusters.radiusPx));
  const width = plot.over.clientWidth + 2 * margin;
  const height = plot.over.clientHeight + 2 * margin;

  useEffect(() => {
    const ctx = prepareLayer(markersRef.current, width, height, margin);
    if (ctx) {
      perfMark(perfMarks.drawStart);
      drawMarkers(ctx, layout.clusters, { ...style, devicePixelRatio: window.devicePixelRatio || 1 });
      perfMark(perfMarks.drawEnd, { clusters: layout.clusters.count });
    }
  }, [layout, style, width, height, margin]);

  const { highlight } = style;
  useEffect(() => {
    const ctx = prepareLayer(emphasisRef.current, width, height, margin);
    if (ctx) {
      drawEmphasis(ctx, layout.clusters, { highlight }, emphasised);
    }
  }, [layout, highlight, emphasised, width, height, margin]);

  // Inline: uPlot's stylesheet makes every canvas in the plot `position: relative` with a selector that outranks
  // a class, which stacked the second layer below the first instead of over it.
  // What the markers were projected with, for tests that check where a latency lands: "distr min max".
  const yScale = plot.scales[LATENCY_SCALE];
  const box = { position: 'absolute', pointerEvents: 'none', width, height, left: -margin, top: -margin } as const;
  return createPortal(
    <>
      <canvas
        ref={markersRef}
        style={box}
        data-testid={testIds.chart.exemplarCanvas}
        data-clusters={layout.clusters.count}
        data-exemplars={layout.clusters.memberStart[layout.clusters.count] ?? 0}
        data-y-scale={yScale ? `${yScale.distr} ${yScale.min} ${yScale.max}` : undefined}
      />
      <canvas ref={emphasisRef} style={box} data-testid={testIds.chart.emphasisCanvas} />
    </>,
    plot.over
  );
}

/**
 * Sizes a layer for the device pixel ratio (only when its size changed: resizing reallocates the bitmap), clears
 * it and sets plot coordinates; null when the canvas has no 2D context.
 */
function prepareLayer(
  canvas: HTMLCanvasElement | null,
  width: number,
  height: number,
  margin: number
): CanvasRenderingContext2D | null {
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) {
    return null;
  }
  const dpr = window.devicePixelRatio || 1;
  const pixelWidth = Math.round(width * dpr);
  const pixelHeight = Math.round(height * dpr);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  ctx.setTransform(dpr, 0, 0, dpr, margin * dpr, margin * dpr);
  ctx.clearRect(-margin, -margin, width, height);
  return ctx;
}
