/**
 * Issue 6 in the browser: quantile lines, legend and exemplar markers (fixture and real Prometheus), the line
 * tooltip, the exemplar tooltip, and drag-to-zoom moving the dashboard's time range. Both themes where visual;
 * screenshots in test-results/screenshots/<project>/.
 */
import type { Locator } from '@playwright/test';
import { expect, liveUnavailableReason, test } from './support/fixtures';
import type { SandboxPage } from './support/sandboxPage';
import { latencySeconds, readScenario, scenarioExemplars } from './support/scenarioData';

const THEMES = ['light', 'dark'] as const;
const SIZE = { width: 1200, height: 560 };
const EXPECTED_LEGEND = ['p50', 'p90', 'p99'].flatMap((q) =>
  ['/api/products', '/api/cart', '/api/checkout'].map((route) => `${q} ${route}`)
);

/** Legend names and their swatch colours (`rgb(r, g, b)`), in legend order. */
async function legend(sandbox: SandboxPage): Promise<Array<{ name: string; color: string }>> {
  return sandbox.plot.locator('[data-testid^="data-testid VizLegend series "]').evaluateAll((items) =>
    items.map((item) => ({
      name: item.getAttribute('data-testid')!.replace('data-testid VizLegend series ', ''),
      color: getComputedStyle(item.querySelector('[data-testid="series-icon"]')!).backgroundColor,
    }))
  );
}

/** For each colour, how many pixels of uPlot's line canvas (not the exemplar canvas) have it. */
async function linePixels(sandbox: SandboxPage, colors: string[]): Promise<number[]> {
  return sandbox.page
    .locator('[data-testid="uplot-main-div"] canvas:not([data-testid])')
    .first()
    .evaluate((canvas: HTMLCanvasElement, wanted: string[]) => {
      const targets = wanted.map((c) => c.match(/\d+/g)!.map(Number));
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const counts = targets.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] < 200) {
          continue;
        }
        targets.forEach(([r, g, b], t) => {
          if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) <= 24) {
            counts[t]++;
          }
        });
      }
      return counts;
    }, colors);
}

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  if (!found) {
    throw new Error('element has no box');
  }
  return found;
}

test.describe('chart: lines, legend, markers (sparse fixture)', () => {
  for (const theme of THEMES) {
    test(`quantile lines, legend and exemplar markers render (${theme})`, async ({ sandbox }) => {
      await sandbox.openFixture('sparse', { theme, editor: false, ...SIZE });
      const exemplars = scenarioExemplars(readScenario('sparse'));
      await expect(sandbox.exemplarCount).toHaveText(`${exemplars.length} exemplars · sampled`);

      // Legend: every quantile × route line of the scenario, each with its own colour.
      const items = await legend(sandbox);
      expect(items.map((item) => item.name)).toEqual(EXPECTED_LEGEND);
      expect(new Set(items.map((item) => item.color)).size).toBe(items.length);

      // Lines: uPlot's canvas holds pixels of every legend colour.
      const pixels = await linePixels(
        sandbox,
        items.map((item) => item.color)
      );
      test.info().annotations.push({
        type: 'line pixels',
        description: `${theme}: ${items.map((item, i) => `${item.name}=${pixels[i]}`).join(', ')}`,
      });
      for (const [i, count] of pixels.entries()) {
        expect(count, `pixels of ${items[i].name} (${items[i].color})`).toBeGreaterThan(40);
      }

      // Markers: every exemplar is drawn (in clusters), and the pixels show as many markers as clusters.
      await expect.poll(async () => (await sandbox.drawnCounts()).exemplars).toBe(exemplars.length);
      const { clusters } = await sandbox.drawnCounts();
      expect(clusters).toBeGreaterThan(10);
      expect(clusters).toBeLessThan(exemplars.length);
      const markers = await sandbox.drawnMarkers();
      expect(markers.length).toBeGreaterThanOrEqual(clusters * 0.9);
      expect(markers.length).toBeLessThanOrEqual(clusters);
      await expect(sandbox.plot).toHaveAttribute('aria-label', new RegExp(`with ${clusters} exemplar markers`));
      await sandbox.screenshotAs('chart-sparse', theme);
    });
  }
});

test.describe('chart: live mode against the real Prometheus', () => {
  const unavailable = liveUnavailableReason();
  test.skip(Boolean(unavailable), `live mode needs the local stack: ${unavailable}`);
  test.describe.configure({ mode: 'serial' });

  for (const theme of THEMES) {
    test(`quantile lines, legend and exemplar markers from Prometheus (${theme})`, async ({
      liveSandboxPage: sandbox,
    }) => {
      test.setTimeout(150_000);
      // The last minute: the stack started seconds ago, so its lines and exemplars fill a good part of it.
      await sandbox.openLive({ theme, editor: false, from: 'now-1m', ...SIZE });
      // Refresh until lines and a dozen exemplars are drawn.
      await expect
        .poll(
          async () => {
            if ((await sandbox.exemplarCanvas.count()) > 0 && (await sandbox.drawnCounts()).exemplars >= 12) {
              return true;
            }
            await sandbox.runRefresh();
            return false;
          },
          // The stack may have started moments ago on a loaded machine: data arrives at its scrape pace.
          { timeout: 90_000, intervals: [1500] }
        )
        .toBe(true);
      const state = await sandbox.debug();
      const records = state.promQueries[state.promQueries.length - 1];
      expect(records.some((record) => record.seriesFrames > 0)).toBe(true);
      expect(records.some((record) => record.exemplarRows > 0)).toBe(true);

      const items = await legend(sandbox);
      expect(items.length).toBeGreaterThanOrEqual(3);
      for (const item of items) {
        expect(item.name).toMatch(/^p(50|90|99)\b/);
      }
      const pixels = await linePixels(
        sandbox,
        items.map((item) => item.color)
      );
      test.info().annotations.push({
        type: 'live line pixels',
        description: `${theme}: ${items.map((item, i) => `${item.name}=${pixels[i]}`).join(', ')}`,
      });
      expect(
        pixels.filter((count) => count > 5).length,
        'legend colours with pixels on the line canvas'
      ).toBeGreaterThanOrEqual(Math.min(3, items.length));

      const drawn = await sandbox.drawnCounts();
      await expect(sandbox.exemplarCount).toHaveText(/^[\d,]+( of [\d,]+)? exemplars · sampled/);
      expect(drawn.exemplars).toBeGreaterThan(0);
      expect((await sandbox.drawnMarkers()).length).toBeGreaterThan(0);
      await sandbox.screenshotAs('chart-live', theme);
      // A marker of the real data answers the pointer with a real trace ID (the demo's 32-hex IDs).
      const { text } = await sandbox.hoverMarker();
      expect(text).toMatch(/[0-9a-f]{32}/);
    });
  }
});

test.describe('chart: tooltips', () => {
  for (const theme of THEMES) {
    test(`hovering the plot shows every line's value at that time (${theme})`, async ({ sandbox, page }) => {
      const file = readScenario('sparse');
      await sandbox.openFixture('sparse', { theme, editor: false, ...SIZE });
      await expect(sandbox.exemplarCanvas).toBeVisible();
      const plot = await box(sandbox.plotArea);
      // Near the top of the plot no marker sits (the slowest exemplar is far below): the line tooltip answers.
      await page.mouse.move(plot.x + plot.width * 0.5, plot.y + plot.height * 0.08);
      const tooltip = page.getByTestId('exemplar-trace-tooltip');
      await expect(tooltip).toBeVisible();
      await expect(page.getByTestId('exemplar-trace-exemplar-tooltip')).toHaveCount(0);
      const lines = (await tooltip.innerText()).split('\n').filter(Boolean);
      // Header: the time under the pointer (half-way through the hour, to the 15 s step).
      const middle = file.timeRange.from + (file.timeRange.to - file.timeRange.from) / 2;
      const shown = await page.evaluate((text) => new Date(text.replace(' ', 'T')).getTime(), lines[0]);
      expect(Math.abs(shown - middle)).toBeLessThanOrEqual(30_000);
      // One row per line, each with the scenario's value at that time.
      const rows = lines.slice(1);
      expect(rows.length).toBe(EXPECTED_LEGEND.length * 2);
      for (let i = 0; i < rows.length; i += 2) {
        const name = rows[i];
        const frame = file.series.find((f) => f.schema!.fields[1].config?.displayNameFromDS === name);
        expect(frame, `scenario frame of ${name}`).toBeDefined();
        const times = frame!.data!.values[0] as number[];
        const expected = (frame!.data!.values[1] as number[])[times.indexOf(shown)];
        expect(
          Math.abs(latencySeconds(rows[i + 1]) - expected),
          `${name}: ${rows[i + 1]} vs ${expected}`
        ).toBeLessThanOrEqual(Math.max(0.0001, expected * 0.01));
      }
      await sandbox.screenshotAs('tooltip-series', theme);
    });

    test(`hovering an exemplar marker shows its count, latency range and trace ID (${theme})`, async ({
      sandbox,
      page,
    }) => {
      const exemplars = scenarioExemplars(readScenario('sparse'));
      await sandbox.openFixture('sparse', { theme, editor: false, ...SIZE });
      await expect.poll(async () => (await sandbox.drawnCounts()).clusters).toBeGreaterThan(0);
      const tooltip = page.getByTestId('exemplar-trace-exemplar-tooltip');

      // A cluster: "N exemplars", min · median · max latency, the slowest member's trace ID.
      const cluster = await sandbox.hoverMarker((_, text) => /^\d+ exemplars/.test(text));
      const count = Number(/^(\d+) exemplars/.exec(cluster.text)![1]);
      expect(count).toBeGreaterThan(1);
      const range = /Latency\s+min (\S+ \S+) · median (\S+ \S+) · max (\S+ \S+)/.exec(cluster.text);
      expect(range, cluster.text).not.toBeNull();
      const [min, median, max] = range!.slice(1).map(latencySeconds);
      expect(min).toBeLessThanOrEqual(median);
      expect(median).toBeLessThanOrEqual(max);
      const slowest = /Slowest trace\s+([0-9a-f]{32})/.exec(cluster.text);
      expect(slowest, cluster.text).not.toBeNull();
      const representative = exemplars.find((e) => e.labels.trace_id === slowest![1]);
      expect(representative, 'the slowest trace is one of the scenario exemplars').toBeDefined();
      expect(Math.abs(representative!.value - max)).toBeLessThanOrEqual(max * 0.01 + 0.0001);
      // The hovered marker wears a ring, centred on it.
      await expect.poll(() => sandbox.emphasisCentre()).not.toBeNull();
      const ring = (await sandbox.emphasisCentre())!;
      expect(
        Math.hypot(ring.x - cluster.marker.x, ring.y - cluster.marker.y),
        'ring centre → hovered marker (px)'
      ).toBeLessThan(3);
      // Its members are exemplars of the scenario within the latency range shown.
      expect(
        exemplars.filter((e) => e.value >= min * 0.99 - 0.0001 && e.value <= max * 1.01 + 0.0001).length
      ).toBeGreaterThanOrEqual(count);
      await sandbox.screenshotAs('tooltip-cluster', theme);

      // A single exemplar: "Exemplar", its latency and its own trace ID.
      await page.mouse.move(0, 0);
      await expect(tooltip).toHaveCount(0);
      await expect.poll(() => sandbox.emphasisCentre(), 'no ring once the pointer left').toBeNull();
      const single = await sandbox.hoverMarker((_, text) => /^Exemplar\b/.test(text));
      const id = /Trace\s+([0-9a-f]{32})/.exec(single.text);
      expect(id, single.text).not.toBeNull();
      const exemplar = exemplars.find((e) => e.labels.trace_id === id![1]);
      expect(exemplar).toBeDefined();
      const latency = latencySeconds(/Latency\s+(\S+ \S+)/.exec(single.text)![1]);
      expect(Math.abs(exemplar!.value - latency)).toBeLessThanOrEqual(latency * 0.01 + 0.0001);
      expect(single.text).toContain(exemplar!.labels.route);
      await sandbox.screenshotAs('tooltip-exemplar', theme);
    });
  }
});

test.describe('chart: drag to zoom', () => {
  test('dragging across the plot zooms the dashboard time range to the dragged span', async ({ sandbox, page }) => {
    await sandbox.openFixture('sparse', { editor: false, ...SIZE });
    await expect.poll(async () => (await sandbox.drawnCounts()).exemplars).toBe(162);
    const before = await sandbox.dashboardTimeRange();
    const plot = await box(sandbox.plotArea);
    const [left, right] = [0.3, 0.5];
    await page.mouse.move(plot.x + plot.width * left, plot.y + plot.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(plot.x + plot.width * right, plot.y + plot.height * 0.5, { steps: 10 });
    await page.mouse.up();

    await expect.poll(async () => (await sandbox.dashboardTimeRange()).from).not.toBe(before.from);
    const after = await sandbox.dashboardTimeRange();
    const span = before.to - before.from;
    // The new range is the dragged span (to the second the picker shows, and a pixel of slack).
    const slack = (span / plot.width) * 2 + 1000;
    expect(Math.abs(after.from - (before.from + span * left))).toBeLessThanOrEqual(slack);
    expect(Math.abs(after.to - (before.from + span * right))).toBeLessThanOrEqual(slack);
    test.info().annotations.push({
      type: 'zoom',
      description: `${new Date(before.from).toISOString()}–${new Date(before.to).toISOString()} → ${new Date(after.from).toISOString()}–${new Date(after.to).toISOString()}`,
    });

    // The panel follows: only exemplars inside the new range are drawn, and the line tooltip's times are in it.
    await expect.poll(async () => (await sandbox.drawnCounts()).exemplars).toBeLessThan(162);
    expect((await sandbox.drawnCounts()).exemplars).toBeGreaterThan(0);
    await page.mouse.move(plot.x + plot.width * 0.5, plot.y + plot.height * 0.05);
    const header = (await page.getByTestId('exemplar-trace-tooltip').innerText()).split('\n')[0];
    const hovered = await page.evaluate((text) => new Date(text.replace(' ', 'T')).getTime(), header);
    expect(hovered).toBeGreaterThanOrEqual(after.from);
    expect(hovered).toBeLessThanOrEqual(after.to);
  });
});
