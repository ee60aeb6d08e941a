import type { ExemplarSet, LabelColumn } from '../data/model';
import { compareShareRows, shareRow, type ShareRow } from './shareRows';

export interface LabelComparison {
  rows: ShareRow[];
  /** Label names left out, with why (trace IDs: every value distinct; `le`: the box already chose it). */
  skipped: Array<{ label: string; reason: string }>;
}

export interface LabelCompareOptions {
  /** Label names never compared; default `le` and `__name__`. */
  ignore?: readonly string[];
  /** A column with more distinct values than this is an identifier, not a property; default 1000. */
  maxValues?: number;
}

const DEFAULT_IGNORED = ['le', '__name__'];
const DEFAULT_MAX_VALUES = 1000;
/** Every value distinct over this many exemplars: an identifier. Fewer can be distinct by chance (3 pods, 3 rows). */
const IDENTIFIER_MIN_ROWS = 20;

/**
 * For every label value, its share among the selected exemplars against its share in the baseline, ranked by the
 * difference. Counts by dictionary code, one typed-array increment per row and column, and looks at the strings
 * only once per distinct value. Identity-encoded columns (trace IDs; see `LabelColumnEncoder`) are skipped: their
 * codes are per row, and a value seen once says nothing about a region.
 */
export function compareLabels(
  set: ExemplarSet,
  selection: Uint32Array,
  baseline: Uint32Array,
  options: LabelCompareOptions = {}
): LabelComparison {
  const ignore = new Set(options.ignore ?? DEFAULT_IGNORED);
  const maxValues = options.maxValues ?? DEFAULT_MAX_VALUES;
  const sizes = { selection: selection.length, baseline: baseline.length, unit: 'exemplars' };
  const rows: ShareRow[] = [];
  const skipped: LabelComparison['skipped'] = [];
  for (const column of set.labels) {
    if (ignore.has(column.name)) {
      skipped.push({ label: column.name, reason: 'not compared: the box already decides it' });
      continue;
    }
    if (column.dict.length > maxValues) {
      skipped.push({ label: column.name, reason: `an identifier: more than ${maxValues} distinct values` });
      continue;
    }
    const selected = countCodes(column, selection);
    const base = countCodes(column, baseline);
    const merged = mergeEqualValues(column.dict, selected, base);
    if (merged.byValue.size >= IDENTIFIER_MIN_ROWS && merged.allSeenOnce) {
      skipped.push({ label: column.name, reason: 'an identifier: every value distinct' });
      continue;
    }
    for (const [value, counts] of merged.byValue) {
      rows.push(shareRow('label', column.name, value, counts[0], counts[1], sizes));
    }
  }
  rows.sort(compareShareRows);
  return { rows, skipped };
}

function countCodes(column: LabelColumn, indices: Uint32Array): Uint32Array {
  const counts = new Uint32Array(column.dict.length);
  const codes = column.codes;
  for (let k = 0; k < indices.length; k++) {
    const code = codes[indices[k]];
    if (code >= 0) {
      counts[code]++;
    }
  }
  return counts;
}

/** Codes → values; a dictionary may name one value twice (identity-encoded stretches), so values are merged. */
function mergeEqualValues(dict: string[], selected: Uint32Array, base: Uint32Array) {
  const byValue = new Map<string, [number, number]>();
  for (let code = 0; code < dict.length; code++) {
    const s = selected[code];
    const b = base[code];
    if (s === 0 && b === 0) {
      continue;
    }
    const counts = byValue.get(dict[code]);
    if (counts) {
      counts[0] += s;
      counts[1] += b;
    } else {
      byValue.set(dict[code], [s, b]);
    }
  }
  let allSeenOnce = true;
  for (const [s, b] of byValue.values()) {
    allSeenOnce &&= s + b === 1;
  }
  return { byValue, allSeenOnce };
}
