/**
 * What a new user trips over (issue 21), in the browser: the marker tooltip stays in the window and says what a
 * click does, a mixed cluster looks mixed, the keyboard shows the same tooltip (Home/End), and a big trace can be
 * searched. The inactive new rule is covered by mapping-editor.spec.ts, the age-aware not-found by drawer.spec.ts.
 */
import type { Page } from '@playwright/test';
import { testIds } from '../../src/components/testIds';
import { expect, test } from './support/fixtures';
import type { DrawnMarker } from './support/sandboxPage';

const tooltip = (page: Page) => page.getByTestId(testIds.chart.exemplarTooltip);

/** How many fill colours the marker around (x, y) shows, each covering at least 15 % of its opaque pixels. */
async function fillColours(page: Page, marker: DrawnMarker): Promise<string[]> {
  return page.getByTestId(testIds.chart.exemplarCanvas).evaluate((canvas: HTMLCanvasElement, at) => {
    const rect = canvas.getBoundingClientRect();
    const scale = canvas.width / rect.width;
    const r = Math.ceil(6 * scale);
    const cx = Math.round((at.x - rect.left) * scale);
    const cy = Math.round((at.y - rect.top) * scale);
    const { data } = canvas.getContext('2d')!.getImageData(cx - r, cy - r, 2 * r, 2 * r);
    const counts = new Map<string, number>();
    let opaque = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 240) {
        opaque++;
        const key = `${data[i] >> 4},${data[i + 1] >> 4},${data[i + 2] >> 4}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    return [...counts].filter(([, n]) => n >= opaque * 0.15).map(([key]) => key);
  }, marker);
}

test.describe('marker tooltip', () => {
  test('near the bottom and right edges it flips and stays inside the window', async ({ sandbox, page }) => {
    // The panel reaches the window's bottom: the lowest markers sit a few dozen pixels above it.
    await page.setViewportSize({ width: 1000, height: 600 });
    await sandbox.openFixture('sparse', { editor: false, width: 1000, height: 480 });
    await expect.poll(async () => (await sandbox.drawnCounts()).clusters).toBeGreaterThan(0);
    const markers = await sandbox.drawnMarkers();
    const edges: Array<[string, DrawnMarker[]]> = [
      ['bottom', [...markers].sort((a, b) => b.y - a.y)],
      ['right', [...markers].sort((a, b) => b.x - a.x)],
    ];
    for (const [edge, candidates] of edges) {
      const { marker } = await sandbox.hoverMarker(() => true, candidates);
      expect(edge === 'bottom' ? 600 - marker.y : 1000 - marker.x).toBeLessThan(200);
      // TooltipPlugin2 places it on the frame after its size is known.
      await expect
        .poll(async () => {
          const box = (await tooltip(page).boundingBox())!;
          return box.y >= 0 && box.x >= 0 && box.y + box.height <= 600 && box.x + box.width <= 1000;
        })
        .toBe(true);
      const box = (await tooltip(page).boundingBox())!;
      expect(box.y + box.height <= marker.y || box.x + box.width <= marker.x || box.y >= marker.y).toBe(true);
      await sandbox.screenshotAs(`tooltip-${edge}-edge`, 'light');
      await page.mouse.move(0, 0);
    }
  });

  test('says what a click does: preview in the named data source, or no trace and why', async ({ sandbox, page }) => {
    await sandbox.openFixture('sparse', { editor: false });
    await sandbox.hoverMarker();
    await expect(page.getByTestId(testIds.chart.tooltipAction)).toHaveText(
      /^Click to (list the \d+ exemplars and )?preview the (slowest )?trace in Tempo$/
    );
    // The trace ID once (its own row), scrape labels folded into one line.
    const text = await tooltip(page).innerText();
    expect(text.match(/[0-9a-f]{32}/g)?.length ?? 0).toBeLessThanOrEqual(1);
    await expect(page.getByTestId(testIds.chart.tooltipFolded)).toContainText('__name__');

    await sandbox.openFixture('missing-trace-label', { editor: false });
    await sandbox.hoverMarker();
    await expect(page.getByTestId(testIds.chart.tooltipAction)).toHaveText(
      /^No trace to open: none of its labels is mapped to a trace ID/
    );
  });

  test('a cluster of several series is drawn in their colours and lists them', async ({ sandbox, page }) => {
    await sandbox.openFixture('sparse', { editor: false });
    const { marker, text } = await sandbox.hoverMarker((_, t) => /Series\s+\/api/.test(t));
    expect(text).toMatch(/Series\s+\/api\/\S+ \(\d+\), \/api\/\S+ \(\d+\)/);
    await page.mouse.move(0, 0);
    expect((await fillColours(page, marker)).length).toBeGreaterThanOrEqual(2);
    await sandbox.hoverMarker((m) => m === marker, [marker]);
    await sandbox.screenshotAs('mixed-cluster', 'light');
  });
});

test('keyboard: the focused marker shows the hover tooltip; Home and End go to the first and last', async ({
  sandbox,
  page,
}) => {
  await sandbox.openFixture('sparse', { editor: false });
  await expect.poll(async () => (await sandbox.drawnCounts()).clusters).toBeGreaterThan(1);
  const markers = await sandbox.drawnMarkers();
  const xs = markers.map((m) => m.x);
  await page.getByTestId(testIds.chart.plot).focus();
  const live = page.getByTestId(testIds.chart.liveRegion);

  await page.keyboard.press('End');
  await expect(tooltip(page)).toBeVisible();
  const last = (await tooltip(page).boundingBox())!;
  await expect(live).toContainText(/slowest \d+(\.\d+)? (ms|s|µs)\b/);
  const lastAnnouncement = await live.textContent();
  await page.keyboard.press('Home');
  await expect(live).not.toHaveText(lastAnnouncement!);
  const first = (await tooltip(page).boundingBox())!;
  // Beside the first marker, then beside the last: the tooltips sit at the chart's two ends.
  expect(first.x).toBeLessThan(last.x);
  expect(Math.abs(first.x - Math.min(...xs))).toBeLessThan(40);
  await expect(page.getByTestId(testIds.chart.tooltipAction)).toContainText('Tempo');

  await page.keyboard.press('Escape');
  await expect(tooltip(page)).toBeHidden();
});

test('big trace: the waterfall takes the window height, and spans can be found with next and previous', async ({
  sandbox,
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await sandbox.openFixture('big-trace', { editor: false });
  const drawer = await sandbox.openFirstClusterByKeyboard();
  await expect(drawer.getByTestId(testIds.drawer.spanRow).first()).toBeVisible();
  const tree = drawer.getByRole('tree');
  // More than the ~17 rows it used to be fixed at.
  expect((await tree.boundingBox())!.height).toBeGreaterThan(17 * 24 + 100);
  await expect(drawer.getByTestId(testIds.drawer.waterfallLegend)).toContainText('Critical path');

  const search = drawer.getByTestId(testIds.drawer.spanSearch);
  const count = drawer.getByTestId(testIds.drawer.spanSearchCount);
  await search.fill('span.index=31337');
  await expect(count).toHaveText('1 of 1');
  await expect(drawer.getByTestId(testIds.drawer.spanDetails)).toContainText('31337');
  // Every match in view is marked, not only the one stepped to (the operations op-10-2x sit together near the top).
  const marked = tree.locator('[data-match]');
  await search.fill('op-10-2');
  await expect.poll(() => marked.count()).toBeGreaterThanOrEqual(4);
  for (const text of await marked.allTextContents()) {
    expect(text).toContain('op-10-2');
  }
  await search.fill('svc-7');
  await expect(count).toHaveText(/^1 of [\d,]+$/);
  await search.press('Enter');
  await expect(count).toHaveText(/^2 of /);
  await search.press('Shift+Enter');
  await search.press('Shift+Enter');
  const total = /of ([\d,]+)/.exec((await count.textContent())!)![1];
  await expect(count).toHaveText(`${total} of ${total}`);
  // The selected match is a row in view, of the service searched for.
  await expect(tree.locator('[aria-selected="true"]')).toContainText('svc-7');
  await sandbox.screenshotAs('big-trace-search', 'light');
  await search.fill('');
  await expect(marked).toHaveCount(0);
});
