/**
 * The multi-panel dashboard on the Scenes host (issue 17): what Grafana's VizPanel hands each panel, not what a
 * hand-written host would. Panel-queries mode gets its exemplars only when the plugin declares annotations support.
 */
import { expect, test } from './support/fixtures';
import { screenshotPath } from './support/screenshots';

test.describe('dashboard of several panels', () => {
  test('panel-queries mode draws the exemplars of the seed query', async ({ sandbox, page }) => {
    await sandbox.openDashboard();
    const panel = sandbox.dashboardPanel('panel-2');
    await expect.poll(async () => (await sandbox.debug()).panels['panel-2']?.state).toBe('Done');
    const summary = (await sandbox.debug()).panels['panel-2'];
    expect(summary).toMatchObject({ series: 3, annotations: 1 });
    expect(summary.exemplarRows).toBeGreaterThan(100);
    await expect(panel.getByTestId('exemplar-trace-count')).toContainText(`${summary.exemplarRows} exemplars`);
    await expect.poll(() => sandbox.exemplarPixels(panel)).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('dashboard.png') });
  });

  test('the repeated panel has one clone per route, each with its own $route', async ({ sandbox }) => {
    await sandbox.openDashboard();
    const keys = ['panel-4', 'panel-4-clone-1', 'panel-4-clone-2'];
    for (const [index, route] of ['/api/products', '/api/cart', '/api/checkout'].entries()) {
      await expect(sandbox.dashboardPanel(keys[index])).toContainText(`Route ${route}`);
    }
    await expect(sandbox.page.locator('[data-testid^="sandbox-panel-panel-4"]')).toHaveCount(3);
  });

  test("builder panels draw through Grafana's Prometheus frontend; each clone gets its route's exemplars", async ({
    sandbox,
  }) => {
    await sandbox.openDashboard();
    const exemplarCount = async (key: string) => {
      const text = await sandbox.dashboardPanel(key).getByTestId('exemplar-trace-count').innerText();
      return Number(/([\d,]+) exemplars?/.exec(text)?.[1].replace(/,/g, ''));
    };
    for (const key of ['panel-1', 'panel-3']) {
      const panel = sandbox.dashboardPanel(key);
      await expect(panel.getByTestId('exemplar-trace-count')).toBeVisible();
      await expect(panel).not.toContainText('No latency data');
      await expect.poll(() => sandbox.exemplarPixels(panel)).toBeGreaterThan(0);
    }
    // The emulated backend applies each clone's route="…" matcher as Prometheus would: the clones split the builder's
    // exemplars between them, each exemplar in exactly one.
    const clones = ['panel-4', 'panel-4-clone-1', 'panel-4-clone-2'];
    await expect.poll(async () => Math.min(...(await Promise.all(clones.map(exemplarCount))))).toBeGreaterThan(0);
    const perClone = await Promise.all(clones.map(exemplarCount));
    expect(perClone.reduce((sum, count) => sum + count, 0)).toBe(await exemplarCount('panel-1'));
  });

  test('loads and refreshes 20 times with no cancelled or failed request', async ({ sandbox }) => {
    await sandbox.openDashboard();
    for (let refresh = 0; refresh < 20; refresh++) {
      const before = (await sandbox.debug()).panels['panel-2'].renderCount;
      await sandbox.refresh();
      await expect.poll(async () => (await sandbox.debug()).panels['panel-2'].renderCount).toBeGreaterThan(before);
      await expect.poll(async () => (await sandbox.debug()).panels['panel-2']?.state).toBe('Done');
    }
    const state = await sandbox.debug();
    expect(state.cancelledRequests).toEqual([]);
    for (const [key, panel] of Object.entries(state.panels)) {
      expect(panel.state, `panel ${key}`).toBe('Done');
    }
    // The fixture fails the test on any console error, page error or HTTP >= 400 response.
  });
});
