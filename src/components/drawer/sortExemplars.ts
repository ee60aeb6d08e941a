import { labelsOf } from '../../data/columnar';
import { exemplarFilterMask, parseExemplarFilter } from '../../data/exemplarFilter';
import { ExemplarSet } from '../../data/model';

export type ExemplarSort = 'latency-desc' | 'latency-asc' | 'time-desc' | 'time-asc';

/**
 * The members of a cluster (or any exemplar list), filtered, then sorted. The filter is the panel options' syntax,
 * PromQL-style label matchers (`route=/api/cart`, `status=~"5.."`); text that is not matchers is looked for in
 * every label value instead, ignoring case.
 */
export function sortAndFilterExemplars(
  set: ExemplarSet,
  members: Uint32Array,
  sort: ExemplarSort,
  filter: string
): number[] {
  const rows = Array.from(members).filter(rowFilter(set, filter));
  const by = sort.startsWith('latency') ? set.value : set.timeMs;
  const sign = sort.endsWith('desc') ? -1 : 1;
  return rows.sort((a, b) => sign * (by[a] - by[b]) || a - b);
}

function rowFilter(set: ExemplarSet, filter: string): (row: number) => boolean {
  const query = filter.trim();
  if (!query) {
    return () => true;
  }
  const parsed = parseExemplarFilter(query);
  if (parsed.ok) {
    const mask = exemplarFilterMask(set, parsed.matchers);
    return (row) => mask[row] === 1;
  }
  const word = query.toLowerCase();
  return (row) => Object.values(labelsOf(set, row)).some((v) => v.toLowerCase().includes(word));
}

/** Labels that identify one request (a column of them says nothing about the group) or restate the latency. */
const NOT_DISTINGUISHING = /^(__name__|le|quantile)$|(^|[_.])(trace|span|request|parent)[_.]?id$/i;

/**
 * The labels worth a column in a cluster's list: those whose value differs between members (route, status,
 * method…), with few distinct values, leaving out trace/span IDs, the bucket and `excluded` (the mapped trace-ID
 * labels). Fewest distinct values first, at most `max`.
 */
export function distinguishingLabels(
  set: ExemplarSet,
  members: Uint32Array,
  excluded: string[],
  max = 3,
  maxDistinct = 20
): string[] {
  const found: Array<{ name: string; distinct: number }> = [];
  for (const column of set.labels) {
    if (excluded.includes(column.name) || NOT_DISTINGUISHING.test(column.name)) {
      continue;
    }
    const seen = new Set<number>();
    for (let i = 0; i < members.length && seen.size <= maxDistinct; i++) {
      seen.add(column.codes[members[i]] ?? -1);
    }
    if (seen.size >= 2 && seen.size <= maxDistinct) {
      found.push({ name: column.name, distinct: seen.size });
    }
  }
  return found
    .sort((a, b) => a.distinct - b.distinct)
    .slice(0, max)
    .map((entry) => entry.name);
}
