/**
 * Grafana's own options on the panel, as a user sets them in the panel editor: a unit shows in the latency axis
 * and the tooltip, a table legend shows mean and max, a colour override recolours a line and its exemplars
 * (Series colour mode), and hide-in-viz removes the hidden lines' exemplars.
 */
import type { Page } from '@playwright/test';
import { testIds } from '../../src/components/testIds';
import { OVERRIDE_SERIES } from '../scenarios/generate';
import { expect, test } from './support/fixtures';

const SIZE = { width: 1200, height: 560 };
/** OVERRIDE_COLOR (#00ff00) as the pixels read it. */
const GREEN = '0,255,0';

/** Records every text drawn on a canvas: uPlot draws the axis tick labels, they are not elements. */
async function recordCanvasTexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const texts: string[] = [];
    (window as unknown as { __canvasTexts: string[] }).__canvasTexts = texts;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, max?: number) {
      texts.push(String(text));
      return fillText.call(this, text, x, y, max);
    };
  });
}

function near(a: string, b: string, tolerance = 6): boolean {
  const x = a.split(',').map(Number);
  const y = b.split(',').map(Number);
  return x.length === 3 && y.length === 3 && x.every((v, i) => Math.abs(v - y[i]) <= tolerance);
}

test.describe('native options', () => {
  test('a unit shows in the axis and the tooltip; the table legend shows mean and max', async ({ sandbox }) => {
    await recordCanvasTexts(sandbox.page);
    await sandbox.openFixture('native-options', { theme: 'light', editor: false, ...SIZE });
    await expect(sandbox.exemplarCanvas).toBeVisible();

    // Axis: percent ticks ("20%"), no seconds.
    const texts = await sandbox.page.evaluate(() => (window as unknown as { __canvasTexts: string[] }).__canvasTexts);
    const ticks = texts.filter((t) => /^[\d.]+%$/.test(t));
    expect(ticks.length, `percent ticks among ${texts.slice(0, 30).join(' | ')}`).toBeGreaterThanOrEqual(3);
    expect(texts.some((t) => /^[\d.]+ (ms|s)$/.test(t))).toBe(false);

    // Legend: a table with Mean and Max columns, values in percent.
    const legend = sandbox.page.locator('table').filter({ hasText: 'Mean' });
    await expect(legend.locator('th', { hasText: 'Mean' })).toBeVisible();
    await expect(legend.locator('th', { hasText: 'Max' })).toBeVisible();
    const row = legend.locator('tr', { hasText: OVERRIDE_SERIES });
    await expect(row).toHaveText(/\d+(\.\d+)?%.*\d+(\.\d+)?%/);

    // Tooltip: hovering the plot away from markers lists the lines' values in percent.
    const box = (await sandbox.plotArea.boundingBox())!;
    const tooltip = sandbox.page.getByTestId(testIds.chart.tooltip);
    for (const fx of [0.5, 0.3, 0.7, 0.15, 0.85]) {
      await sandbox.page.mouse.move(box.x + box.width * fx, box.y + 5);
      if (await tooltip.isVisible()) {
        break;
      }
      await sandbox.page.waitForTimeout(100);
    }
    await expect(tooltip).toContainText(OVERRIDE_SERIES);
    await expect(tooltip).toContainText(/\d%/);
    await sandbox.screenshotAs('native-options-table-legend', 'light');
  });

  test("a pinned line tooltip offers the field's data links, interpolated for that line and time", async ({
    sandbox,
  }) => {
    await sandbox.openFixture('native-options', { theme: 'light', editor: false, ...SIZE });
    await expect(sandbox.exemplarCanvas).toBeVisible();
    const box = (await sandbox.plotArea.boundingBox())!;
    const tooltip = sandbox.page.getByTestId(testIds.chart.tooltip);
    const links = sandbox.page.getByTestId(testIds.chart.seriesLinks);
    // Grafana's tooltip pins on a click near a line (its cursor focus): walk down from the top until one pins.
    for (let fy = 0.3; fy < 0.95 && !(await links.isVisible()); fy += 0.03) {
      await sandbox.page.mouse.move(box.x + box.width * 0.45, box.y + box.height * fy);
      if (await tooltip.isVisible()) {
        await sandbox.page.mouse.click(box.x + box.width * 0.45, box.y + box.height * fy);
        await sandbox.page.waitForTimeout(50);
      }
    }
    const link = links.getByRole('link', { name: /^Runbook for \/api\// });
    await expect(link).toBeVisible();
    const href = (await link.getAttribute('href'))!;
    // Interpolated for the hovered line and time (Scenes' interpolation leaves the slashes of a label value as they are).
    expect(href).toMatch(/^https:\/\/runbooks\.example\.com\/latency\?route=(%2F|\/)api(%2F|\/)\w+&t=\d{13}$/);
    expect(await link.textContent()).toContain(decodeURIComponent(new URL(href).searchParams.get('route')!));
    await sandbox.screenshotAs('native-options-data-link', 'light');
  });

  test('a colour override recolours the line and its exemplars', async ({ sandbox }) => {
    await sandbox.openFixture('native-options', { theme: 'dark', editor: false, ...SIZE });
    // The table legend's swatch of the overridden line.
    const swatch = sandbox.page.locator('tr', { hasText: OVERRIDE_SERIES }).locator('[data-testid="series-icon"]');
    await expect(swatch).toHaveCSS('background-color', 'rgb(0, 255, 0)');
    await expect.poll(async () => (await sandbox.drawnMarkers()).length).toBeGreaterThan(0);
    const markers = await sandbox.drawnMarkers();
    const green = markers.filter((m) => near(m.color, GREEN));
    expect(green.length, `marker colours: ${[...new Set(markers.map((m) => m.color))].join(' ')}`).toBeGreaterThan(0);
    expect(green.length).toBeLessThan(markers.length);
    await sandbox.screenshotAs('native-options-table-legend', 'dark');
  });

  test('hide in viz removes the hidden lines’ exemplars', async ({ sandbox }) => {
    await sandbox.openFixture('native-options', { theme: 'light', editor: false, ...SIZE });
    await expect.poll(async () => (await sandbox.drawnCounts()).exemplars).toBeGreaterThan(0);
    const all = await sandbox.drawnCounts();
    const greenBefore = (await sandbox.drawnMarkers()).filter((m) => near(m.color, GREEN)).length;
    expect(greenBefore).toBeGreaterThan(0);

    await sandbox.openFixture('native-options-hidden', { theme: 'light', editor: false, ...SIZE });
    await expect.poll(async () => (await sandbox.drawnCounts()).exemplars).toBeGreaterThan(0);
    const shown = await sandbox.drawnCounts();
    expect(shown.exemplars).toBeLessThan(all.exemplars);
    expect((await sandbox.drawnMarkers()).filter((m) => near(m.color, GREEN))).toHaveLength(0);
  });

  test('2000 series with a table legend of mean and max: the plot keeps its room, the legend scrolls', async ({
    sandbox,
  }) => {
    test.setTimeout(90_000);
    const started = Date.now();
    await sandbox.openFixture('native-options-many', { editor: false, width: 1000, height: 500 });
    await expect(sandbox.panel.getByTestId(testIds.chart.plot)).toBeVisible();
    const legend = sandbox.page.locator('table').filter({ hasText: 'Mean' });
    await expect(legend.locator('tr', { hasText: 'p99 /api/r1999' })).toBeAttached();
    const ready = Date.now() - started;
    test.info().annotations.push({ type: '2000-series table legend', description: `panel ready in ${ready} ms` });
    const panel = (await sandbox.panel.boundingBox())!;
    const plot = (await sandbox.plotArea.boundingBox())!;
    expect(plot.width).toBeGreaterThan(panel.width * 0.5);
    expect(plot.height).toBeGreaterThan(panel.height * 0.5);
    // Scrolling the legend brings later rows into view; the page itself does not grow.
    const box = (await legend.boundingBox())!;
    await sandbox.page.mouse.move(box.x + 20, panel.y + panel.height / 2);
    await sandbox.page.mouse.wheel(0, 4000);
    await expect(legend.getByText('p99 /api/r150', { exact: true }).first()).toBeAttached();
    expect(await sandbox.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(900);
  });
});
