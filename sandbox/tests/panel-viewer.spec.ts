/**
 * Issue 12 in the browser: viewer controls in view mode (show/hide exemplars, marker opacity) remembered after a
 * reload; exemplars follow their series in the legend; colour modes read back from the marker canvas' pixels;
 * the exemplar table (sort, filter, keyboard, a row opens its trace); one click on a single exemplar opens its
 * trace. Both themes where visual; screenshots in test-results/screenshots/<project>/.
 */
import type { Locator } from '@playwright/test';
import { testIds } from '../../src/components/testIds';
import { expect, test } from './support/fixtures';
import type { DrawnMarker, SandboxPage } from './support/sandboxPage';
import { latencySeconds, readScenario, scenarioExemplars } from './support/scenarioData';

const THEMES = ['light', 'dark'] as const;
const SIZE = { width: 1200, height: 560 };
/** The panel's default "Exemplar colour" (#8f5fd9). */
const FIXED_COLOR = '143,95,217';

/** "rgb(143, 95, 217)" → "143,95,217". */
function rgb(css: string): string {
  return (css.match(/\d+/g) ?? []).slice(0, 3).join(',');
}

function near(a: string, b: string, tolerance = 4): boolean {
  const x = a.split(',').map(Number);
  const y = b.split(',').map(Number);
  return x.length === 3 && y.length === 3 && x.every((v, i) => Math.abs(v - y[i]) <= tolerance);
}

/**
 * The markers' alpha on the exemplar canvas (0–255): the most frequent alpha of the drawn pixels (anti-aliased
 * edges and overlapping markers are rarer than marker interiors).
 */
async function markerAlpha(sandbox: SandboxPage): Promise<number> {
  return sandbox.exemplarCanvas.evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const counts = new Array<number>(256).fill(0);
    for (let i = 3; i < data.length; i += 4) {
      if (data[i] > 0) {
        counts[data[i]]++;
      }
    }
    return counts.indexOf(Math.max(...counts));
  });
}

/** The number before "exemplars" in the corner count ("12 of 162 exemplars · sampled" → 12). */
async function shownCount(sandbox: SandboxPage): Promise<number> {
  return Number((/^([\d,]+)/.exec(await sandbox.exemplarCount.innerText())?.[1] ?? 'NaN').replace(/,/g, ''));
}

/** The exemplar tooltip's colour swatch for a marker: the colour the panel meant to draw it in. */
async function tooltipOf(
  sandbox: SandboxPage,
  marker: DrawnMarker
): Promise<{ text: string; swatch: string } | undefined> {
  await sandbox.page.mouse.move(marker.x, marker.y);
  const tooltip = sandbox.page.getByTestId(testIds.chart.exemplarTooltip);
  if (!(await tooltip.isVisible())) {
    return undefined;
  }
  const swatch = await tooltip
    .locator('span')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  return { text: await tooltip.innerText(), swatch: rgb(swatch) };
}

async function colorMode(sandbox: SandboxPage, label: 'Series' | 'Single' | 'By status', value: string): Promise<void> {
  await sandbox.option('exemplars.colorMode').getByRole('radio', { name: label, exact: true }).check({ force: true });
  await expect
    .poll(async () => ((await sandbox.debug()).options as { exemplars: { colorMode: string } }).exemplars.colorMode)
    .toBe(value);
}

async function openTable(sandbox: SandboxPage): Promise<Locator> {
  const menu = await sandbox.openViewerMenu();
  await menu.getByRole('radio', { name: 'Table', exact: true }).check({ force: true });
  await sandbox.page.keyboard.press('Escape');
  const table = sandbox.page.getByTestId(testIds.table.container);
  await expect(table).toBeVisible();
  return table;
}

/** The rows the table renders (virtualized: the visible ones), as their cells' text. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.getByTestId(testIds.table.row).evaluateAll((rows) =>
    rows
      .map((row) => ({
        top: row.getBoundingClientRect().top,
        cells: Array.from(row.children).map((cell) => (cell as HTMLElement).innerText),
      }))
      .sort((a, b) => a.top - b.top)
      .map((row) => row.cells)
  );
}

for (const theme of THEMES) {
  test.describe(`viewer controls (${theme})`, () => {
    test('in view mode: hide exemplars and change their opacity, remembered after a reload', async ({
      sandbox,
      page,
    }) => {
      const total = scenarioExemplars(readScenario('sparse')).length;
      await sandbox.openFixture('sparse', { theme, editor: false, ...SIZE });
      await expect(sandbox.optionsEditor).toHaveCount(0);
      await expect.poll(async () => (await sandbox.drawnCounts()).exemplars).toBe(total);
      expect(await markerAlpha(sandbox)).toBe(255);

      const menu = await sandbox.openViewerMenu();
      await expect(menu).toContainText('Show exemplars');
      await expect(menu).toContainText('Marker opacity');
      await sandbox.screenshotAs('viewer-menu', theme);
      // Hide: nothing drawn, the count says so, the dashboard's options are untouched.
      await menu.getByTestId(testIds.viewer.show).click({ force: true });
      await expect.poll(async () => (await sandbox.drawnCounts()).clusters).toBe(0);
      expect(await sandbox.drawnMarkers()).toEqual([]);
      await expect(sandbox.exemplarCount).toHaveText(`0 of ${total} exemplars · sampled`);
      expect(((await sandbox.debug()).options as { exemplars: { show: boolean } }).exemplars.show).toBe(true);

      await page.reload();
      await page.waitForFunction(() => window.__sandbox?.ready === true);
      await expect(sandbox.exemplarCount).toHaveText(`0 of ${total} exemplars · sampled`);
      expect((await sandbox.drawnMarkers()).length).toBe(0);
      expect(
        await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('exemplartrace.viewer:')))
      ).toHaveLength(1);

      // Show again, opacity down to 0.5 with the keyboard: the markers' alpha follows.
      const again = await sandbox.openViewerMenu();
      await again.getByTestId(testIds.viewer.show).click({ force: true });
      await expect.poll(async () => (await sandbox.drawnCounts()).exemplars).toBe(total);
      await again.getByRole('slider').focus();
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('ArrowLeft');
      }
      // Opacity 0.5: alpha 127 or 128.
      await expect.poll(() => markerAlpha(sandbox)).toBeLessThan(132);
      expect(await markerAlpha(sandbox)).toBeGreaterThan(123);
      await page.keyboard.press('Escape');
      await sandbox.screenshotAs('viewer-opacity-half', theme);

      await page.reload();
      await page.waitForFunction(() => window.__sandbox?.ready === true);
      await expect.poll(async () => (await sandbox.drawnCounts()).exemplars).toBe(total);
      const alpha = await markerAlpha(sandbox);
      expect(alpha).toBeGreaterThan(123);
      expect(alpha).toBeLessThan(132);
      const saved = await page.evaluate(
        () => Object.entries(localStorage).find(([key]) => key.startsWith('exemplartrace.viewer:'))?.[1]
      );
      expect(JSON.parse(saved ?? '{}')).toMatchObject({ show: true, opacity: 0.5 });
    });

    test('colour modes: series, single and by status, read from the marker pixels', async ({ sandbox }) => {
      await sandbox.openFixture('sparse', { theme, ...SIZE });
      await expect.poll(async () => (await sandbox.drawnCounts()).clusters).toBeGreaterThan(10);
      const legendColors = await sandbox.plot
        .locator('[data-testid="series-icon"]')
        .evaluateAll((icons) => icons.map((icon) => getComputedStyle(icon).backgroundColor));
      const lineColors = legendColors.map(rgb);

      // Series: markers take their series' (top quantile line's) colours — several, each a legend colour.
      const bySeries = await sandbox.drawnMarkers();
      const seriesFills = [...new Set(bySeries.map((m) => m.color))];
      expect(seriesFills.length).toBeGreaterThanOrEqual(2);
      for (const fill of seriesFills) {
        expect(
          lineColors.some((c) => near(c, fill)),
          `${fill} is a legend colour (${lineColors.join(' ')})`
        ).toBe(true);
      }
      const sample = (await tooltipOf(sandbox, bySeries[0]))!;
      expect(
        near(sample.swatch, bySeries[0].color),
        `tooltip swatch ${sample.swatch} = marker ${bySeries[0].color}`
      ).toBe(true);
      await sandbox.page.mouse.move(0, 0);
      await sandbox.screenshotAs('colors-series', theme);

      // Single: every marker in the exemplar colour.
      await colorMode(sandbox, 'Single', 'fixed');
      await expect
        .poll(async () => [...new Set((await sandbox.drawnMarkers()).map((m) => m.color))])
        .toEqual([FIXED_COLOR]);
      await sandbox.screenshotAs('colors-single', theme);

      // By status: failed requests (status 5xx) in the theme's error colour, the rest in the exemplar colour.
      await colorMode(sandbox, 'By status', 'status');
      await expect.poll(async () => new Set((await sandbox.drawnMarkers()).map((m) => m.color)).size).toBe(2);
      const byStatus = await sandbox.drawnMarkers();
      const errorColor = byStatus.map((m) => m.color).find((c) => c !== FIXED_COLOR)!;
      expect(errorColor).not.toBe(FIXED_COLOR);
      let checkedError = 0;
      let checkedOk = 0;
      for (const marker of byStatus.slice(0, 40)) {
        const tooltip = await tooltipOf(sandbox, marker);
        if (!tooltip) {
          continue;
        }
        const failed =
          /· \d+ failed/.test(tooltip.text) ||
          (/^Exemplar\b/.test(tooltip.text) && /status\s+5\d\d/.test(tooltip.text));
        expect(marker.color, tooltip.text).toBe(failed ? errorColor : FIXED_COLOR);
        expect(near(tooltip.swatch, marker.color), `swatch ${tooltip.swatch} = marker ${marker.color}`).toBe(true);
        failed ? checkedError++ : checkedOk++;
      }
      expect(checkedError, 'markers with failed requests checked').toBeGreaterThan(0);
      expect(checkedOk, 'markers without failed requests checked').toBeGreaterThan(0);
      await sandbox.page.mouse.move(0, 0);
      await sandbox.screenshotAs('colors-status', theme);
    });

    test('exemplar table in view mode: sort, filter, keyboard; a row opens its trace', async ({ sandbox, page }) => {
      const exemplars = scenarioExemplars(readScenario('sparse'));
      await sandbox.openFixture('sparse', { theme, editor: false, ...SIZE });
      const table = await openTable(sandbox);
      await expect(table).toContainText(`${exemplars.length} of ${exemplars.length} exemplars`);
      // Default: slowest first.
      const latency = table.getByRole('button', { name: 'Sort by latency' });
      await expect(latency).toHaveAttribute('aria-sort', 'descending');
      let rows = await tableRows(table);
      expect(rows.length).toBeGreaterThan(5);
      const slowest = Math.max(...exemplars.map((e) => e.value));
      expect(Math.abs(latencySeconds(rows[0][1]) - slowest)).toBeLessThanOrEqual(slowest * 0.01);
      const values = rows.map((row) => latencySeconds(row[1]));
      expect(values).toEqual([...values].sort((a, b) => b - a));
      await sandbox.screenshotAs('table', theme);

      // Latency ascending: fastest first.
      await latency.click();
      await expect(latency).toHaveAttribute('aria-sort', 'ascending');
      rows = await tableRows(table);
      const fastest = Math.min(...exemplars.map((e) => e.value));
      expect(Math.abs(latencySeconds(rows[0][1]) - fastest)).toBeLessThanOrEqual(fastest * 0.01 + 0.00001);
      // Time, newest first.
      const time = table.getByRole('button', { name: 'Sort by time' });
      await time.click();
      await expect(time).toHaveAttribute('aria-sort', 'descending');
      await expect(latency).toHaveAttribute('aria-sort', 'none');
      rows = await tableRows(table);
      const newest = exemplars.reduce((a, b) => (b.timeMs > a.timeMs ? b : a));
      expect(rows[0][3]).toBe(newest.labels.trace_id);

      // Filter by label: only /api/cart, as many as the scenario has.
      const cart = exemplars.filter((e) => e.labels.route === '/api/cart').length;
      await table.getByPlaceholder(/Filter/).fill('route=/api/cart');
      await expect(table).toContainText(`${cart} of ${exemplars.length} exemplars`);
      for (const row of await tableRows(table)) {
        expect(row[2]).toContain('/api/cart');
      }
      // Filter by any text: status 500.
      const failed = exemplars.filter((e) =>
        Object.values(e.labels).some((v) => v.toLowerCase().includes('500'))
      ).length;
      await table.getByPlaceholder(/Filter/).fill('500');
      await expect(table).toContainText(`${failed} of ${exemplars.length} exemplars`);
      await table.getByPlaceholder(/Filter/).fill('');
      await expect(table).toContainText(`${exemplars.length} of ${exemplars.length} exemplars`);

      // Keyboard: down three rows, Enter opens that row's trace.
      await table.getByRole('grid').focus();
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('ArrowDown');
      }
      const selected = table.locator('[role="row"][aria-selected="true"]');
      await expect(selected).toHaveCount(1);
      const traceId = await selected.locator('span').nth(3).innerText();
      expect((await tableRows(table))[2][3]).toBe(traceId);
      await page.keyboard.press('Enter');
      await expect(sandbox.drawer).toBeVisible();
      await expect(page.getByRole('dialog')).toContainText(traceId);
      await expect(page.getByTestId(testIds.drawer.summary)).toBeVisible();
      await sandbox.closeDrawer();

      // A click on a row opens its trace too; the table view is remembered after a reload.
      const clicked = table.getByTestId(testIds.table.row).nth(5);
      const clickedId = await clicked.locator('span').nth(3).innerText();
      await clicked.click();
      await expect(page.getByRole('dialog')).toContainText(clickedId);
      await sandbox.screenshotAs('table-drawer', theme);
      await page.reload();
      await page.waitForFunction(() => window.__sandbox?.ready === true);
      await expect(page.getByTestId(testIds.table.container)).toBeVisible();
    });
  });
}

test.describe('legend and one-click trace', () => {
  test('hiding series in the legend hides their exemplars (the count and the markers follow)', async ({
    sandbox,
    page,
  }) => {
    const exemplars = scenarioExemplars(readScenario('sparse'));
    const total = exemplars.length;
    const of = (route: string) => exemplars.filter((e) => e.labels.route === route).length;
    await sandbox.openFixture('sparse', { editor: false, ...SIZE });
    await expect.poll(async () => (await sandbox.drawnCounts()).exemplars).toBe(total);
    const checkoutColor = rgb(
      await sandbox
        .legendItem('p99 /api/checkout')
        .locator('[data-testid="series-icon"]')
        .evaluate((el) => getComputedStyle(el).backgroundColor)
    );

    // Click isolates p99 /api/checkout: only /api/checkout's exemplars stay, all in its colour.
    await sandbox.legendLabel('p99 /api/checkout').click();
    await expect(sandbox.exemplarCount).toHaveText(`${of('/api/checkout')} of ${total} exemplars · sampled`);
    await expect.poll(async () => (await sandbox.drawnCounts()).exemplars).toBe(of('/api/checkout'));
    const fills = new Set((await sandbox.drawnMarkers()).map((m) => m.color));
    expect(
      [...fills].every((fill) => near(fill, checkoutColor)),
      `${[...fills].join(' ')} vs ${checkoutColor}`
    ).toBe(true);

    // Ctrl+click adds p50 /api/cart: its route's exemplars come back (one line of a group is enough).
    await sandbox.legendLabel('p50 /api/cart').click({ modifiers: ['Control'] });
    await expect(sandbox.exemplarCount).toHaveText(
      `${of('/api/checkout') + of('/api/cart')} of ${total} exemplars · sampled`
    );
    // Ctrl+click again hides it.
    await sandbox.legendLabel('p50 /api/cart').click({ modifiers: ['Control'] });
    await expect.poll(() => shownCount(sandbox)).toBe(of('/api/checkout'));
    // Clicking the isolated series again shows everything.
    await sandbox.legendLabel('p99 /api/checkout').click();
    await expect(sandbox.exemplarCount).toHaveText(`${total} exemplars · sampled`);
    await expect.poll(async () => (await sandbox.drawnCounts()).exemplars).toBe(total);
    void page;
  });

  test('one click on a single exemplar opens its trace directly', async ({ sandbox, page }) => {
    await sandbox.openFixture('sparse', { editor: false, ...SIZE });
    await expect.poll(async () => (await sandbox.drawnCounts()).clusters).toBeGreaterThan(0);
    const single = await sandbox.hoverMarker((_, text) => /^Exemplar\b/.test(text));
    const traceId = /Trace\s+([0-9a-f]{32})/.exec(single.text)![1];
    await page.mouse.click(single.marker.x, single.marker.y);
    // The preview itself, not a list to choose from.
    await expect(sandbox.drawer).toBeVisible();
    await expect(page.getByRole('dialog')).toContainText('Exemplar trace');
    await expect(page.getByRole('dialog')).toContainText(traceId);
    await expect(sandbox.drawer.getByTestId(testIds.drawer.exemplarList)).toHaveCount(0);
    await expect(sandbox.drawer.getByTestId(testIds.drawer.summary)).toBeVisible();
    await expect(sandbox.drawer.getByTestId(testIds.drawer.spanRow).first()).toBeVisible();
    // Looked up once (the hover may have prefetched it already).
    expect(JSON.stringify((await sandbox.debug()).traceQueries)).toContain(traceId);
  });
});
