import { Clusters } from '../../cluster';

export interface MarkerStyle {
  /** Colour of each exemplar's marker, indexed by exemplar. */
  colorOf: (exemplar: number) => string;
  opacity: number;
  textColor: string;
  outline: string;
  highlight: string;
  devicePixelRatio: number;
}

const DIAMOND = 5;
const OUTLINE_PX = 1.5;
/** Clear space kept between two neighbouring circles, outlines included: touching circles read as one smear. */
const GAP_PX = 2;
const FONT_PX = 9;
/** The ring around a focused or hovered marker: this far outside it, this thick. */
const EMPHASIS_GAP_PX = 3;
const EMPHASIS_LINE_PX = 2;
const MIN_FONT_PX = 7;

/**
 * Radius of a cluster's circle: grows with the log of its count, and stays small enough that two markers
 * more than the clustering radius apart (which the clustering guarantees) keep `GAP_PX` between their
 * outlines. Never smaller than a single exemplar's diamond.
 */
export function clusterRadius(count: number, separationPx: number): number {
  const fits = (separationPx - GAP_PX - OUTLINE_PX) / 2;
  return Math.max(DIAMOND, Math.min(fits, 5 + 1.5 * Math.log2(count)));
}

/** How far a drawn marker reaches from its centre at most, emphasis ring included (a circle is never smaller than a diamond). */
export function markerReachPx(separationPx: number): number {
  return clusterRadius(Number.MAX_SAFE_INTEGER, separationPx) + EMPHASIS_GAP_PX + EMPHASIS_LINE_PX;
}

/** "7", "312", "2.5k": the count as a cluster's badge shows it. */
export function countLabel(count: number): string {
  return count > 999 ? `${Math.round(count / 100) / 10}k` : String(count);
}

/**
 * Font size that keeps `label` inside a circle of radius `r`, measured once per label and radius with the
 * context's font at `currentPx` (text width scales with the font size).
 */
function fontSizeFor(
  ctx: CanvasRenderingContext2D,
  label: string,
  r: number,
  currentPx: number,
  cache: Map<string, number>
): number {
  const key = `${label}@${r}`;
  let size = cache.get(key);
  if (size === undefined) {
    const width = (ctx.measureText(label).width * FONT_PX) / currentPx;
    const room = 2 * r - 2;
    size = width > room ? Math.max(MIN_FONT_PX, Math.floor((FONT_PX * room) / width)) : FONT_PX;
    cache.set(key, size);
  }
  return size;
}

function badgeFont(sizePx: number): string {
  return `600 ${sizePx}px Inter, Helvetica, Arial, sans-serif`;
}

function diamondSprite(color: string, style: MarkerStyle): HTMLCanvasElement {
  const dpr = style.devicePixelRatio;
  const size = Math.ceil((DIAMOND * 2 + 4) * dpr);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(dpr, dpr);
  const c = size / dpr / 2;
  ctx.beginPath();
  ctx.moveTo(c, c - DIAMOND);
  ctx.lineTo(c + DIAMOND, c);
  ctx.lineTo(c, c + DIAMOND);
  ctx.lineTo(c - DIAMOND, c);
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = style.outline;
  ctx.stroke();
  return canvas;
}

/**
 * Draws all markers in one pass: single exemplars as Grafana-style diamonds (pre-rendered sprites,
 * drawImage per marker), clusters as circles with their count. No path is shared across markers.
 */
export function drawMarkers(ctx: CanvasRenderingContext2D, clusters: Clusters, style: MarkerStyle): void {
  const sprites = new Map<string, HTMLCanvasElement>();
  const fontSizes = new Map<string, number>();
  ctx.save();
  ctx.globalAlpha = style.opacity;
  // The font changes only for a label that needs a smaller one.
  let currentFontPx = FONT_PX;
  ctx.font = badgeFont(FONT_PX);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let c = 0; c < clusters.count; c++) {
    const color = style.colorOf(clusters.representative[c]);
    const x = clusters.x[c];
    const y = clusters.y[c];
    if (clusters.size[c] === 1) {
      let sprite = sprites.get(color);
      if (!sprite) {
        sprite = diamondSprite(color, style);
        sprites.set(color, sprite);
      }
      const half = sprite.width / style.devicePixelRatio / 2;
      ctx.drawImage(sprite, x - half, y - half, half * 2, half * 2);
      continue;
    }
    const r = clusterRadius(clusters.size[c], clusters.radiusPx);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fillStyle = color;
    ctx.fill();
    ctx.lineWidth = OUTLINE_PX;
    ctx.strokeStyle = style.outline;
    ctx.stroke();
    ctx.fillStyle = style.textColor;
    const label = countLabel(clusters.size[c]);
    const fontPx = fontSizeFor(ctx, label, r, currentFontPx, fontSizes);
    if (fontPx !== currentFontPx) {
      ctx.font = badgeFont(fontPx);
      currentFontPx = fontPx;
    }
    ctx.fillText(label, x, y);
  }
  ctx.restore();
}

/**
 * Draws the ring around each emphasised (hovered or focused) marker. On a layer of its own: moving the pointer
 * redraws one or two rings, not every marker.
 */
export function drawEmphasis(
  ctx: CanvasRenderingContext2D,
  clusters: Clusters,
  style: Pick<MarkerStyle, 'highlight'>,
  emphasised: number[]
): void {
  ctx.save();
  for (const c of emphasised) {
    if (c < 0 || c >= clusters.count) {
      continue;
    }
    const r = (clusters.size[c] === 1 ? DIAMOND : clusterRadius(clusters.size[c], clusters.radiusPx)) + EMPHASIS_GAP_PX;
    ctx.beginPath();
    ctx.arc(clusters.x[c], clusters.y[c], r, 0, Math.PI * 2);
    ctx.lineWidth = EMPHASIS_LINE_PX;
    ctx.strokeStyle = style.highlight;
    ctx.stroke();
  }
  ctx.restore();
}
