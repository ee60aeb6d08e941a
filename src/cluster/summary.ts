import type { ExemplarSet, LabelColumn } from '../data/model';
import type { Clusters } from './cluster';

interface LabelValueCount {
  value: string;
  count: number;
}

interface TopLabel {
  name: string;
  /** Most frequent values first; ties in value order. */
  values: LabelValueCount[];
}

export interface ClusterSummary {
  count: number;
  /** Over the members' values, NaN ignored; NaN when no member has a value. */
  minValue: number;
  /** Mean of the two middle values for an even count. */
  medianValue: number;
  maxValue: number;
  /** Earliest and latest member timestamp (ms), NaN ignored. */
  fromMs: number;
  toMs: number;
  representative: number;
  errorCount: number;
  topLabels: TopLabel[];
}

const DEFAULT_TOP_LABEL_COUNT = 3;

/**
 * What the hover tooltip shows for cluster `c`. O(members · labels + members·log(members)) for the median;
 * no per-exemplar objects.
 *
 * `topLabels` lists, per label column in `set.labels` order, the `topLabelCount` most frequent values among the
 * members. Columns no member has are left out, and so are columns whose values are all distinct in a cluster of
 * several members (trace IDs, span IDs): a list of count-1 values says nothing about the cluster.
 */
export function summarizeCluster(
  clusters: Clusters,
  c: number,
  set: ExemplarSet,
  topLabelCount = DEFAULT_TOP_LABEL_COUNT
): ClusterSummary {
  if (!(Number.isInteger(c) && c >= 0 && c < clusters.count)) {
    throw new RangeError(`cluster ${c} does not exist (${clusters.count} clusters)`);
  }
  const members = clusters.members.subarray(clusters.memberStart[c], clusters.memberStart[c + 1]);
  const values = new Float64Array(members.length);
  let valueCount = 0;
  let fromMs = Infinity;
  let toMs = -Infinity;
  for (let k = 0; k < members.length; k++) {
    const exemplar = members[k];
    const v = set.value[exemplar];
    if (v === v) {
      values[valueCount++] = v;
    }
    const t = set.timeMs[exemplar];
    fromMs = t < fromMs ? t : fromMs;
    toMs = t > toMs ? t : toMs;
  }
  const sorted = values.subarray(0, valueCount).sort();
  const topLabels: TopLabel[] = [];
  for (const column of set.labels) {
    const top = topValues(column, members, topLabelCount);
    const allDistinct = members.length > 1 && top.length > 0 && top[0].count === 1;
    if (top.length > 0 && !allDistinct) {
      topLabels.push({ name: column.name, values: top });
    }
  }
  return {
    count: members.length,
    minValue: valueCount > 0 ? sorted[0] : NaN,
    medianValue: median(sorted),
    maxValue: valueCount > 0 ? sorted[valueCount - 1] : NaN,
    fromMs: fromMs <= toMs ? fromMs : NaN,
    toMs: fromMs <= toMs ? toMs : NaN,
    representative: clusters.representative[c],
    errorCount: clusters.errorCount[c],
    topLabels,
  };
}

function median(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) {
    return NaN;
  }
  const middle = n >> 1;
  return n % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Counts per dictionary code, reused across calls (a trace_id dictionary can hold millions of entries). */
let codeCounts = new Uint32Array(0);

function topValues(column: LabelColumn, members: Uint32Array, limit: number): LabelValueCount[] {
  if (codeCounts.length < column.dict.length) {
    codeCounts = new Uint32Array(column.dict.length);
  }
  const seenCodes: number[] = [];
  for (let k = 0; k < members.length; k++) {
    const code = column.codes[members[k]];
    if (code < 0) {
      continue;
    }
    if (codeCounts[code]++ === 0) {
      seenCodes.push(code);
    }
  }
  // Keep the best `limit` codes in a small sorted list, then reset the counts so the scratch is clean next time.
  const topCodes: number[] = [];
  const ranksBefore = (a: number, b: number) =>
    codeCounts[a] !== codeCounts[b] ? codeCounts[a] > codeCounts[b] : column.dict[a] < column.dict[b];
  for (const code of seenCodes) {
    let position = topCodes.length;
    while (position > 0 && ranksBefore(code, topCodes[position - 1])) {
      position--;
    }
    if (position < limit) {
      topCodes.splice(position, 0, code);
      topCodes.length = Math.min(topCodes.length, limit);
    }
  }
  const top = topCodes.map((code) => ({ value: column.dict[code], count: codeCounts[code] }));
  for (const code of seenCodes) {
    codeCounts[code] = 0;
  }
  return top;
}
