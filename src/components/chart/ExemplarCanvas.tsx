import React, { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import uPlot from 'uplot';
import { css } from '@emotion/css';
import { useStyles2 } from '@grafana/ui';
import { perfMark, perfMarks, testIds } from '../testIds';
import { drawMarkers, markerReachPx, MarkerStyle } from './drawMarkers';
import { ClusterLayout } from './useClusterLayout';

interface Props {
  plot: uPlot;
  layout: ClusterLayout;
  style: Omit<MarkerStyle, 'devicePixelRatio'>;
  emphasised: number[];
}

/**
 * A canvas over uPlot's plotting area (inside `u.over`, so its pixels match uPlot's CSS pixels), reaching
 * `margin` px beyond it on every side: a marker of an exemplar at the plot's edge (a fast request on a linear
 * axis from 0) is drawn whole instead of cut in half. Drawing coordinates stay the plot's.
 */
export function ExemplarCanvas({ plot, layout, style, emphasised }: Props) {
  const styles = useStyles2(getStyles);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const margin = Math.ceil(markerReachPx(layout.clusters.radiusPx));
  const width = plot.over.clientWidth + 2 * margin;
  const height = plot.over.clientHeight + 2 * margin;

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) {
      return;
    }
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, margin * dpr, margin * dpr);
    perfMark(perfMarks.drawStart);
    ctx.clearRect(-margin, -margin, width, height);
    drawMarkers(ctx, layout.clusters, { ...style, devicePixelRatio: dpr }, emphasised);
    perfMark(perfMarks.drawEnd, { clusters: layout.clusters.count });
  }, [layout, style, emphasised, width, height, margin]);

  return createPortal(
    <canvas
      ref={canvasRef}
      className={styles.canvas}
      style={{ width, height, left: -margin, top: -margin }}
      data-testid={testIds.chart.exemplarCanvas}
      data-clusters={layout.clusters.count}
      data-exemplars={layout.clusters.memberStart[layout.clusters.count] ?? 0}
    />,
    plot.over
  );
}

const getStyles = () => ({
  canvas: css({ position: 'absolute', pointerEvents: 'none' }),
});
