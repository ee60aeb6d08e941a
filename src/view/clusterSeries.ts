import type { SeriesGroup } from '../data/seriesMatch';

export interface ClusterSeries {
  /** The series' own labels' values ("/api/checkout GET"), or "no series" for exemplars matched to none. */
  name: string;
  count: number;
}

const NOT_NAMING = new Set(['__name__', 'quantile', 'le']);

function groupName(group: SeriesGroup | undefined): string {
  if (!group) {
    return 'no series';
  }
  const values = Object.entries(group.labels)
    .filter(([name]) => !NOT_NAMING.has(name))
    .map(([, value]) => value);
  return values.length > 0 ? values.join(' ') : 'the series';
}

/**
 * Which series the members of a cluster belong to, most members first: a cluster drawn in one series' colour can
 * hold exemplars of others, and its tooltip says so. Empty when they all belong to one.
 */
export function clusterSeries(
  members: Uint32Array,
  groupOfExemplar: Int32Array,
  groups: SeriesGroup[]
): ClusterSeries[] {
  const counts = new Map<number, number>();
  for (const exemplar of members) {
    const group = groupOfExemplar[exemplar] ?? -1;
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  if (counts.size < 2) {
    return [];
  }
  return (
    [...counts]
      // Ties in the series' order, exemplars of no series last.
      .sort((a, b) => b[1] - a[1] || (a[0] < 0 ? 1 : b[0] < 0 ? -1 : a[0] - b[0]))
      .map(([group, count]) => ({ name: groupName(groups[group]), count }))
  );
}
