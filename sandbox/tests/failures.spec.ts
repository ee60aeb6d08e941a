/**
 * Issue 9: what the panel shows when things go wrong, in the built plugin in a real browser (fixture mode):
 * the Prometheus data source missing, of the wrong type, failing or timing out; the tracing data source
 * answering 404/500, timing out or slow; tiny panel sizes; a zero-width time range; thousands of series.
 * Every case must end in a clear message (or a usable view) — never a blank panel, never an uncaught error:
 * the `consoleErrors` fixture fails any test that logs a console error, a page error or an HTTP error.
 */
import type { Locator, Page } from '@playwright/test';
import { testIds } from '../../src/components/testIds';
import { expect, test } from './support/fixtures';
import type { SandboxPage } from './support/sandboxPage';

/** What Grafana's backend service hands a data source when the data proxy times out (a FetchError). */
const GATEWAY_TIMEOUT = {
  status: 504,
  statusText: 'Gateway Timeout',
  data: { message: 'Prometheus did not answer within 30s (data proxy timeout)' },
};

/** The panel shows readable text: a message, a count, a legend — anything but nothing. */
async function expectNotBlank(panel: Locator): Promise<void> {
  await expect(panel).toBeVisible();
  await expect
    .poll(async () => ((await panel.textContent()) ?? '').trim().length, { message: 'panel text' })
    .toBeGreaterThan(0);
}

async function diagnostics(sandbox: SandboxPage): Promise<Locator> {
  const box = sandbox.panel.getByTestId(testIds.panel.diagnostics);
  await expect(box).toBeVisible();
  return box;
}

async function openFirstTrace(sandbox: SandboxPage): Promise<Locator> {
  const drawer = await sandbox.openFirstClusterByKeyboard();
  return drawer;
}

function drawerState(page: Page): Locator {
  return page.getByTestId(testIds.drawer.container).getByTestId(testIds.drawer.state);
}

test.describe('Prometheus data source problems', () => {
  test('missing (deleted) data source: the panel names it', async ({ sandbox }) => {
    await sandbox.openFixture('prometheus-missing');
    const box = await diagnostics(sandbox);
    await expect(box).toContainText('Query failed');
    await expect(box).toContainText('Prometheus data source "deleted-prometheus" was not found.');
  });

  test('a data source that is not Prometheus: the panel says so, and which type it is', async ({ sandbox }) => {
    await sandbox.openFixture('prometheus-wrong-type');
    await expectNotBlank(sandbox.panel);
    const box = await diagnostics(sandbox);
    await expect(box).toContainText('is of type "tempo", not Prometheus');
    await expect(box).not.toContainText('No latency data');
  });

  test('query error: the data source message is shown, the panel is not left blank', async ({ sandbox }) => {
    await sandbox.openFixture('builder');
    await expect(sandbox.panel.getByTestId(testIds.chart.plot)).toBeVisible();
    await sandbox.breakDataSource('prometheus', {
      kind: 'error',
      error: {
        status: 400,
        statusText: 'Bad Request',
        data: { message: 'bad_data: invalid parameter "query": 1:1: parse error' },
      },
    });
    await sandbox.runRefresh();
    const box = await diagnostics(sandbox);
    await expect(box).toContainText('Query failed');
    await expect(box).toContainText('bad_data: invalid parameter "query": 1:1: parse error');
    expect((await sandbox.brokenDataSourceCalls('prometheus')).calls).toBeGreaterThan(0);
  });

  test('slow query on first load shows loading, then a timeout becomes a message', async ({ sandbox, page }) => {
    // Start from the deleted data source, break the real one (slow, then a 504 as Grafana's proxy gives),
    // and pick it in the options editor, as a user repairing the panel would.
    await sandbox.openFixture('prometheus-missing');
    await diagnostics(sandbox);
    await sandbox.breakDataSource('prometheus', { kind: 'error', error: GATEWAY_TIMEOUT, delayMs: 4_000 });
    const picker = sandbox.optionsEditor.getByTestId('exemplar-trace-query-editor').getByRole('combobox').first();
    await picker.click();
    await page.keyboard.type('Prometheus');
    await page
      .getByRole('option', { name: /Prometheus/ })
      .or(page.getByText('Prometheus', { exact: true }).last())
      .first()
      .click();
    await expect(sandbox.panel.getByTestId(testIds.panel.loading)).toBeVisible();
    const box = await diagnostics(sandbox);
    await expect(box).toContainText('Prometheus did not answer within 30s', { timeout: 10_000 });
  });

  test('a refresh that times out replaces the lines with the message', async ({ sandbox }) => {
    await sandbox.openFixture('builder');
    await expect(sandbox.panel.getByTestId(testIds.chart.plot)).toBeVisible();
    await sandbox.breakDataSource('prometheus', { kind: 'error', error: GATEWAY_TIMEOUT, delayMs: 1_500 });
    await sandbox.runRefresh();
    // While the data source is slow the previous lines stay (never blank) …
    await expect(sandbox.panel.getByTestId(testIds.chart.plot)).toBeVisible();
    // … then the timeout is shown.
    await expect(await diagnostics(sandbox)).toContainText('Prometheus did not answer within 30s', { timeout: 10_000 });
  });
});

test.describe('tracing data source problems', () => {
  test('404 within the retention: the drawer says the trace is not found and why it may be, with Retry', async ({
    sandbox,
    page,
  }) => {
    // "Now" a minute after the scenario's hour: its first exemplar is an hour old, well within Tempo's retention.
    await page.clock.setFixedTime(Date.UTC(2026, 0, 15, 12, 1));
    await sandbox.openFixture('trace-not-found');
    await openFirstTrace(sandbox);
    await expect(drawerState(page)).toHaveAttribute('data-state', 'not-found');
    await expect(drawerState(page)).toContainText('Trace not found');
    await expect(drawerState(page)).toContainText('it may have been sampled out before storage');
    await expect(page.getByTestId(testIds.drawer.retry)).toBeVisible();
  });

  test('500: the drawer shows the data source error, and Retry asks again', async ({ sandbox, page }) => {
    await sandbox.openFixture('sparse', { traceError: 500 });
    await openFirstTrace(sandbox);
    await expect(drawerState(page)).toHaveAttribute('data-state', 'error');
    await expect(drawerState(page)).toContainText('Status: 500 Internal Server Error');
    const before = (await sandbox.debug()).traceQueries.length;
    // The data source recovers; Retry fetches again and the trace appears.
    await page.evaluate(() => (window.__sandbox.traceBehaviour = { delayMs: 0 }));
    await page.getByTestId(testIds.drawer.retry).click();
    await expect(page.getByTestId(testIds.drawer.waterfall)).toBeVisible();
    expect((await sandbox.debug()).traceQueries.length).toBeGreaterThan(before);
  });

  test('slow: the drawer shows loading and stays responsive; closing it cancels the request', async ({
    sandbox,
    page,
  }) => {
    await sandbox.openFixture('sparse', { traceDelayMs: 3_000 });
    const drawer = await openFirstTrace(sandbox);
    await expect(drawerState(page)).toHaveAttribute('data-state', 'loading');
    // Responsive while loading: the drawer reacts at once and closes on request.
    const started = Date.now();
    await drawer.getByTestId(testIds.drawer.exemplarDetails).click();
    await sandbox.closeDrawer();
    expect(Date.now() - started).toBeLessThan(2_000);
    // Cancelled: the sandbox data source answers only if the query is still subscribed after 3 s, and it records
    // every answer it gives. (Its own 'cancelled' record never fires: rxjs marks the subscriber closed before
    // running the teardown — reported.) Nothing is answered once the drawer is closed.
    await page.waitForTimeout(4_000);
    expect((await sandbox.debug()).traceQueries).toEqual([]);
    // The panel still answers: hovering a marker shows its tooltip.
    const [marker] = await sandbox.markerPositions();
    await page.mouse.move(marker.x, marker.y);
    await expect(page.getByTestId(testIds.chart.exemplarTooltip)).toBeVisible();
    // Without closing, the same lookup completes and is recorded: the check above is not vacuous.
    await openFirstTrace(sandbox);
    await expect(page.getByTestId(testIds.drawer.waterfall)).toBeVisible({ timeout: 10_000 });
    // The hover above may also have prefetched its marker's trace (a second 'found' when that is another trace).
    const outcomes = (await sandbox.debug()).traceQueries.map((q) => q.outcome);
    expect(outcomes.length).toBeGreaterThanOrEqual(1);
    expect(outcomes.every((outcome) => outcome === 'found')).toBe(true);
  });

  test('timeout: after 30 s the drawer says the data source did not answer', async ({ sandbox, page }) => {
    // The page's clock runs naturally until the request is out, then jumps past the panel's 30 s timeout (and short
    // of the data source's 40 s answer) instead of the test waiting half a minute.
    await page.clock.install();
    await sandbox.openFixture('sparse', { traceDelayMs: 40_000 });
    await openFirstTrace(sandbox);
    await expect(drawerState(page)).toHaveAttribute('data-state', 'loading');
    await page.clock.fastForward('00:29');
    await expect(drawerState(page)).toHaveAttribute('data-state', 'loading');
    await page.clock.fastForward('00:02');
    await expect(drawerState(page)).toHaveAttribute('data-state', 'timeout');
    await expect(drawerState(page)).toContainText('did not answer in time');
    await expect(drawerState(page)).toContainText('after 30 s');
    await expect(page.getByTestId(testIds.drawer.retry)).toBeVisible();
    await sandbox.closeDrawer();
  });
});

test.describe('sizes, ranges and volume', () => {
  for (const [width, height] of [
    [60, 40],
    [120, 60],
    [300, 90],
  ]) {
    test(`a ${width}×${height} panel renders without errors, compact, inside its box`, async ({ sandbox }) => {
      await sandbox.openFixture('sparse', { width, height, editor: false });
      const panel = sandbox.panel;
      await expect(panel).toBeAttached();
      // A compact view: the header line (exemplar count) at least, clipped to the box.
      await expect.poll(async () => ((await panel.textContent()) ?? '').trim()).toMatch(/exemplars/);
      const box = await sandbox.panelBox.boundingBox();
      const inner = await panel.boundingBox();
      expect(box).not.toBeNull();
      // The panel stays inside its box (no overflow over the dashboard).
      expect(inner!.width).toBeLessThanOrEqual(box!.width + 1);
      expect(inner!.height).toBeLessThanOrEqual(box!.height + 1);
    });
  }

  test('resizing down to nothing and back keeps the panel working', async ({ sandbox, page }) => {
    await sandbox.openFixture('sparse', { editor: false });
    await expect(sandbox.panel.getByTestId(testIds.chart.plot)).toBeVisible();
    for (const [width, height] of [
      [40, 30],
      [0, 0],
      [1, 1],
      [2000, 20],
      [900, 420],
    ]) {
      await sandbox.panelBox.evaluate(
        (el: HTMLElement, size) => {
          el.style.flex = 'none';
          el.style.width = `${size.width}px`;
          el.style.height = `${size.height}px`;
        },
        { width, height }
      );
      await page.waitForTimeout(150);
    }
    await expect(sandbox.panel.getByTestId(testIds.chart.plot)).toBeVisible();
    await expect.poll(async () => (await sandbox.markerPositions()).length).toBeGreaterThan(3);
  });

  test('a zero-width time range: no crash, the panel is not blank', async ({ sandbox }) => {
    await sandbox.openFixture('zero-range', { editor: false });
    await expectNotBlank(sandbox.panel);
    // Keyboard navigation over an empty plot does nothing rather than failing.
    await sandbox.page.getByTestId(testIds.chart.plot).focus();
    await sandbox.page.keyboard.press('ArrowRight');
    await sandbox.page.keyboard.press('Enter');
    await expect(sandbox.page.getByTestId(testIds.drawer.container)).toHaveCount(0);
  });

  test('2000 series: the chart and the legend render', async ({ sandbox }) => {
    test.setTimeout(90_000);
    const started = Date.now();
    await sandbox.openFixture('many-series', { editor: false, width: 1000, height: 500 });
    await expect(sandbox.panel.getByTestId(testIds.chart.plot)).toBeVisible();
    await expect(sandbox.panel.getByText('p99 /api/r1999', { exact: true })).toBeAttached();
    const state = await sandbox.debug();
    expect(state.panelData?.series).toBe(2000);
    console.log(`2000 series: panel ready in ${Date.now() - started} ms`);
    // No exemplars in this scenario: the panel says so instead of leaving the reader guessing.
    await expect(await diagnostics(sandbox)).toContainText('No exemplars in this time range');
  });
});
