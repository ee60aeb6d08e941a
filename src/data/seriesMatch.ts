import { findLabel } from './columnar';
import { ExemplarSet, LatencySeries } from './model';

/** Series of the same labels (apart from the quantile) form one group: e.g. p50/p90/p99 of one route. */
export interface SeriesGroup {
  labels: Record<string, string>;
  /** Indices into the series array. */
  series: number[];
}

const IGNORED = new Set(['__name__', 'quantile']);

function groupKey(labels: Record<string, string>): string {
  return JSON.stringify(
    Object.keys(labels)
      .filter((k) => !IGNORED.has(k))
      .sort()
      .map((k) => [k, labels[k]])
  );
}

export function groupSeries(series: LatencySeries[]): SeriesGroup[] {
  const byKey = new Map<string, SeriesGroup>();
  series.forEach((s, index) => {
    const key = groupKey(s.labels);
    let group = byKey.get(key);
    if (!group) {
      const labels = Object.fromEntries(Object.entries(s.labels).filter(([k]) => !IGNORED.has(k)));
      group = { labels, series: [] };
      byKey.set(key, group);
    }
    group.series.push(index);
  });
  return Array.from(byKey.values());
}

/** Up to this many label-code combinations the memo is an Int32Array (256 KB at most) instead of a Map. */
const DENSE_MEMO_KEYS = 1 << 16;
const NOT_LOOKED_UP = -2;

/**
 * For each exemplar, the group whose labels it carries (the most specific one), or -1.
 * Works on label codes: one lookup per distinct combination of the grouping labels, not per row.
 */
export function matchExemplarsToGroups(set: ExemplarSet, groups: SeriesGroup[]): Int32Array {
  const result = new Int32Array(set.size).fill(-1);
  if (groups.length === 0 || set.size === 0) {
    return result;
  }
  const names = Array.from(new Set(groups.flatMap((g) => Object.keys(g.labels)))).sort();
  const columns = names.map((name) => findLabel(set, name));
  // Most specific groups first so {route, method} beats {route}.
  const ordered = groups
    .map((g, i) => i)
    .sort((a, b) => Object.keys(groups[b].labels).length - Object.keys(groups[a].labels).length);
  const strides: number[] = [];
  let stride = 1;
  for (const column of columns) {
    strides.push(stride);
    stride *= (column?.dict.length ?? 0) + 1;
  }
  const exact = stride < Number.MAX_SAFE_INTEGER;
  // Few combinations (the usual case: a handful of routes, methods, statuses): the memo is an array indexed by key.
  const denseMemo = exact && stride <= DENSE_MEMO_KEYS ? new Int32Array(stride).fill(NOT_LOOKED_UP) : undefined;
  const memo = new Map<number | string, number>();

  const groupFor = (row: number): number => {
    for (const g of ordered) {
      const labels = groups[g].labels;
      let matches = true;
      for (const name in labels) {
        const column = columns[names.indexOf(name)];
        const code = column ? column.codes[row] : -1;
        if (code < 0 || column!.dict[code] !== labels[name]) {
          matches = false;
          break;
        }
      }
      if (matches) {
        return g;
      }
    }
    return -1;
  };

  for (let row = 0; row < set.size; row++) {
    let key: number | string = 0;
    if (exact) {
      for (let c = 0; c < columns.length; c++) {
        key += ((columns[c]?.codes[row] ?? -1) + 1) * strides[c];
      }
    } else {
      key = columns.map((column) => column?.codes[row] ?? -1).join(',');
    }
    if (denseMemo) {
      let group = denseMemo[key as number];
      if (group === NOT_LOOKED_UP) {
        group = denseMemo[key as number] = groupFor(row);
      }
      result[row] = group;
      continue;
    }
    let group = memo.get(key);
    if (group === undefined) {
      group = groupFor(row);
      memo.set(key, group);
    }
    result[row] = group;
  }
  return result;
}
