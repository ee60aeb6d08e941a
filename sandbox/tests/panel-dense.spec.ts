/**
 * Issue 7 in the browser: the dense scenario's 100k exemplars become clusters with counts, a cluster opens the
 * drawer listing its members, and the keyboard moves between clusters (the live region follows) and opens them.
 * Both themes; screenshots in test-results/screenshots/<project>/dense-*.png. Timing lives in panel-perf.spec.ts.
 */
import { testIds } from '../../src/components/testIds';
import { expect, test } from './support/fixtures';
import type { SandboxPage } from './support/sandboxPage';

const THEMES = ['light', 'dark'] as const;
const SIZE = { width: 1200, height: 560 };
const DENSE_EXEMPLARS = 99_999;

async function openDense(sandbox: SandboxPage, theme: 'light' | 'dark'): Promise<void> {
  await sandbox.openFixture('dense', { theme, editor: false, ...SIZE });
  await expect.poll(async () => (await sandbox.drawnCounts()).exemplars, { timeout: 30_000 }).toBe(DENSE_EXEMPLARS);
}

/** "1,234 exemplars" / "1.2k exemplars" in a tooltip or live region → 1234. */
function countIn(text: string): number {
  const match = /([\d,]+) exemplars/.exec(text);
  return match ? Number(match[1].replace(/,/g, '')) : text.startsWith('Exemplar') ? 1 : NaN;
}

for (const theme of THEMES) {
  test.describe(`dense: 100k exemplars (${theme})`, () => {
    test('are drawn as a few clusters with counts, every exemplar in one', async ({ sandbox, page }) => {
      await openDense(sandbox, theme);
      await expect(sandbox.exemplarCount).toHaveText('99,999 exemplars');
      const { clusters, exemplars } = await sandbox.drawnCounts();
      expect(exemplars).toBe(DENSE_EXEMPLARS);
      // Clustered: hundreds of markers, not 100k, and the pixels show them.
      expect(clusters).toBeGreaterThan(50);
      expect(clusters).toBeLessThan(5000);
      const markers = await sandbox.drawnMarkers();
      expect(markers.length).toBeGreaterThan(clusters * 0.5);
      test.info().annotations.push({
        type: 'dense',
        description: `${theme}: ${clusters} clusters for ${exemplars} exemplars, ${markers.length} blobs on the canvas`,
      });
      await sandbox.screenshotAs('dense-clusters', theme);

      // The biggest markers are clusters of many exemplars; their counts add up to no more than the total.
      const seen = new Map<string, number>();
      for (const marker of markers.slice(0, 8)) {
        await page.mouse.move(marker.x, marker.y);
        const tooltip = page.getByTestId(testIds.chart.exemplarTooltip);
        if (!(await tooltip.isVisible())) {
          continue;
        }
        const text = await tooltip.innerText();
        seen.set(/Time\s+(.*)/.exec(text)?.[1] ?? text, countIn(text));
      }
      const counts = [...seen.values()];
      expect(counts.length).toBeGreaterThanOrEqual(4);
      expect(Math.max(...counts)).toBeGreaterThan(100);
      expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(DENSE_EXEMPLARS);
      const { text } = await sandbox.hoverMarker((_, t) => countIn(t) > 100, markers);
      expect(text).toMatch(/Latency\s+min \S+ \S+ · median \S+ \S+ · max \S+ \S+/);
      expect(text).toMatch(/Slowest trace\s+[0-9a-f]{32}/);
      await sandbox.screenshotAs('dense-cluster-tooltip', theme);
    });

    test('clicking a cluster opens the drawer listing its members', async ({ sandbox, page }) => {
      await openDense(sandbox, theme);
      const { marker, text } = await sandbox.hoverMarker((_, t) => countIn(t) > 20);
      const count = countIn(text);
      await page.mouse.click(marker.x, marker.y);
      await expect(sandbox.drawer).toBeVisible();
      await expect(page.getByRole('dialog')).toContainText(`${count.toLocaleString('en-US')} exemplars`);
      const list = sandbox.drawer.getByTestId(testIds.drawer.exemplarList);
      await expect(list).toBeVisible();
      expect(await list.getByTestId(testIds.drawer.exemplarRow).count()).toBeGreaterThan(5);
      await sandbox.screenshotAs('dense-cluster-drawer', theme);
    });

    test('keyboard: arrows move between clusters (the live region follows), Enter opens the focused one', async ({
      sandbox,
      page,
    }) => {
      await openDense(sandbox, theme);
      const live = page.getByTestId(testIds.chart.liveRegion);
      await expect(live).toHaveText('');
      await sandbox.plot.focus();
      await page.keyboard.press('ArrowRight');
      // The latency as the tooltip formats it (issue 18), e.g. "slowest 258.42 ms".
      const announced =
        /^(Exemplar|[\d,]+ exemplars), slowest [\d.,]+ (ns|µs|ms|s|m|min|h)\. Press Enter to preview\.$/;
      await expect(live).toHaveText(announced);
      const texts = [await live.innerText()];
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowUp', 'ArrowRight', 'ArrowDown']) {
        await page.keyboard.press(key);
        await expect(live).toHaveText(announced);
        texts.push(await live.innerText());
      }
      // Each move lands on another cluster: the announcements differ (count or slowest latency).
      expect(new Set(texts).size, texts.join('\n')).toBeGreaterThanOrEqual(4);
      const count = countIn(texts[texts.length - 1]);
      await sandbox.screenshotAs('dense-keyboard-focus', theme);

      await page.keyboard.press('Enter');
      await expect(sandbox.drawer).toBeVisible();
      if (count > 1) {
        await expect(page.getByRole('dialog')).toContainText(`${count.toLocaleString('en-US')} exemplars`);
        await expect(sandbox.drawer.getByTestId(testIds.drawer.exemplarList)).toBeVisible();
      } else {
        await expect(sandbox.drawer.getByTestId(testIds.drawer.exemplarList)).toHaveCount(0);
      }
    });
  });
}
