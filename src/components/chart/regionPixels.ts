import type uPlot from 'uplot';
import type { AxisProjection } from '../../cluster';
import type { RegionBox } from '../../region/box';
import { LATENCY_SCALE } from './buildPlotConfig';
import { scaleProjection } from './scaleProjection';

/** A rectangle in CSS pixels of uPlot's plotting area (`u.over`). */
export interface PixelRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Within this many pixels of the plot's top or bottom edge, a box reaches on without end (see `boxOfRect`). */
const EDGE_PX = 2;

function project(projection: AxisProjection, value: number): number {
  if (typeof projection === 'function') {
    return projection(value);
  }
  const at = 'log' in projection ? Math.log(value) : value;
  return projection.base + projection.slope * (at - projection.origin);
}

function clamp(value: number, min: number, max: number): number {
  // NaN (the log of a bound at or below 0) lands on `min`: callers pass the side a lower bound falls to.
  return value >= min ? (value <= max ? value : max) : min;
}

/**
 * Where a box in value space is drawn, through the same projection the markers use (linear or log), clipped to
 * the plot; undefined when none of it is in view.
 */
export function rectOfBox(plot: uPlot, box: RegionBox): PixelRect | undefined {
  const width = plot.over.clientWidth;
  const height = plot.over.clientHeight;
  const x = scaleProjection(plot, 'x');
  const y = scaleProjection(plot, LATENCY_SCALE);
  const x0 = project(x, box.fromMs);
  const x1 = project(x, box.toMs);
  // On a vertical axis larger values sit higher (smaller y). A lower bound that does not project (−∞, or ≤ 0 on a
  // log axis, both NaN or −∞ here) is the plot's bottom; an upper one of +∞ its top.
  const low = project(y, box.minValue);
  const yLow = Number.isNaN(low) ? Infinity : low;
  const yHigh = project(y, box.maxValue);
  const edges = {
    left: Math.min(x0, x1),
    right: Math.max(x0, x1),
    top: Math.min(yLow, yHigh),
    bottom: Math.max(yLow, yHigh),
  };
  if (!(edges.right >= 0 && edges.left <= width && edges.bottom >= 0 && edges.top <= height)) {
    return undefined;
  }
  const left = clamp(edges.left, 0, width);
  const right = clamp(edges.right, 0, width);
  const top = clamp(edges.top, 0, height);
  const bottom = clamp(edges.bottom, 0, height);
  return { left, top, width: right - left, height: bottom - top };
}

/**
 * The value-space box of a rectangle drawn on the plot, by uPlot's own inverse of its scales. A rectangle that
 * reaches the top of the plot has no upper latency bound, one that reaches the bottom no lower bound: "everything
 * slower than this" stays that after a refresh brings slower requests.
 */
export function boxOfRect(plot: uPlot, rect: PixelRect): RegionBox {
  const height = plot.over.clientHeight;
  const bottom = rect.top + rect.height;
  return {
    fromMs: plot.posToVal(rect.left, 'x'),
    toMs: plot.posToVal(rect.left + rect.width, 'x'),
    minValue: bottom >= height - EDGE_PX ? -Infinity : plot.posToVal(bottom, LATENCY_SCALE),
    maxValue: rect.top <= EDGE_PX ? Infinity : plot.posToVal(rect.top, LATENCY_SCALE),
  };
}

/** The rectangle between two corners, clipped to the plot. */
export function rectBetween(a: [number, number], b: [number, number], width: number, height: number): PixelRect {
  const [x0, x1] = [clamp(a[0], 0, width), clamp(b[0], 0, width)];
  const [y0, y1] = [clamp(a[1], 0, height), clamp(b[1], 0, height)];
  return { left: Math.min(x0, x1), top: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) };
}
