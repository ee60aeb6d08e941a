/**
 * Issue 9: browser soak against the real stack (demo service + Prometheus, live mode). 30 dashboard refresh
 * cycles, each re-running the panel queries against Prometheus and opening and closing the trace drawer on a
 * marker; JS heap and DOM node count measured after forced garbage collection (Chrome DevTools Protocol) at the
 * start and the end. Growth must stay bounded: heap < +20 MB, DOM nodes < +10 %, event listeners < +10 %, no
 * detached uPlot canvases. Each cycle also isolates a series in the legend and shows all again: a refresh hands
 * the plot new data, a legend change re-creates it (new config); both must let the old plot go.
 *
 * The time range is a fixed window in the past, so every refresh brings the same data and any growth is the
 * panel's, not Prometheus'. A trace the demo service has already evicted (its buffer keeps the last few thousand)
 * answers 404, which the browser logs; the panel shows "Trace not found yet" then. Those expected 404s are counted
 * and removed from the console-error check explicitly; any other console error still fails the test.
 */
import type { CDPSession, Page } from '@playwright/test';
import { testIds } from '../../src/components/testIds';
import { expect, liveUnavailableReason, test } from './support/fixtures';
import type { SandboxPage } from './support/sandboxPage';

const unavailable = liveUnavailableReason();

const CYCLES = 30;
const HEAP_GROWTH_LIMIT_BYTES = 20 * 1024 * 1024;
const NODE_GROWTH_LIMIT = 0.1;

interface Snapshot {
  heapUsedBytes: number;
  domNodes: number;
  documentElements: number;
  listeners: number;
  /** uPlot canvases alive but no longer in the document (each holds a width×height×4 bitmap outside the JS heap). */
  detachedPlotCanvases: number;
}

/** Canvases alive in the page (Runtime.queryObjects collects garbage first) that are not in the document. */
async function detachedCanvases(cdp: CDPSession): Promise<number> {
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'HTMLCanvasElement.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId! });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId!,
    functionDeclaration:
      'function () { return this.filter((c) => !c.isConnected && c.closest(".uplot, .u-wrap") !== null || (!c.isConnected && c.parentElement?.classList.contains("u-wrap"))).length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId! });
  return result.value as number;
}

/** Heap and DOM after forced garbage collection, as DevTools reports them. */
async function measure(cdp: CDPSession, page: Page): Promise<Snapshot> {
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(200);
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return {
    heapUsedBytes: metric('JSHeapUsedSize'),
    domNodes: metric('Nodes'),
    documentElements: await page.evaluate(() => document.getElementsByTagName('*').length),
    listeners: metric('JSEventListeners'),
    detachedPlotCanvases: await detachedCanvases(cdp),
  };
}

/** One refresh: the panel queries Prometheus again and renders the answer. */
async function refreshOnce(sandbox: SandboxPage): Promise<void> {
  const before = (await sandbox.debug()).promQueries.length;
  await sandbox.runRefresh();
  await expect
    .poll(async () => (await sandbox.debug()).promQueries.length, { timeout: 15_000 })
    .toBeGreaterThan(before);
  await expect(sandbox.panel.getByTestId(testIds.chart.exemplarCanvas)).toBeVisible();
}

/** Isolates the first series in the legend, then shows every series again: two new plot configs. */
async function legendOnce(page: Page): Promise<void> {
  const first = page.locator('[data-testid^="data-testid VizLegend series "]').first().getByRole('button');
  const before = await page.getByTestId(testIds.chart.exemplarCanvas).getAttribute('data-exemplars');
  await first.click();
  await expect
    .poll(() => page.getByTestId(testIds.chart.exemplarCanvas).getAttribute('data-exemplars'))
    .not.toBe(before);
  await first.click();
  await expect.poll(() => page.getByTestId(testIds.chart.exemplarCanvas).getAttribute('data-exemplars')).toBe(before);
}

/**
 * Opens the drawer the keyboard way on a different marker each cycle (focus the chart, ArrowRight to the first
 * marker, `cycle % 5` more to the right, Enter), waits until it settled (a trace, or not found), closes it.
 * Not by mouse click here: a click on a marker that ends up under the opened drawer freezes the page (reported).
 */
async function drawerOnce(sandbox: SandboxPage, page: Page, cycle: number): Promise<void> {
  await page.getByTestId(testIds.chart.plot).focus();
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < cycle % 5; i++) {
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Enter');
  const drawer = page.getByTestId(testIds.drawer.container);
  await expect(drawer).toBeVisible();
  // A trace, or a settled state (not found, error): not loading any more.
  await expect
    .poll(
      async () =>
        drawer.evaluate((el) => el.querySelector('[data-state="loading"]') === null && (el.textContent ?? '') !== ''),
      { timeout: 15_000 }
    )
    .toBe(true);
  await sandbox.closeDrawer();
}

test.describe('soak against the real stack', () => {
  test.skip(Boolean(unavailable), `live mode needs the local stack: ${unavailable}`);
  // Minutes long: on the primary host only (the React 19 host runs the same plugin build).
  test.skip(({ sandboxHost }) => sandboxHost !== 'grafana12', 'soak runs on the grafana12 (React 18) host only');

  test(`${CYCLES} refresh cycles with the drawer opened and closed: heap and DOM stay bounded`, async ({
    liveSandbox,
    liveSandboxPage,
    page,
    consoleErrors,
  }) => {
    test.setTimeout(300_000);
    // A closed window in the past with exemplars in it: wait for the stack to have written one (45 s of history;
    // a stack an earlier live spec of this worker started already has some of it).
    const windowStart = liveSandbox.startedAtMs;
    await page.waitForTimeout(Math.max(0, liveSandbox.startedAtMs + 45_000 - Date.now()));
    const toMs = Math.floor(Date.now() / 1000) * 1000 - 2_000;
    const fromMs = Math.max(windowStart - 5_000, toMs - 60_000);
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
    const sandbox = liveSandboxPage;
    await expect(sandbox.panel.getByTestId(testIds.chart.exemplarCanvas)).toBeVisible({ timeout: 30_000 });
    await expect.poll(async () => (await sandbox.markerPositions()).length, { timeout: 30_000 }).toBeGreaterThan(2);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');

    // Warm-up: lazy chunks, caches and first-use allocations are not leaks.
    if (process.env.SOAK_VERBOSE) {
      console.log(
        `stack ready, window ${new Date(fromMs).toISOString()} – ${new Date(toMs).toISOString()}, markers ${(await sandbox.markerPositions()).length}`
      );
    }
    for (let cycle = 0; cycle < 3; cycle++) {
      await refreshOnce(sandbox);
      await legendOnce(page);
      await drawerOnce(sandbox, page, cycle);
    }
    const start = await measure(cdp, page);

    const started = Date.now();
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const t0 = Date.now();
      await refreshOnce(sandbox);
      await legendOnce(page);
      const t1 = Date.now();
      await drawerOnce(sandbox, page, cycle);
      if (process.env.SOAK_VERBOSE) {
        console.log(`cycle ${cycle}: refresh ${t1 - t0} ms, drawer ${Date.now() - t1} ms`);
      }
    }
    const elapsedS = (Date.now() - started) / 1000;
    const end = await measure(cdp, page);

    const heapGrowth = end.heapUsedBytes - start.heapUsedBytes;
    const nodeGrowth = (end.domNodes - start.domNodes) / start.domNodes;
    const elementGrowth = (end.documentElements - start.documentElements) / start.documentElements;
    const listenerGrowth = (end.listeners - start.listeners) / start.listeners;
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
    const figures = [
      `soak: ${CYCLES} cycles (refresh, legend isolate/restore, drawer open/close) in ${elapsedS.toFixed(1)} s`,
      `  JS heap used after GC: ${mb(start.heapUsedBytes)} MB → ${mb(end.heapUsedBytes)} MB (${heapGrowth >= 0 ? '+' : ''}${mb(heapGrowth)} MB; limit +20 MB)`,
      `  DOM nodes (DevTools): ${start.domNodes} → ${end.domNodes} (${(nodeGrowth * 100).toFixed(1)} %; limit +10 %)`,
      `  document elements: ${start.documentElements} → ${end.documentElements} (${(elementGrowth * 100).toFixed(1)} %)`,
      `  event listeners: ${start.listeners} → ${end.listeners} (${(listenerGrowth * 100).toFixed(1)} %; limit +10 %)`,
      `  detached uPlot canvases: ${start.detachedPlotCanvases} → ${end.detachedPlotCanvases} (limit: no growth)`,
    ];
    console.log(figures.join('\n'));
    test.info().annotations.push({ type: 'soak', description: figures.join(' | ') });

    expect(heapGrowth, 'JS heap growth after GC').toBeLessThan(HEAP_GROWTH_LIMIT_BYTES);
    expect(nodeGrowth, 'DOM node growth').toBeLessThan(NODE_GROWTH_LIMIT);
    expect(elementGrowth, 'document element growth').toBeLessThan(NODE_GROWTH_LIMIT);
    expect(listenerGrowth, 'event listener growth').toBeLessThan(NODE_GROWTH_LIMIT);
    expect(end.detachedPlotCanvases, 'detached uPlot canvases').toBeLessThanOrEqual(start.detachedPlotCanvases);
    const state = await sandbox.debug();
    expect(state.promQueries.length).toBeGreaterThanOrEqual(CYCLES);

    // Expected: traces the demo service no longer keeps answer 404 (shown as "Trace not found yet").
    const expected404 = (message: string) =>
      /HTTP 404 .*\/demo\/api\/traces\//.test(message) || /status of 404 \(Not Found\)/.test(message);
    const evicted = consoleErrors.filter(expected404).length;
    console.log(`  expected 404s for evicted demo traces: ${evicted}`);
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((message) => !expected404(message)));
  });
});
