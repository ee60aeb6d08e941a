/**
 * Issue 10 against a real Prometheus: "All" mode reads every exemplar from the data source's resource route and
 * shows more than Grafana's sampled exemplars for the same range; every trace ID Prometheus returned is reachable.
 */
import type { Page } from '@playwright/test';
import { testIds } from '../../src/components/testIds';
import { expect, liveUnavailableReason, test } from './support/fixtures';

const unavailable = liveUnavailableReason();

interface RawSeries {
  seriesLabels: Record<string, string>;
  exemplars: Array<{ labels: Record<string, string>; value: string; timestamp: number }>;
}

/** Prometheus' own answer for the window, straight from its HTTP API (not through the sandbox). */
async function rawTraceIds(promUrl: string, fromMs: number, toMs: number): Promise<string[]> {
  const params = new URLSearchParams({
    query: 'http_server_request_duration_seconds_bucket',
    // The panel asks for whole seconds around the range, as Grafana's time range does.
    start: String(Math.floor(fromMs / 1000)),
    end: String(Math.ceil(toMs / 1000)),
  });
  const response = await fetch(`${promUrl}/api/v1/query_exemplars?${params}`);
  const body = (await response.json()) as { data: RawSeries[] };
  return body.data.flatMap((series) => series.exemplars.map((e) => e.labels.trace_id));
}

/** Whether Prometheus has enough samples in the range for a quantile line (rate needs two scrapes). */
async function hasQuantileSeries(promUrl: string, fromMs: number, toMs: number): Promise<boolean> {
  const params = new URLSearchParams({
    query: 'histogram_quantile(0.99, sum by (le) (rate(http_server_request_duration_seconds_bucket[1m])))',
    start: String(Math.floor(fromMs / 1000)),
    end: String(Math.ceil(toMs / 1000)),
    step: '15',
  });
  const response = await fetch(`${promUrl}/api/v1/query_range?${params}`);
  const body = (await response.json()) as { data?: { result?: Array<{ values: unknown[] }> } };
  return (body.data?.result ?? []).some((series) => series.values.length > 0);
}

/** The number in the panel corner: "123 exemplars · all". */
async function shownCount(page: Page, source: 'sampled' | 'all'): Promise<number> {
  const count = page.getByTestId(testIds.panel.exemplarCount);
  await expect(count).toContainText(`· ${source}`, { timeout: 20_000 });
  await expect(count).not.toContainText('refreshing');
  const text = (await count.textContent()) ?? '';
  return Number(/^([\d,]+)/.exec(text)?.[1].replace(/,/g, ''));
}

/** Every trace ID listed by the table view, scrolled through (it is virtualized). */
async function tableTraceIds(page: Page, expected: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const table = page.getByTestId(testIds.table.container);
  const scroller = table.getByRole('grid');
  for (let step = 0; step < 500; step++) {
    for (const text of await table.getByTestId(testIds.table.row).allTextContents()) {
      expected.filter((id) => text.includes(id)).forEach((id) => seen.add(id));
    }
    const atEnd = await scroller.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop += el.clientHeight * 0.8;
      return el.scrollTop === before;
    });
    if (atEnd) {
      break;
    }
    await page.waitForTimeout(30);
  }
  return seen;
}

test.describe('All exemplars in fixture mode', () => {
  test('switching to All re-fetches through the resource route and draws the new markers', async ({
    sandbox,
    page,
  }) => {
    await sandbox.openFixture('sparse');
    const sampled = await shownCount(page, 'sampled');
    await sandbox.option('exemplars.source').getByRole('radio', { name: 'All', exact: true }).check({ force: true });
    const all = await shownCount(page, 'all');
    expect(all).toBeGreaterThan(sampled);
    // Regression: the plot is re-created for the new scale; markers must be laid out on the new plot.
    await expect(page.getByTestId(testIds.chart.plot)).toHaveAttribute('aria-label', /with [1-9]\d* exemplar markers/);
    const requests = (await sandbox.debug()).backendRequests.filter((r) =>
      r.url.includes('/resources/api/v1/query_exemplars')
    );
    expect(requests).toHaveLength(1);
  });
});

test.describe('All exemplars against the real Prometheus', () => {
  test.skip(Boolean(unavailable), `live mode needs the local stack: ${unavailable}`);

  test('All shows every exemplar Prometheus holds for the range, more than Sampled, each trace ID reachable', async ({
    liveSandbox,
    liveSandboxPage,
    page,
  }) => {
    test.setTimeout(150_000);
    // A closed window in the past: exemplars in it no longer change while the test compares.
    await expect
      .poll(async () => (await rawTraceIds(liveSandbox.promUrl, Date.now() - 10 * 60_000, Date.now() - 5_000)).length, {
        timeout: 90_000,
        intervals: [2000],
      })
      .toBeGreaterThanOrEqual(40);
    // On a loaded machine exemplars can be there before the quantile lines are: wait for those too.
    await expect
      .poll(async () => hasQuantileSeries(liveSandbox.promUrl, Date.now() - 10 * 60_000, Date.now() - 5_000), {
        timeout: 60_000,
        intervals: [2000],
      })
      .toBe(true);
    const toMs = Math.floor(Date.now() / 1000) * 1000 - 5_000;
    const fromMs = toMs - 10 * 60_000;
    const expected = await rawTraceIds(liveSandbox.promUrl, fromMs, toMs);

    const range = new URLSearchParams({
      from: new Date(fromMs).toISOString(),
      to: new Date(toMs).toISOString(),
      theme: 'light',
    });
    await page.goto(`${liveSandbox.url}/?${range}`);
    await page.waitForFunction(
      () => window.__sandbox?.ready === true || Boolean(window.__sandbox?.loadError),
      undefined,
      { timeout: 45_000 }
    );
    await expect(liveSandboxPage.panel).toBeVisible();

    const sampled = await shownCount(page, 'sampled');
    await liveSandboxPage
      .option('exemplars.source')
      .getByRole('radio', { name: 'All', exact: true })
      .check({ force: true });
    const all = await shownCount(page, 'all');
    console.log(`live window of 10 min: sampled ${sampled}, all ${all}, Prometheus ${expected.length}`);
    test.info().annotations.push({
      type: 'exemplars',
      description: `sampled ${sampled}, all ${all}, Prometheus ${expected.length}`,
    });

    expect(all).toBe(expected.length);
    expect(all).toBeGreaterThan(sampled);
    // The resource route was used, once per refresh, with the panel's expression.
    const requests = (await liveSandboxPage.debug()).backendRequests.filter((r) =>
      r.url.includes('/resources/api/v1/query_exemplars')
    );
    expect(requests.length).toBeGreaterThanOrEqual(1);

    // Markers: the chart says how many clusters carry them; the table lists every exemplar with its trace ID.
    await expect(page.getByTestId(testIds.chart.plot)).toHaveAttribute('aria-label', /with [1-9]\d* exemplar markers/);
    await page.getByTestId(testIds.viewer.button).click();
    await page
      .getByTestId(testIds.viewer.menu)
      .getByRole('radio', { name: 'Table', exact: true })
      .check({ force: true });
    await page.keyboard.press('Escape');
    const listed = await tableTraceIds(page, expected);
    expect([...new Set(expected)].filter((id) => !listed.has(id))).toEqual([]);
  });
});
