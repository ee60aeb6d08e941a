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
 * The exemplars inside the box and the baseline, in one pass over the columns: a comparison of two plain
 * numbers per row and a byte per mask, no object per exemplar, so a million exemplars take a few ms.
 * Exemplars without a finite value or time are on neither side.
 */
export function selectRegion(
  set: ExemplarSet,
  rawBox: RegionBox,
  masks: RegionMasks = {},
  baselineMode: BaselineMode = 'outside'
): RegionSides {
  const box = normalizeBox(rawBox);
  const { fromMs, toMs, minValue, maxValue } = box;
  const { visible, filter } = masks;
  const size = set.size;
  const times = set.timeMs;
  const values = set.value;
  // The two sides are disjoint, so they share one buffer: the selection fills it from the front, the baseline from
  // the back. Half the memory to allocate and zero, which is a good part of the time at a million rows.
  const rows = new Uint32Array(size);
  let insideCount = 0;
  let outsideStart = size;
  const belowOnly = baselineMode === 'below';
  for (let i = 0; i < size; i++) {
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
      rows[insideCount++] = i;
    } else if (belowOnly ? v < minValue : v === v) {
      rows[--outsideStart] = i;
    }
  }
  return { selection: rows.slice(0, insideCount), baseline: rows.slice(outsideStart).reverse() };
}
