import { dateTime, DataSourceInstanceSettings, FieldType, toDataFrame } from '@grafana/data';
import { planLatencyQueries } from '../../data/promql';
import { defaultOptions } from '../../types';
import { builderRequest, builderTargets, withoutInstanceRefIds } from './builderRequest';

const prometheus = { uid: 'prom', type: 'prometheus' } as DataSourceInstanceSettings;
const plan = planLatencyQueries({ ...defaultOptions.query, metric: 'http_server_request_duration_seconds' });
const queries = plan.ok ? plan.queries : [];
const range = { from: dateTime(0), to: dateTime(3_600_000), raw: { from: 'now-1h', to: 'now' } };

describe('builder queries', () => {
  it('asks for exemplars on the first query of the histogram only', () => {
    expect(builderTargets(queries, prometheus, true).map((t) => t.exemplar)).toEqual([true, false, false]);
    expect(builderTargets(queries, prometheus, false).some((t) => t.exemplar)).toBe(false);
  });

  it('gives each panel instance its own request id and target keys, and takes the key off the answers', () => {
    const targets = builderTargets(queries, prometheus, true);
    const request = (instanceKey: string) =>
      builderRequest({
        instanceKey,
        panelId: 7,
        timeRange: range,
        timeZone: 'utc',
        width: 800,
        targets,
        scopedVars: { route: { text: 'a', value: 'a' } },
      });
    const [a, b] = [request('p1'), request('p2')];
    expect(a.requestId).not.toBe(b.requestId);
    // Grafana's Prometheus data source keys each target as panelId + refId: clones share the panel id.
    const keys = (r: typeof a) => r.targets.map((t) => `${r.panelId}${t.refId}`);
    expect(keys(a).filter((key) => keys(b).includes(key))).toEqual([]);
    expect(a.scopedVars.route?.value).toBe('a');
    const answer = toDataFrame({
      refId: a.targets[0].refId,
      fields: [{ name: 'Time', type: FieldType.time, values: [1] }],
    });
    expect(withoutInstanceRefIds([answer], 'p1')[0].refId).toBe(queries[0].refId);
    expect(withoutInstanceRefIds([answer], 'p2')[0].refId).toBe(a.targets[0].refId);
  });
});
