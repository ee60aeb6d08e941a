import { Clusters } from '../../cluster';

export interface MarkerStyle {
  /** Colour of each exemplar's marker, indexed by exemplar. */
  colorOf: (exemplar: number) => string;
  opacity: number;
  textColor: string;
  outline: string;
  highlight: string;
  devicePixelRatio: number;
  /** Draw a cluster whose members have several colours as a pie of them (Series colour mode). */
  splitMixed?: boolean;
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
/** Text kept this far inside a badge's outline. */
const TEXT_INSET_PX = 1.5;
/** A badge's text is at most 4 characters ("999", "9.6k", "96k", "1.2M"), each at most about this wide per px of font. */
const MAX_BADGE_CHARS = 4;
const MAX_CHAR_WIDTH_EM = 0.75;

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
  const widestText = (MAX_BADGE_CHARS * MAX_CHAR_WIDTH_EM * MIN_FONT_PX) / 2 + TEXT_INSET_PX;
  return (
    Math.max(clusterRadius(Number.MAX_SAFE_INTEGER, separationPx), widestText) + EMPHASIS_GAP_PX + EMPHASIS_LINE_PX
  );
}

/** "7", "312", "2.5k", "96k", "1.2M": the count as a cluster's badge shows it, in at most four characters. */
export function countLabel(count: number): string {
  if (count < 1000) {
    return String(count);
  }
  if (count < 9950) {
    return `${Math.round(count / 100) / 10}k`;
  }
  if (count < 999_500) {
    return `${Math.round(count / 1000)}k`;
  }
  return count < 9_950_000 ? `${Math.round(count / 100_000) / 10}M` : `${Math.round(count / 1_000_000)}M`;
}

interface Badge {
  radius: number;
  fontPx: number;
}

/**
 * A cluster's badge: the circle its count gives it, and a font that fits the count's label inside. When even the
 * smallest font does not fit (a wide "9.6k" in a circle capped by a small clustering radius), the circle grows to
 * its text: a count cut at the outline would read as another number. Measured once per label and radius with
 * the context's font at `currentPx` (text width scales with the font size).
 */
function badgeFor(
  ctx: CanvasRenderingContext2D,
  count: number,
  separationPx: number,
  currentPx: number,
  cache: Map<string, Badge>
): Badge {
  const label = countLabel(count);
  const r = clusterRadius(count, separationPx);
  const key = `${label}@${r}`;
  let badge = cache.get(key);
  if (badge === undefined) {
    const width = (ctx.measureText(label).width * FONT_PX) / currentPx;
    const room = 2 * (r - TEXT_INSET_PX);
    const fontPx = width > room ? Math.max(MIN_FONT_PX, Math.floor((FONT_PX * room) / width)) : FONT_PX;
    badge = { radius: Math.max(r, (width * fontPx) / FONT_PX / 2 + TEXT_INSET_PX), fontPx };
    cache.set(key, badge);
  }
  return badge;
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

/** At most this many colours are told apart in a mixed cluster; the rest join the smallest slice shown. */
const MAX_SLICES = 4;

/** Colours of cluster `c`'s members with their counts, most frequent first; one entry when all share a colour. */
function memberColors(clusters: Clusters, c: number, colorOf: (exemplar: number) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (let k = clusters.memberStart[c]; k < clusters.memberStart[c + 1]; k++) {
    const color = colorOf(clusters.members[k]);
    counts.set(color, (counts.get(color) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  if (sorted.length > MAX_SLICES) {
    const rest = sorted.splice(MAX_SLICES - 1).reduce((sum, [, n]) => sum + n, 0);
    sorted[MAX_SLICES - 2][1] += rest;
  }
  return sorted;
}

/** A cluster's disc: one colour, or slices in proportion to its members' colours (a mixed cluster says so). */
function fillDisc(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, slices: Array<[string, number]>) {
  const total = slices.reduce((sum, [, n]) => sum + n, 0);
  let angle = -Math.PI / 2;
  for (const [color, n] of slices) {
    const end = slices.length === 1 ? angle + Math.PI * 2 : angle + (Math.PI * 2 * n) / total;
    ctx.beginPath();
    if (slices.length > 1) {
      ctx.moveTo(x, y);
    }
    ctx.arc(x, y, r, angle, end);
    ctx.closePath();
    ctx.fillStyle = color;
    ctx.fill();
    angle = end;
  }
}

/**
 * Draws all markers in one pass: single exemplars as Grafana-style diamonds (pre-rendered sprites,
 * drawImage per marker), clusters as circles with their count. No path is shared across markers.
 */
export function drawMarkers(ctx: CanvasRenderingContext2D, clusters: Clusters, style: MarkerStyle): void {
  const sprites = new Map<string, HTMLCanvasElement>();
  const badges = new Map<string, Badge>();
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
    const { radius, fontPx } = badgeFor(ctx, clusters.size[c], clusters.radiusPx, currentFontPx, badges);
    fillDisc(ctx, x, y, radius, style.splitMixed ? memberColors(clusters, c, style.colorOf) : [[color, 1]]);
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, Math.PI * 2);
    ctx.lineWidth = OUTLINE_PX;
    ctx.strokeStyle = style.outline;
    ctx.stroke();
    ctx.fillStyle = style.textColor;
    if (fontPx !== currentFontPx) {
      ctx.font = badgeFont(fontPx);
      currentFontPx = fontPx;
    }
    ctx.fillText(countLabel(clusters.size[c]), x, y);
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
  const badges = new Map<string, Badge>();
  ctx.save();
  // The badges' font, so that a badge grown to its text gets its ring outside it.
  ctx.font = badgeFont(FONT_PX);
  for (const c of emphasised) {
    if (c < 0 || c >= clusters.count) {
      continue;
    }
    const size = clusters.size[c];
    const r = (size === 1 ? DIAMOND : badgeFor(ctx, size, clusters.radiusPx, FONT_PX, badges).radius) + EMPHASIS_GAP_PX;
    ctx.beginPath();
    ctx.arc(clusters.x[c], clusters.y[c], r, 0, Math.PI * 2);
    ctx.lineWidth = EMPHASIS_LINE_PX;
    ctx.strokeStyle = style.highlight;
    ctx.stroke();
  }
  ctx.restore();
}
