/**
 * The sandbox's Grafana services as the plugin sees them through @grafana/runtime: data source lookup,
 * Prometheus frames and resource calls, tracing data sources (found, not found, forced failure, delay).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Scenario } from '../shared/scenario';
import { expect, test } from './support/fixtures';

function scenario(name: string): Scenario {
  return JSON.parse(readFileSync(resolve(__dirname, `../dist/scenarios/${name}.json`), 'utf8')) as Scenario;
}

function firstTraceId(): string {
  return Object.keys(scenario('sparse').traces ?? {})[0];
}

test.describe('runtime services in the page', () => {
  test('DataSourceSrv lists tracing data sources and resolves the default', async ({ sandbox, page }) => {
    await sandbox.openFixture('sparse', { editor: false });
    const result = await page.evaluate(async () => {
      const srv = window.__sandbox.runtime.getDataSourceSrv();
      return {
        tracing: srv.getList({ tracing: true }).map((ds) => ds.uid),
        metrics: srv.getList({ metrics: true }).map((ds) => ds.uid),
        defaultUid: (await srv.get(null)).uid,
        byName: srv.getInstanceSettings('Tempo')?.uid,
      };
    });
    expect(result).toEqual({
      tracing: ['jaeger', 'tempo', 'zipkin'],
      metrics: ['prometheus'],
      defaultUid: 'prometheus',
      byName: 'tempo',
    });
  });

  test("Grafana's Prometheus query() returns series first, then the exemplar frame with dataTopic and trace links", async ({
    sandbox,
    page,
  }) => {
    await sandbox.openFixture('sparse', { editor: false });
    const { targets, timeRange } = scenario('sparse');
    // The request as a panel's query runner builds it: DateTime ranges, the scenario's own targets.
    const frames = await page.evaluate(
      async ({ targets, timeRange }) => {
        const { getDataSourceSrv, dateTime } = window.__sandbox.runtime;
        const ds = await getDataSourceSrv().get('prometheus');
        const from = dateTime(timeRange.from);
        const to = dateTime(timeRange.to);
        const request = {
          requestId: 'adapters-spec',
          app: 'dashboard',
          targets,
          range: { from, to, raw: { from, to } },
          interval: '15s',
          intervalMs: 15_000,
          maxDataPoints: 500,
          scopedVars: {},
          timezone: 'utc',
          startTime: Date.now(),
        };
        const response = await new Promise<any>((done, fail) =>
          (ds.query(request as any) as any).subscribe({ next: done, error: fail })
        );
        return response.data.map((frame: any) => ({
          name: frame.name,
          dataTopic: frame.meta?.dataTopic,
          links: frame.fields
            .find((field: any) => field.name === 'trace_id')
            ?.config.links?.map((link: any) => link.internal?.datasourceUid),
        }));
      },
      { targets, timeRange: { from: timeRange!.from, to: timeRange!.to } }
    );
    const exemplarFrames = frames.filter((frame: { dataTopic?: string }) => frame.dataTopic === 'annotations');
    const firstExemplar = frames.findIndex((frame: { dataTopic?: string }) => frame.dataTopic === 'annotations');
    // Nine quantile series (3 quantiles × 3 routes), then the exemplars: Grafana's data source orders them so.
    expect(frames.length - exemplarFrames.length).toBe(9);
    expect(firstExemplar).toBe(9);
    for (const frame of exemplarFrames) {
      expect(frame).toEqual({ name: 'exemplar', dataTopic: 'annotations', links: ['tempo'] });
    }
  });

  test('raw exemplars through the data source resource API', async ({ sandbox, page }) => {
    await sandbox.openFixture('sparse', { editor: false });
    const body = await page.evaluate(async () => {
      const response = await window.__sandbox.runtime
        .getBackendSrv()
        .get<any>('/api/datasources/uid/prometheus/resources/api/v1/query_exemplars', {
          query: 'http_server_request_duration_seconds_bucket',
          start: 0,
          end: 4102444800,
        });
      return {
        status: response.status,
        series: response.data.length,
        exemplars: response.data.reduce((n: number, s: any) => n + s.exemplars.length, 0),
      };
    });
    expect(body.status).toBe('success');
    expect(body.series).toBeGreaterThan(3);
    expect(body.exemplars).toBeGreaterThan(150);
  });

  test('tracing data sources answer trace-ID queries with trace frames, in each query model', async ({
    sandbox,
    page,
  }) => {
    await sandbox.openFixture('sparse', { editor: false });
    const traceId = firstTraceId();
    const results = await page.evaluate(async (id) => {
      const srv = window.__sandbox.runtime.getDataSourceSrv();
      const run = async (uid: string, target: object) => {
        const ds = await srv.get(uid);
        const response = await new Promise<any>((done, fail) =>
          (ds.query({ requestId: uid, targets: [{ refId: 'A', ...target }] } as any) as any).subscribe({
            next: done,
            error: fail,
          })
        );
        const frame = response.data[0];
        return {
          visualisation: frame?.meta?.preferredVisualisationType,
          spans: frame?.length,
          traceIds: [...new Set(frame?.fields.find((f: any) => f.name === 'traceID')?.values)],
        };
      };
      return {
        tempo: await run('tempo', { queryType: 'traceql', query: id }),
        jaeger: await run('jaeger', { query: id }),
        zipkin: await run('zipkin', { queryType: 'traceID', query: id }),
      };
    }, traceId);
    for (const result of Object.values(results)) {
      expect(result).toEqual({ visualisation: 'trace', spans: expect.any(Number), traceIds: [traceId] });
      expect(result.spans).toBeGreaterThanOrEqual(3);
    }
  });

  test('an unknown trace answers like Tempo: a 404 error and no frames', async ({ sandbox, page }) => {
    await sandbox.openFixture('trace-not-found', { editor: false });
    const response = await page.evaluate(async () => {
      const ds = await window.__sandbox.runtime.getDataSourceSrv().get('tempo');
      return new Promise<any>((done, fail) =>
        (
          ds.query({
            targets: [{ refId: 'A', queryType: 'traceql', query: '0123456789abcdef0123456789abcdef' }],
          } as any) as any
        ).subscribe({ next: done, error: fail })
      );
    });
    expect(response.data).toEqual([]);
    expect(response.error.status).toBe(404);
    expect(response.error.message).toContain(
      'failed to get trace with id: 0123456789abcdef0123456789abcdef Status: 404'
    );
    expect((await sandbox.debug()).traceQueries).toEqual([
      { datasourceUid: 'tempo', traceId: '0123456789abcdef0123456789abcdef', outcome: 'not-found' },
    ]);
  });

  test('?traceError=500 forces failures and ?traceDelayMs slows answers down', async ({ sandbox, page }) => {
    await sandbox.openFixture('sparse', { editor: false, traceError: 500, traceDelayMs: 400 });
    const traceId = firstTraceId();
    const { status, elapsed } = await page.evaluate(async (id) => {
      const ds = await window.__sandbox.runtime.getDataSourceSrv().get('tempo');
      const started = performance.now();
      const response = await new Promise<any>((done, fail) =>
        (ds.query({ targets: [{ refId: 'A', queryType: 'traceql', query: id }] } as any) as any).subscribe({
          next: done,
          error: fail,
        })
      );
      return { status: response.error?.status, elapsed: performance.now() - started };
    }, traceId);
    expect(status).toBe(500);
    expect(elapsed).toBeGreaterThanOrEqual(390);
  });

  test('locationService pushes are recorded', async ({ sandbox, page }) => {
    await sandbox.openFixture('sparse', { editor: false });
    await page.evaluate(() => window.__sandbox.runtime.locationService.push('/explore?schemaVersion=1'));
    // The last entry: the dashboard's own URL sync (Scenes, `var-route` once its options load) may come first.
    expect((await sandbox.debug()).locationHistory.at(-1)).toBe('/explore?schemaVersion=1');
  });
});
