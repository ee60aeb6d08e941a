import { buildExploreUrl, traceLookupUsesRange } from './explore';

describe('buildExploreUrl', () => {
  it('opens a split view: latency query on the left, trace on the right', () => {
    const url = buildExploreUrl(
      '/grafana',
      { from: 1000, to: 2000 },
      [
        {
          datasource: { uid: 'prom', type: 'prometheus' },
          queries: [{ refId: 'p99', expr: 'histogram_quantile(0.99, x)' } as never],
        },
        {
          datasource: { uid: 'tempo', type: 'tempo' },
          queries: [{ refId: 'A', queryType: 'traceql', query: 'abc' } as never],
        },
      ],
      1
    );
    const [path, query] = url.split('?');
    expect(path).toBe('/grafana/explore');
    const params = new URLSearchParams(query);
    expect(params.get('schemaVersion')).toBe('1');
    expect(JSON.parse(params.get('panes')!)).toEqual({
      pane1: {
        datasource: 'prom',
        queries: [
          { refId: 'p99', expr: 'histogram_quantile(0.99, x)', datasource: { uid: 'prom', type: 'prometheus' } },
        ],
        range: { from: '1000', to: '2000' },
      },
      pane2: {
        datasource: 'tempo',
        queries: [{ refId: 'A', queryType: 'traceql', query: 'abc', datasource: { uid: 'tempo', type: 'tempo' } }],
        range: { from: '1000', to: '2000' },
      },
    });
  });

  it("names the user's organisation and carries data sources as type and uid only", () => {
    const settings = {
      uid: 'prom',
      type: 'prometheus',
      name: 'Prometheus',
      url: 'http://prometheus:9090',
      jsonData: { big: 'x'.repeat(2000) },
      meta: {},
    };
    const url = buildExploreUrl(
      '',
      { from: 1, to: 2 },
      [{ datasource: settings as never, queries: [{ refId: 'p99', datasource: settings } as never] }],
      3
    );
    const params = new URLSearchParams(url.split('?')[1]);
    expect(url.startsWith('/explore?')).toBe(true);
    expect(params.get('orgId')).toBe('3');
    expect(JSON.parse(params.get('panes')!).pane1.queries[0].datasource).toEqual({ type: 'prometheus', uid: 'prom' });
    expect(url.length).toBeLessThan(400);
  });

  it("gives a pane its own range when it has one: the trace's, beside the dashboard's for the metrics", () => {
    const url = buildExploreUrl(
      '',
      { from: 100, to: 200 },
      [
        { datasource: { uid: 'prom', type: 'prometheus' }, queries: [{ refId: 'A' }] },
        { datasource: { uid: 'tempo', type: 'tempo' }, queries: [{ refId: 'B' }], range: { from: 5, to: 9 } },
      ],
      1
    );
    const panes = JSON.parse(new URLSearchParams(url.split('?')[1]).get('panes')!);
    expect(panes.pane1.range).toEqual({ from: '100', to: '200' });
    expect(panes.pane2.range).toEqual({ from: '5', to: '9' });
  });

  it('knows which tracing data sources look a trace ID up within the range: Tempo with time shift on', () => {
    expect(traceLookupUsesRange('tempo', { traceQuery: { timeShiftEnabled: true, spanStartTimeShift: '30m' } })).toBe(
      true
    );
    expect(traceLookupUsesRange('tempo', { traceQuery: { timeShiftEnabled: false } })).toBe(false);
    expect(traceLookupUsesRange('tempo', undefined)).toBe(false);
    expect(traceLookupUsesRange('jaeger', { traceQuery: { timeShiftEnabled: true } })).toBe(false);
  });
});
