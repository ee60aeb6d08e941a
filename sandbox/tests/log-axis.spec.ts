/**
 * Issue 20 (log axis) in the browser, on the heavy-tailed scenario (~60,000 exemplars, a 0.2 % tail at 8–12 s,
 * 12 at 0 s): on a log10 axis typical requests are no longer squeezed into the bottom of the plot, markers sit
 * where the axis puts their latency, exemplars at 0 s are counted, not drawn, and tick labels carry no stray
 * decimals (log and linear). Both themes; screenshots in test-results/screenshots/<project>/heavy-tail-*.png.
 */
import type { Page } from '@playwright/test';
import { testIds } from '../../src/components/testIds';
import { expect, test } from './support/fixtures';
import type { SandboxPage } from './support/sandboxPage';
import { readScenario, scenarioExemplars } from './support/scenarioData';

const THEMES = ['light', 'dark'] as const;
const SIZE = { width: 1200, height: 600 };
/** As the scenario generator writes them (HEAVY_TAIL_ZEROS in sandbox/scenarios/generate.ts). */
const ZEROS = 12;

/** The latency scale the markers were projected with (the exemplar canvas' data-y-scale: "distr min max"). */
async function yScale(sandbox: SandboxPage): Promise<{ distr: number; min: number; max: number }> {
  const [distr, min, max] = (await sandbox.exemplarCanvas.getAttribute('data-y-scale'))!.split(' ').map(Number);
  return { distr, min, max };
}

/** Records every text uPlot (or anything) draws on a canvas: the axis tick labels are drawn, not elements. */
async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const texts: string[] = [];
    (window as unknown as { __canvasTexts: string[] }).__canvasTexts = texts;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      texts.push(String(text));
      return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
    };
  });
}

/** The latency tick labels drawn so far, e.g. "200 ms", "5 s" (times and marker counts excluded). */
async function latencyTicks(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => (window as unknown as { __canvasTexts: string[] }).__canvasTexts);
  return [...new Set(texts.filter((text) => /^-?[\d.,]+ (ns|µs|ms|s|min)$/.test(text)))];
}

/** At least four latency ticks, none with trailing decimal zeros ("15.000 ms", "900.0 ms" before). */
async function expectCleanTicks(page: Page, axis: string): Promise<void> {
  const ticks = await latencyTicks(page);
  expect(ticks.length).toBeGreaterThanOrEqual(4);
  for (const tick of ticks) {
    expect(tick, 'no trailing decimal zeros').not.toMatch(/\.\d*0 /);
  }
  test.info().annotations.push({ type: `${axis} ticks`, description: ticks.join(', ') });
}

async function open(sandbox: SandboxPage, fixture: string, theme: 'light' | 'dark'): Promise<void> {
  await recordCanvasText(sandbox.page);
  await sandbox.openFixture(fixture, { theme, editor: false, ...SIZE });
  await expect.poll(async () => (await sandbox.drawnCounts()).exemplars, { timeout: 30_000 }).toBeGreaterThan(50_000);
}

const exemplars = scenarioExemplars(readScenario('heavy-tail'));
const positive = exemplars.map((e) => e.value).filter((v) => v > 0);
const median = [...positive].sort((a, b) => a - b)[positive.length >> 1];

for (const theme of THEMES) {
  test.describe(`log axis: heavy-tailed latency (${theme})`, () => {
    test('typical requests are spread over the plot, 0 s exemplars are counted, ticks are clean', async ({
      sandbox,
      page,
    }) => {
      await open(sandbox, 'heavy-tail', theme);
      // Every exemplar with a latency is drawn; the ones at 0 s are not, and the chart says how many.
      await expect.poll(async () => (await sandbox.drawnCounts()).exemplars).toBe(exemplars.length - ZEROS);
      await expect(page.getByTestId(testIds.chart.offLogAxis)).toHaveText(
        `${ZEROS} exemplars at 0 or below not drawn on the log axis`
      );

      const scale = await yScale(sandbox);
      expect(scale.distr).toBe(3);
      expect(scale.min).toBeGreaterThan(0);
      expect(scale.min).toBeLessThanOrEqual(Math.min(...positive));
      expect(scale.max).toBeGreaterThanOrEqual(Math.max(...positive));
      // The median exemplar sits above the lowest quarter of the plot (on a linear axis it is in the lowest 5 %).
      const share = Math.log(median / scale.min) / Math.log(scale.max / scale.min);
      test.info().annotations.push({
        type: 'log axis',
        description: `${theme}: median ${median.toFixed(3)} s at ${(share * 100).toFixed(0)} % of the plot height, scale ${scale.min}–${scale.max} s`,
      });
      expect(share).toBeGreaterThan(0.25);
      // And the drawn markers say the same: most of them are above the lowest quarter.
      const plotBox = (await sandbox.exemplarCanvas.evaluate((c) =>
        c.parentElement!.getBoundingClientRect().toJSON()
      )) as DOMRect;
      const markers = await sandbox.drawnMarkers();
      const low = markers.filter((m) => m.y > plotBox.top + plotBox.height * 0.75).length;
      expect(low / markers.length).toBeLessThan(0.5);

      await expectCleanTicks(page, 'log');
      await sandbox.screenshotAs('heavy-tail-log', theme);
    });

    test('a marker sits where the axis puts its latency, within 1 px', async ({ sandbox }) => {
      await open(sandbox, 'heavy-tail', theme);
      const scale = await yScale(sandbox);
      const plotBox = (await sandbox.exemplarCanvas.evaluate((c) =>
        c.parentElement!.getBoundingClientRect().toJSON()
      )) as DOMRect;
      const { from, to } = readScenario('heavy-tail').timeRange;
      const at = (e: { timeMs: number; value: number }) => ({
        x: plotBox.left + ((e.timeMs - from) / (to - from)) * plotBox.width,
        y: plotBox.top + plotBox.height * (1 - Math.log(e.value / scale.min) / Math.log(scale.max / scale.min)),
      });
      // A lone exemplar is drawn as a diamond centred on its position; clusters are circles, larger. The diamonds
      // above 1 s (where exemplars are sparse, so the nearest one is the diamond's own) must each sit on one.
      const placed = exemplars.filter((e) => e.value > 0).map(at);
      const oneSecondY = at({ timeMs: from, value: 1 }).y;
      const diamonds = (await sandbox.drawnMarkers()).filter((m) => m.area < 110 && m.y < oneSecondY);
      expect(diamonds.length).toBeGreaterThan(10);
      const offsets = diamonds.map((m) => {
        const nearest = placed.reduce((best, e) =>
          Math.hypot(m.x - e.x, m.y - e.y) < Math.hypot(m.x - best.x, m.y - best.y) ? e : best
        );
        return { dx: m.x - nearest.x, dy: m.y - nearest.y };
      });
      test.info().annotations.push({
        type: 'marker offsets',
        description: `${theme}: ${diamonds.length} lone markers above 1 s, max |dx| ${Math.max(...offsets.map((o) => Math.abs(o.dx))).toFixed(2)} px, max |dy| ${Math.max(...offsets.map((o) => Math.abs(o.dy))).toFixed(2)} px`,
      });
      for (const { dx, dy } of offsets) {
        expect(Math.abs(dy)).toBeLessThanOrEqual(1);
        expect(Math.abs(dx)).toBeLessThanOrEqual(1);
      }
    });

    test('on a linear axis the tail squeezes typical requests down, and the ticks are clean too', async ({
      sandbox,
      page,
    }) => {
      await open(sandbox, 'heavy-tail-linear', theme);
      // Zero is on a linear axis: every exemplar is drawn and nothing is reported missing.
      await expect.poll(async () => (await sandbox.drawnCounts()).exemplars).toBe(exemplars.length);
      await expect(page.getByTestId(testIds.chart.offLogAxis)).toHaveCount(0);
      const scale = await yScale(sandbox);
      expect(scale.distr).toBe(1);
      expect((median - scale.min) / (scale.max - scale.min)).toBeLessThan(0.05);
      await expectCleanTicks(page, 'linear');
      await sandbox.screenshotAs('heavy-tail-linear', theme);
    });
  });
}
