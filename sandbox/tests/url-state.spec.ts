/**
 * Shareable investigations (issue 23): the drawer's state lives in the dashboard URL. A reload reopens it on the
 * same span, Back closes it, panels keep their own state, a copied link has an absolute range, and state a link
 * should not carry leaves the page working.
 */
import type { Page } from '@playwright/test';
import { testIds } from '../../src/components/testIds';
import { expect, test } from './support/fixtures';
import type { SandboxPage } from './support/sandboxPage';

/** The `etp-…` parameters of the page URL. */
function panelParams(page: Page): Record<string, string> {
  const params = new URL(page.url()).searchParams;
  return Object.fromEntries([...params].filter(([name]) => name.startsWith('etp-')));
}

/** Opens a single exemplar (not a cluster) with the mouse and waits for its trace. */
async function openSingleExemplar(sandbox: SandboxPage, page: Page): Promise<void> {
  await expect.poll(async () => (await sandbox.drawnCounts()).clusters).toBeGreaterThan(0);
  const single = await sandbox.hoverMarker((_, text) => /^Exemplar\b/.test(text));
  await page.mouse.click(single.marker.x, single.marker.y);
  await expect(sandbox.drawer.getByTestId(testIds.drawer.summary)).toBeVisible();
}

function selectedSpan(sandbox: SandboxPage) {
  return sandbox.drawer.locator(`[data-testid="${testIds.drawer.spanRow}"][aria-selected="true"]`);
}

test.describe('drawer state in the URL', () => {
  test('open a trace and select a span: the URL holds it, a reload reopens it there, Back closes it', async ({
    sandbox,
    page,
  }) => {
    await sandbox.openFixture('sparse', { editor: false });
    const before = panelParams(page);
    expect(before).toEqual({});
    await openSingleExemplar(sandbox, page);
    const opened = panelParams(page);
    expect(opened['etp-1-trace']).toMatch(/^[0-9a-f]{1,32}$/);
    expect(opened['etp-1-ds']).toBe('tempo');
    expect(Number(opened['etp-1-t'])).toBeGreaterThan(0);

    // Another span than the one the drawer opened on.
    const rows = sandbox.drawer.getByTestId(testIds.drawer.spanRow);
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    const initial = (await selectedSpan(sandbox).textContent()) ?? '';
    const wanted = (await rows.filter({ hasNotText: initial }).nth(1).textContent()) ?? '';
    // Found again by its text, not by place: the virtualized rows can be rendered in another DOM order by the time
    // of the click, and `nth(1)` would then be another span.
    const target = rows.filter({ hasText: wanted });
    // The drawer may still be settling (fonts, the slide-in): click again until the row is the selected one.
    await expect(async () => {
      await target.click();
      await expect(selectedSpan(sandbox)).toHaveText(wanted, { timeout: 2000 });
    }).toPass();
    await expect.poll(() => panelParams(page)['etp-1-span']).toMatch(/^[0-9a-f]+$/);
    const withSpan = panelParams(page);
    // Selecting a span replaced the entry: one Back still leaves the drawer.
    expect(withSpan['etp-1-trace']).toBe(opened['etp-1-trace']);

    await page.reload();
    await page.waitForFunction(() => window.__sandbox?.ready === true);
    await expect(sandbox.drawer.getByTestId(testIds.drawer.summary)).toBeVisible();
    await expect(selectedSpan(sandbox)).toHaveText(wanted);
    expect(panelParams(page)).toEqual(withSpan);

    await page.goBack();
    await expect(sandbox.drawer).toHaveCount(0);
    expect(panelParams(page)).toEqual({});
    // Forward opens it again, on the same span.
    await page.goForward();
    await expect(selectedSpan(sandbox)).toHaveText(wanted);
  });

  test('closing the drawer adds a history entry: Back after closing reopens it', async ({ sandbox, page }) => {
    await sandbox.openFixture('sparse', { editor: false });
    await openSingleExemplar(sandbox, page);
    const opened = panelParams(page);
    await sandbox.closeDrawer();
    expect(panelParams(page)).toEqual({});
    await page.goBack();
    await expect(sandbox.drawer.getByTestId(testIds.drawer.summary)).toBeVisible();
    expect(panelParams(page)).toEqual(opened);
  });

  test('two panels and the clones of a repeated panel keep separate state', async ({ sandbox, page }) => {
    await sandbox.openDashboard();
    const open = async (key: string) => {
      const panel = sandbox.dashboardPanel(key);
      await expect.poll(() => sandbox.exemplarPixels(panel)).toBeGreaterThan(0);
      await panel.getByTestId(testIds.chart.plot).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect(sandbox.drawer).toBeVisible();
      const state = panelParams(page);
      await page.keyboard.press('Escape');
      await expect(sandbox.drawer).toHaveCount(0);
      return state;
    };
    const first = await open('panel-1');
    expect(Object.keys(first).length).toBeGreaterThan(0);
    expect(Object.keys(first).every((name) => name.startsWith('etp-1-'))).toBe(true);
    const second = await open('panel-2');
    expect(Object.keys(second).every((name) => name.startsWith('etp-2-'))).toBe(true);
    const clone = await open('panel-4-clone-1');
    expect(Object.keys(clone).every((name) => name.startsWith('etp-4c1-'))).toBe(true);

    // Only panel 2's state in the URL: only panel 2 opens a drawer, on its trace.
    const url = new URL(page.url());
    for (const [name, value] of Object.entries(second)) {
      url.searchParams.set(name, value);
    }
    await page.goto(url.href);
    await page.waitForFunction(() => window.__sandbox?.ready === true);
    await expect(sandbox.drawer).toHaveCount(1);
    expect(panelParams(page)).toEqual(second);
  });

  test('a trace the exemplars no longer contain is fetched by its ID and data source', async ({ sandbox, page }) => {
    await sandbox.openDashboard();
    // A trace of the /api/products clone, shared as the state of the /api/cart clone, whose exemplars lack it.
    const panel = sandbox.dashboardPanel('panel-4');
    await expect.poll(() => sandbox.exemplarPixels(panel)).toBeGreaterThan(0);
    await panel.getByTestId(testIds.chart.plot).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(sandbox.drawer).toBeVisible();
    const url = new URL(page.url());
    for (const [name, value] of Object.entries(panelParams(page))) {
      url.searchParams.delete(name);
      if (!/-(view|box)$/.test(name)) {
        url.searchParams.set(name.replace(/^etp-4-/, 'etp-4c1-'), value);
      }
    }
    await page.goto(url.href);
    await page.waitForFunction(() => window.__sandbox?.ready === true);
    await expect(sandbox.drawer).toHaveAttribute('data-linked-trace', 'true');
    await expect(sandbox.drawer.getByTestId(testIds.drawer.summary)).toBeVisible();
  });

  test('Copy link copies the dashboard with this state and an absolute from/to around the exemplar', async ({
    sandbox,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await sandbox.openFixture('sparse', { editor: false });
    await openSingleExemplar(sandbox, page);
    const button = sandbox.drawer.getByTestId(testIds.drawer.copyLink);
    await button.hover();
    await expect(page.getByRole('tooltip')).toContainText('absolute time range');
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('etp-1-trace=');
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.origin + copied.pathname).toBe(new URL(page.url()).origin + new URL(page.url()).pathname);
    const from = Number(copied.searchParams.get('from'));
    const to = Number(copied.searchParams.get('to'));
    const at = Number(copied.searchParams.get('etp-1-t'));
    expect(Number.isInteger(from) && Number.isInteger(to)).toBe(true);
    expect(from).toBeLessThanOrEqual(at);
    expect(to).toBeGreaterThanOrEqual(at);
    expect(copied.searchParams.get('fixture')).toBe('sparse');

    // The link opens the same drawer, on its range: the host syncs from/to with the URL as dashboard-scene does.
    const narrowed = new URL(copied.href);
    narrowed.searchParams.set('from', String(at - 60_000));
    narrowed.searchParams.set('to', String(at + 60_000));
    await page.goto(narrowed.href);
    await page.waitForFunction(() => window.__sandbox?.ready === true);
    await expect(sandbox.drawer.getByTestId(testIds.drawer.summary)).toBeVisible();
    await page.keyboard.press('Escape');
    const shown = await sandbox.dashboardTimeRange();
    expect(Math.abs(shown.from - (at - 60_000))).toBeLessThan(1000);
    expect(Math.abs(shown.to - (at + 60_000))).toBeLessThan(1000);
  });

  for (const [name, params] of [
    [
      'a trace ID that is not hex',
      { 'etp-1-trace': '<img src=x onerror=alert(1)>', 'etp-1-ds': 'tempo', 'etp-1-t': '1' },
    ],
    ['an unknown data source', { 'etp-1-trace': 'abcdef', 'etp-1-ds': 'nope', 'etp-1-t': '1700000000000' }],
    ['garbage', { 'etp-1-view': 'cluster', 'etp-1-box': 'NaN,,', 'etp-1-span': '{}' }],
  ] as const) {
    test(`hostile URL state (${name}) leaves the page working, with the drawer closed`, async ({ sandbox, page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await sandbox.openFixture('sparse', { editor: false });
      const url = new URL(page.url());
      for (const [key, value] of Object.entries(params)) {
        url.searchParams.set(key, value);
      }
      await page.goto(url.href);
      await page.waitForFunction(() => window.__sandbox?.ready === true);
      await expect.poll(async () => (await sandbox.drawnCounts()).clusters).toBeGreaterThan(0);
      await expect(sandbox.drawer).toHaveCount(0);
      // The state is taken out of the URL, and the panel still opens traces.
      await expect.poll(() => panelParams(page)).toEqual({});
      await openSingleExemplar(sandbox, page);
      expect(errors).toEqual([]);
    });
  }

  test("the viewer's table or chart choice is in the URL, and the URL's wins over this browser's", async ({
    sandbox,
    page,
  }) => {
    await sandbox.openFixture('sparse', { editor: false });
    await sandbox.showView('Table');
    await expect(page.getByTestId(testIds.table.container)).toBeVisible();
    await expect.poll(() => panelParams(page)['etp-1-viewer']).toBe('table');
    // This browser remembers the table; a link that says chart shows the chart.
    const url = new URL(page.url());
    url.searchParams.set('etp-1-viewer', 'chart');
    await page.goto(url.href);
    await page.waitForFunction(() => window.__sandbox?.ready === true);
    await expect(sandbox.plot).toBeVisible();
    await expect(page.getByTestId(testIds.table.container)).toHaveCount(0);
  });

  test('a span that is not in the trace closes the drawer', async ({ sandbox, page }) => {
    await sandbox.openFixture('sparse', { editor: false });
    await openSingleExemplar(sandbox, page);
    const url = new URL(page.url());
    url.searchParams.set('etp-1-span', 'deadbeefdeadbeef');
    await page.goto(url.href);
    await page.waitForFunction(() => window.__sandbox?.ready === true);
    await expect.poll(() => panelParams(page)).toEqual({});
    await expect(sandbox.drawer).toHaveCount(0);
  });

  test('a region box and its drawer: the URL holds them, a reload brings both back, Back closes the drawer', async ({
    sandbox,
    page,
  }) => {
    await sandbox.openFixture('slow-cause', { editor: false, width: 1200, height: 480 });
    const area = (await page.getByTestId(testIds.chart.plot).locator('.u-over').boundingBox())!;
    // Shift-drag draws a box (a plain drag zooms) and opens its drawer.
    await page.keyboard.down('Shift');
    await page.mouse.move(area.x + area.width * 0.05, area.y + area.height * 0.6);
    await page.mouse.down();
    await page.mouse.move(area.x + area.width * 0.95, area.y + area.height * 0.05, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const box = sandbox.panel.getByTestId(testIds.region.box);
    const summary = sandbox.drawer.getByTestId(testIds.region.summary);
    await expect(summary).toContainText('exemplars selected');
    await expect.poll(() => panelParams(page)['etp-1-view']).toBe('selection');
    const opened = panelParams(page);
    expect(Object.keys(opened).sort()).toEqual(['etp-1-box', 'etp-1-view']);
    expect(opened['etp-1-box'].split(',').map(Number).every(Number.isFinite)).toBe(true);
    const drawn = (await box.boundingBox())!;

    await page.reload();
    await page.waitForFunction(() => window.__sandbox?.ready === true);
    await expect(box).toBeVisible();
    await expect(summary).toContainText('exemplars selected');
    await expect(sandbox.drawer.getByTestId(testIds.drawer.exemplarList)).toBeVisible();
    const restored = (await box.boundingBox())!;
    expect(Math.abs(restored.x - drawn.x) + Math.abs(restored.width - drawn.width)).toBeLessThan(4);
    expect(panelParams(page)).toEqual(opened);

    // Back closes the drawer; the box stays drawn, and in the URL.
    await page.goBack();
    await expect(sandbox.drawer).toHaveCount(0);
    await expect(box).toBeVisible();
    expect(panelParams(page)).toEqual({ 'etp-1-box': opened['etp-1-box'] });
    // Clearing the box takes it out of the URL.
    await page.getByTestId(testIds.chart.plot).focus();
    await page.keyboard.press('Delete');
    await expect(box).toHaveCount(0);
    await expect.poll(() => panelParams(page)).toEqual({});
  });
});
