import type { SeriesGroup } from '../data/seriesMatch';
import { clusterSeries } from './clusterSeries';

const groups: SeriesGroup[] = [
  { labels: { __name__: 'http_server_duration_seconds', route: '/api/checkout' }, series: [0, 1] },
  { labels: { route: '/api/search', method: 'GET' }, series: [2] },
];

describe('clusterSeries', () => {
  it('lists the series of a mixed cluster, most members first, unmatched exemplars named as such', () => {
    const groupOf = Int32Array.of(0, 1, 1, -1, 1);
    expect(clusterSeries(Uint32Array.of(0, 1, 2, 3, 4), groupOf, groups)).toEqual([
      { name: '/api/search GET', count: 3 },
      { name: '/api/checkout', count: 1 },
      { name: 'no series', count: 1 },
    ]);
  });

  it('lists nothing when every member belongs to one series', () => {
    expect(clusterSeries(Uint32Array.of(1, 2), Int32Array.of(0, 1, 1), groups)).toEqual([]);
  });
});
