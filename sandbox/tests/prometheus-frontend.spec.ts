/**
 * Grafana's own Prometheus frontend (`@grafana/prometheus` PrometheusDatasource, every page's Prometheus data source) on the
 * emulated Go backend: its queries go to `POST /api/ds/query`, its language provider to the label routes.
 */
import { expect, test } from './support/fixtures';
import { screenshotPath } from './support/screenshots';

test.describe('the real Prometheus frontend', () => {
  test('builder queries reach the emulated /api/ds/query and the panel draws lines and exemplars', async ({
    sandbox,
    page,
  }) => {
    await sandbox.openFixture('builder');
    await expect(sandbox.exemplarCount).toContainText('162 exemplars');
    const state = await sandbox.debug();
    expect(
      state.backendRequests.some((request) => request.method === 'POST' && request.url.startsWith('/api/ds/query'))
    ).toBe(true);
    const [records] = state.promQueries;
    // The builder's refIds carry the panel instance (`p50~p1`): the data source keys its query cache and each
    // target's requestId by panel id + refId, which clones of a repeated panel would otherwise share.
    expect(records.map((record) => record.refId.replace(/~p\d+$/, ''))).toEqual(['p50', 'p99']);
    expect(new Set(records.map((record) => record.refId.split('~')[1])).size).toBe(1);
    // Histogram metrics not known yet: the flag on the first query is kept.
    expect(records.map((record) => record.exemplar)).toEqual([true, false]);
    expect(state.cancelledRequests).toEqual([]);
    await expect.poll(() => sandbox.exemplarPixels(page.locator('body'))).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('prometheus-frontend-builder.png') });
  });

  test('the language provider gets label values from the emulated backend (histogram suggestions)', async ({
    sandbox,
  }) => {
    await sandbox.openFixture('builder');
    const names = await sandbox.page.evaluate(async () => {
      const srv = window.__sandbox.runtime.getBackendSrv();
      const answer = await srv.get<{ data: string[] }>(
        '/api/datasources/uid/prometheus/resources/api/v1/label/__name__/values'
      );
      return answer.data;
    });
    expect(names).toContain('http_server_request_duration_seconds_bucket');
  });

  // Issue 17: once the language provider knows the histogram metrics, the real shouldRunExemplarQuery drops the
  // flag from any target whose histogram an earlier target already queries. The builder flagged the last quantile
  // query, so after a refresh no query asked for exemplars (seen failing); it flags the first one now.
  test('after a refresh (histogram metrics known) the builder still asks for exemplars', async ({ sandbox }) => {
    await sandbox.openFixture('builder');
    await expect(sandbox.exemplarCount).toContainText('162 exemplars');
    // What Grafana's Prometheus query editor does when it opens (panel edit, Explore): the language provider loads
    // the metric names, and with them the histogram metrics shouldRunExemplarQuery consults.
    await sandbox.page.evaluate(async () => {
      const ds = (await window.__sandbox.runtime.getDataSourceSrv().get('prometheus')) as unknown as {
        languageProvider: { start: () => Promise<unknown>; retrieveHistogramMetrics: () => string[] };
      };
      await ds.languageProvider.start();
      if (ds.languageProvider.retrieveHistogramMetrics().length === 0) {
        throw new Error('the language provider knows no histogram metrics');
      }
    });
    const queriesBefore = (await sandbox.debug()).promQueries.length;
    await sandbox.refresh();
    await expect.poll(async () => (await sandbox.debug()).promQueries.length).toBeGreaterThan(queriesBefore);
    const records = (await sandbox.debug()).promQueries.at(-1) ?? [];
    expect(records.map((record) => record.exemplar)).toEqual([true, false]);
  });
});
