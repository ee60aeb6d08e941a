import { DataSourceInstanceSettings } from '@grafana/data';
import { DataQuery } from '@grafana/schema';
import { PromQuery } from '../hooks/useLatencyData';
import { exploreLatencyQueries } from './exploreQueries';

const prometheus = { uid: 'prom', type: 'prometheus' } as DataSourceInstanceSettings;
const q = (refId: string, extra: Partial<PromQuery> & Partial<DataQuery>): DataQuery => ({
  refId,
  datasource: { uid: 'prom', type: 'prometheus' },
  ...extra,
});

describe('exploreLatencyQueries', () => {
  it("takes the builder's queries in builder mode", () => {
    const targets = [q('A', { expr: 'histogram_quantile(0.99, …)' }) as PromQuery];
    expect(exploreLatencyQueries({ mode: 'builder', targets, prometheus }, [q('Z', { expr: 'up' })])).toBe(targets);
  });

  it("takes the panel's PromQL queries in panel mode: not hidden, with an expression, of the panel's Prometheus", () => {
    const panel = [
      q('A', { expr: 'histogram_quantile(0.5, sum by (le) (rate(x_bucket[$__rate_interval])))', exemplar: true }),
      q('B', { expr: 'histogram_quantile(0.99, …)', hide: true }),
      q('C', { expr: '  ' }),
      q('D', {}),
      q('E', { expr: 'up', datasource: { uid: 'other', type: 'prometheus' } }),
      { refId: 'F', expr: 'rate(y[5m])' } as DataQuery,
    ];
    expect(exploreLatencyQueries({ mode: 'panel', targets: [], prometheus }, panel).map((t) => t.refId)).toEqual([
      'A',
      'F',
    ]);
    expect(exploreLatencyQueries({ mode: 'panel', targets: [], prometheus }, undefined)).toEqual([]);
  });
});
