import type { ExemplarSet } from '../data/model';

/**
 * A box on the latency chart in value space: time (ms since epoch) × latency (the exemplar's own unit). Working
 * in values, not pixels, makes a linear and a log axis the same question; bounds are inclusive on every side.
 */
export interface RegionBox {
  fromMs: number;
  toMs: number;
  minValue: number;
  maxValue: number;
}

/**
 * Where the baseline comes from: `outside` is every visible exemplar of the box's time range that is not in the box
 * (above and below it); `below` only those with a latency under the box, "the normal requests of the same moment".
 */
export type BaselineMode = 'outside' | 'below';

export interface RegionSides {
  /** Exemplar indices inside the box, ascending. */
  selection: Uint32Array;
  /** Exemplar indices of the baseline, ascending. */
  baseline: Uint32Array;
}

export interface RegionMasks {
  /** 0 = the exemplar's series is hidden (see `visibleExemplars`); absent = all visible. */
  visible?: Uint8Array;
  /** 0 = the exemplar filter rejects it (see `exemplarFilterMask`); absent = no filter. */
  filter?: Uint8Array;
}

/** A box drawn right to left or top to bottom is the same box. NaN bounds select nothing. */
function normalizeBox(box: RegionBox): RegionBox {
  return {
    fromMs: Math.min(box.fromMs, box.toMs),
    toMs: Math.max(box.fromMs, box.toMs),
    minValue: Math.min(box.minValue, box.maxValue),
    maxValue: Math.max(box.minValue, box.maxValue),
  };
}

/**
 * The exemplars inside the box and the baseline. Rows are taken a block at a time with the block's time and
 * latency bounds (see `blockBoundsOf`): a block wholly outside the box's time range is skipped without reading a
 * row, and a block wholly inside it and wholly in, above or below the latency range goes to its side with only the
 * masks read. Exemplars come series by series, each series in time order, so a 6 h box over a day skips most
 * blocks and decides most of the rest whole. Mixed blocks, and data in no order at all, fall back to a comparison
 * of two plain numbers per row. Exemplars without a finite value or time are on neither side.
 */
export function selectRegion(
  set: ExemplarSet,
  rawBox: RegionBox,
  masks: RegionMasks = {},
  baselineMode: BaselineMode = 'outside'
): RegionSides {
  const box = normalizeBox(rawBox);
  const size = set.size;
  const { count, minMax, finite } = blockBoundsOf(set);
  // The two sides are disjoint, so they share one buffer: the selection fills it from the front, the baseline from
  // the back. Half the memory to allocate and zero, which is a good part of the time at a million rows.
  const out: SideBuffer = { rows: new Uint32Array(size), inside: 0, outsideStart: size };
  const belowOnly = baselineMode === 'below';
  for (let block = 0; block < count; block++) {
    const start = block * BLOCK_ROWS;
    const end = Math.min(size, start + BLOCK_ROWS);
    const minT = minMax[block * 4];
    const maxT = minMax[block * 4 + 1];
    const minV = minMax[block * 4 + 2];
    const maxV = minMax[block * 4 + 3];
    if (maxT < box.fromMs || minT > box.toMs) {
      continue; // a block without a finite time has minT = +∞ and is skipped here too
    }
    const whole = finite[block] === 1 && minT >= box.fromMs && maxT <= box.toMs;
    if (whole && minV >= box.minValue && maxV <= box.maxValue) {
      takeWholeBlock(out, start, end, masks, true);
    } else if (whole && (maxV < box.minValue || (!belowOnly && minV > box.maxValue))) {
      takeWholeBlock(out, start, end, masks, false);
    } else if (!(whole && belowOnly && minV > box.maxValue)) {
      takeRowByRow(set, box, belowOnly, out, start, end, masks);
    }
  }
  const { rows, inside, outsideStart } = out;
  return { selection: rows.slice(0, inside), baseline: rows.slice(outsideStart).reverse() };
}

interface SideBuffer {
  rows: Uint32Array;
  inside: number;
  outsideStart: number;
}

/** A block whose rows all lie on one side: only the masks are read. */
function takeWholeBlock(out: SideBuffer, start: number, end: number, masks: RegionMasks, inside: boolean): void {
  const { visible, filter } = masks;
  const rows = out.rows;
  let at = inside ? out.inside : out.outsideStart;
  for (let i = start; i < end; i++) {
    if ((visible !== undefined && visible[i] === 0) || (filter !== undefined && filter[i] === 0)) {
      continue;
    }
    if (inside) {
      rows[at++] = i;
    } else {
      rows[--at] = i;
    }
  }
  if (inside) {
    out.inside = at;
  } else {
    out.outsideStart = at;
  }
}

/** A block the box's edges cut through (or one holding NaN): two plain comparisons and a byte per mask per row. */
function takeRowByRow(
  set: ExemplarSet,
  box: RegionBox,
  belowOnly: boolean,
  out: SideBuffer,
  start: number,
  end: number,
  { visible, filter }: RegionMasks
): void {
  const { fromMs, toMs, minValue, maxValue } = box;
  const times = set.timeMs;
  const values = set.value;
  const rows = out.rows;
  let inside = out.inside;
  let outsideStart = out.outsideStart;
  for (let i = start; i < end; i++) {
    const t = times[i];
    // Negated comparisons are false for NaN, so unknown times and values fall out here.
    if (!(t >= fromMs && t <= toMs)) {
      continue;
    }
    if ((visible !== undefined && visible[i] === 0) || (filter !== undefined && filter[i] === 0)) {
      continue;
    }
    const v = values[i];
    if (v >= minValue && v <= maxValue) {
      rows[inside++] = i;
    } else if (belowOnly ? v < minValue : v === v) {
      rows[--outsideStart] = i;
    }
  }
  out.inside = inside;
  out.outsideStart = outsideStart;
}

/** Rows per block: small enough that a box's edges leave few mixed blocks, large enough that bounds cost nothing. */
const BLOCK_ROWS = 256;

interface BlockBounds {
  count: number;
  /** minT, maxT, minV, maxV per block, over the block's finite times and values (±∞ where it has none). */
  minMax: Float64Array;
  /** 1 when every time and value in the block is finite, so its bounds hold for every row. */
  finite: Uint8Array;
}

/**
 * Time and latency bounds per block of rows, taken once per data set. Columns are never written after parsing
 * (a refresh parses into new arrays), so the time column is the key, with the value column and size checked.
 */
const boundsOf = new WeakMap<Float64Array, { values: Float64Array; size: number; bounds: BlockBounds }>();

function blockBoundsOf(set: ExemplarSet): BlockBounds {
  const cached = boundsOf.get(set.timeMs);
  if (cached && cached.values === set.value && cached.size === set.size) {
    return cached.bounds;
  }
  const count = Math.ceil(set.size / BLOCK_ROWS);
  const minMax = new Float64Array(count * 4);
  const finite = new Uint8Array(count);
  const times = set.timeMs;
  const values = set.value;
  for (let block = 0; block < count; block++) {
    let minT = Infinity;
    let maxT = -Infinity;
    let minV = Infinity;
    let maxV = -Infinity;
    let allFinite = 1;
    for (let i = block * BLOCK_ROWS, end = Math.min(set.size, i + BLOCK_ROWS); i < end; i++) {
      const t = times[i];
      const v = values[i];
      if (Number.isFinite(t)) {
        minT = t < minT ? t : minT;
        maxT = t > maxT ? t : maxT;
      } else {
        allFinite = 0;
      }
      if (Number.isFinite(v)) {
        minV = v < minV ? v : minV;
        maxV = v > maxV ? v : maxV;
      } else {
        allFinite = 0;
      }
    }
    minMax[block * 4] = minT;
    minMax[block * 4 + 1] = maxT;
    minMax[block * 4 + 2] = minV;
    minMax[block * 4 + 3] = maxV;
    finite[block] = allFinite;
  }
  const bounds = { count, minMax, finite };
  boundsOf.set(set.timeMs, { values: set.value, size: set.size, bounds });
  return bounds;
}
