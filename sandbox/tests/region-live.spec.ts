/**
 * Region investigation against real services (issue 22): a real Prometheus scraping the demo service, traces read
 * from the demo. The demo's slow tail has a recorded cause (demo/src/latency-model.ts `SLOW_TAIL_CAUSE`): a cart
 * session missing from the cache (`cache.hit=false`) falls through to a slow `orders-db` query. A box over the
 * slow tail must bring that cause to the top of the trace comparison.
 */
import { CACHE_HIT_ATTRIBUTE, SLOW_TAIL_CAUSE } from '../../demo/src/latency-model';
import { testIds } from '../../src/components/testIds';
import { expect, liveUnavailableReason, test } from './support/fixtures';
import type { SandboxPage } from './support/sandboxPage';

const unavailable = liveUnavailableReason();

/** The cause's queries take 0.5–1.5 s; ordinary requests stay well under this. */
const SLOW_FROM_S = 0.35;

/** Refreshes until the chart has exemplars, then lets the demo run long enough for a slow tail of some size. */
async function waitForTraffic(sandbox: SandboxPage, seconds: number): Promise<void> {
  await sandbox.waitForLiveExemplars();
  await sandbox.page.waitForTimeout(seconds * 1000);
  await sandbox.runRefresh();
  await sandbox.page.waitForTimeout(2000);
}

test.describe('region investigation: live', () => {
  test.skip(Boolean(unavailable), `live mode needs the local stack: ${unavailable}`);

  test('a box over the slow tail ranks the demo cause first', async ({ liveSandboxPage: sandbox, page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1400, height: 900 });
    await sandbox.openLive({ editor: false, from: 'now-3m', width: 1200, height: 480 });
    await waitForTraffic(sandbox, 100);

    const over = page.getByTestId(testIds.chart.plot).locator('.u-over');
    const box = (await over.boundingBox())!;
    const [distr, min, max] = (await page.getByTestId(testIds.chart.exemplarCanvas).getAttribute('data-y-scale'))!
      .split(' ')
      .map(Number);
    const share =
      distr === 3
        ? (Math.log(SLOW_FROM_S) - Math.log(min)) / (Math.log(max) - Math.log(min))
        : (SLOW_FROM_S - min) / (max - min);
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + 1, box.y + box.height * (1 - share));
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + 1, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');

    const drawer = sandbox.drawer;
    await expect(drawer.getByTestId(testIds.region.summary)).toContainText('exemplars selected');
    const selected = Number(
      ((await sandbox.panel.getByTestId(testIds.region.count).textContent()) ?? '').replace(/\D/g, '')
    );
    expect(selected, 'slow exemplars in the box').toBeGreaterThanOrEqual(5);
    await page.getByTestId(testIds.region.tabs).getByText('Compare traces', { exact: true }).click();
    await expect(drawer.getByTestId(testIds.region.progress)).toHaveAttribute('data-running', 'false', {
      timeout: 60_000,
    });
    const rows = drawer.getByTestId(testIds.region.traceRow);
    const top = await rows.evaluateAll((elements) =>
      elements
        .slice(0, 8)
        .map((e) => ({ key: e.getAttribute('data-key'), value: e.getAttribute('data-value'), text: e.textContent }))
    );
    test.info().annotations.push({ type: 'ranking', description: JSON.stringify(top) });
    // The cause leads: a cache miss on the cart route, the fall-through query only such a miss runs, or the route
    // itself (its facets tie with the query's when every slow cart request in the sample missed).
    const cause = [
      { key: 'operation', value: `shop-api: ${SLOW_TAIL_CAUSE.operation}` },
      { key: 'db.statement', value: SLOW_TAIL_CAUSE.statement },
      { key: CACHE_HIT_ATTRIBUTE, value: 'false' },
      { key: 'operation', value: `shop-api: GET ${SLOW_TAIL_CAUSE.route}` },
      { key: 'operation', value: 'shop-api: GET cart:session' },
      { key: 'http.route', value: SLOW_TAIL_CAUSE.route },
      { key: 'url.path', value: SLOW_TAIL_CAUSE.route },
    ];
    expect(cause).toContainEqual({ key: top[0].key, value: top[0].value });
    const miss = top.find((row) => row.key === CACHE_HIT_ATTRIBUTE && row.value === 'false');
    expect(miss, `cache.hit=false among the first rows: ${JSON.stringify(top)}`).toBeDefined();
    const [missSelected, missBaseline] = (
      /(\d+) % of selected traces, (\d+) % of baseline/.exec(miss!.text ?? '') ?? []
    )
      .slice(1)
      .map(Number);
    expect(missSelected).toBeGreaterThan(missBaseline);
    // And `cache.hit=false` is in about as many selected traces as the first row (the fall-through query and the
    // route's facets are in the same traces as the miss), and rare in the baseline: the search cache hits 97 %, so
    // its misses put a few percent there. Its difference is not held to the first row's: with 50 baseline traces,
    // two or three search misses more or less move the baseline share by 4–6 points.
    const [topSelected] = (/(\d+) % of selected traces, (\d+) % of baseline/.exec(top[0].text ?? '') ?? [])
      .slice(1)
      .map(Number);
    expect(missSelected, JSON.stringify(top)).toBeGreaterThanOrEqual(topSelected - 5);
    expect(missBaseline, JSON.stringify(top)).toBeLessThanOrEqual(15);
  });
});
