/** Live mode: Grafana's Prometheus data source (emulated backend) against a real Prometheus scraping the demo service. */
import { expect, liveUnavailableReason, test } from './support/fixtures';

const unavailable = liveUnavailableReason();

test.describe('live mode', () => {
  test.skip(Boolean(unavailable), `live mode needs the local stack: ${unavailable}`);
  test.describe.configure({ mode: 'serial' });

  test('renders the panel with series and exemplars from the real Prometheus', async ({ liveSandboxPage }) => {
    await liveSandboxPage.openLive({ editor: false });
    // A fresh stack has seconds of history: refresh until the quantile query has points.
    await expect
      .poll(
        async () => {
          const { promQueries } = await liveSandboxPage.debug();
          const last = promQueries[promQueries.length - 1] ?? [];
          if (last.some((record) => record.seriesFrames > 0)) {
            return true;
          }
          await liveSandboxPage.refresh();
          return false;
        },
        { timeout: 30_000, intervals: [1000] }
      )
      .toBe(true);
    const state = await liveSandboxPage.debug();
    const records = state.promQueries[state.promQueries.length - 1];
    expect(records.reduce((n, record) => n + record.seriesFrames, 0)).toBeGreaterThanOrEqual(1);
    expect(records.reduce((n, record) => n + record.exemplarFrames, 0)).toBeGreaterThanOrEqual(1);
    // Grafana's PrometheusDatasource (shouldRunExemplarQuery) drops the toggle of a later query of the same histogram
    // only once its language provider knows the histogram metrics, which a dashboard without an open query editor
    // never loads: every toggled query asks, and the panel keeps one copy of each exemplar (buildPanelView).
    expect(records.map((record) => record.exemplar)).toEqual([true, true, true]);
    expect(records[0].expr).toMatch(/\[\d+m?\d*s\]\)\)\)$/);
    expect(state.panelData?.series).toBeGreaterThanOrEqual(1);
    expect(state.panelData?.annotations).toBe(records.reduce((n, record) => n + record.exemplarFrames, 0));
  });

  test('exemplar trace IDs resolve to trace frames from the demo service through Tempo', async ({
    liveSandboxPage,
    page,
  }) => {
    await liveSandboxPage.openLive({ editor: false });
    const outcome = await page.evaluate(async () => {
      const srv = window.__sandbox.runtime.getDataSourceSrv();
      const prometheus = await srv.get('prometheus');
      void prometheus;
      const raw = await window.__sandbox.runtime
        .getBackendSrv()
        .get<any>('/api/datasources/uid/prometheus/resources/api/v1/query_exemplars', {
          query: 'http_server_request_duration_seconds_bucket',
          start: Date.now() / 1000 - 600,
          end: Date.now() / 1000,
        });
      const ids: string[] = raw.data
        .flatMap((series: any) => series.exemplars.map((e: any) => e.labels.trace_id))
        .filter(Boolean)
        .slice(-5);
      const tempo = await srv.get('tempo');
      const results = [];
      for (const id of ids) {
        const response = await new Promise<any>((done, fail) =>
          (tempo.query({ targets: [{ refId: 'A', queryType: 'traceql', query: id }] } as any) as any).subscribe({
            next: done,
            error: fail,
          })
        );
        results.push({ id, spans: response.data[0]?.length ?? 0, error: response.error?.status });
      }
      return results;
    });
    expect(outcome.length).toBeGreaterThan(0);
    expect(outcome.some((result) => result.spans > 0)).toBe(true);
  });
});
