import { exemplarFrame } from './__fixtures__/prometheusFrames';
import { exemplarSetFromFrames } from './exemplarFrames';
import { LatencySeries } from './model';
import { groupSeries, matchExemplarsToGroups } from './seriesMatch';

function series(labels: Record<string, string>, quantile: number): LatencySeries {
  return {
    refId: `p${quantile}`,
    name: '',
    labels,
    quantile,
    timeMs: new Float64Array(0),
    value: new Float64Array(0),
    unit: 's',
  };
}

describe('exemplars follow their series', () => {
  const all = [
    series({ route: '/cart' }, 0.5),
    series({ route: '/cart' }, 0.99),
    series({ route: '/checkout' }, 0.99),
    series({ route: '/checkout', method: 'POST' }, 0.99),
  ];

  it('groups quantile lines of the same labels', () => {
    expect(groupSeries(all).map((g) => [g.labels, g.series])).toEqual([
      [{ route: '/cart' }, [0, 1]],
      [{ route: '/checkout' }, [2]],
      [{ method: 'POST', route: '/checkout' }, [3]],
    ]);
  });

  it('matches each exemplar to the most specific group whose labels it carries', () => {
    const { set } = exemplarSetFromFrames([
      exemplarFrame('A', [
        { timeMs: 1, value: 0.1, labels: { route: '/cart', method: 'GET', le: '0.1' } },
        { timeMs: 2, value: 0.1, labels: { route: '/checkout', method: 'POST', le: '0.1' } },
        { timeMs: 3, value: 0.1, labels: { route: '/checkout', method: 'GET', le: '0.1' } },
        { timeMs: 4, value: 0.1, labels: { route: '/search', le: '0.1' } },
        { timeMs: 5, value: 0.1, labels: { route: '/cart', method: 'GET', le: '0.25' } },
      ]),
    ]);
    expect(Array.from(matchExemplarsToGroups(set, groupSeries(all)))).toEqual([0, 2, 1, -1, 0]);
  });

  it('puts every exemplar in the only group when the query has no group-by', () => {
    const { set } = exemplarSetFromFrames([exemplarFrame('A', [{ timeMs: 1, value: 1, labels: { route: '/x' } }])]);
    expect(Array.from(matchExemplarsToGroups(set, groupSeries([series({}, 0.99)])))).toEqual([0]);
  });
});
