/**
 * Traces and exemplars as real back ends send them (issue 18), on hand-written scenarios built from Grafana's
 * own test data (sources and commits in each scenario's `description`):
 * - `traces-real-jaeger-grpc`: Grafana's Jaeger gRPC test trace — hierarchy only in `references`, event times
 *   in µs, `span.kind` in tags — opened from an exemplar that carries the span's `span_id`;
 * - `traces-real-tempo-short-id`: a 31-digit trace ID as Tempo writes it, from Grafana's captured exemplar frame.
 * Screenshots of the drawer in both themes.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { testIds } from '../../src/components/testIds';

/** The rows of the waterfall in screen order (virtualized rows are absolutely positioned in any DOM order). */
async function rowsInOrder(drawer: Locator): Promise<Array<{ text: string; selected: boolean; marked: boolean }>> {
  const rows = drawer.getByTestId(testIds.drawer.spanRow);
  const out = await rows.evaluateAll(
    (elements, markId) =>
      elements
        .map((e) => ({
          top: e.getBoundingClientRect().top,
          text: e.textContent ?? '',
          selected: e.getAttribute('aria-selected') === 'true',
          marked: !!e.querySelector(`[data-testid="${markId}"]`),
        }))
        .sort((a, b) => a.top - b.top),
    testIds.drawer.exemplarSpanMark
  );
  return out.map(({ text, selected, marked }) => ({ text, selected, marked }));
}

/** "HH:mm:ss.SSS" in a text, as a number of ms in the day. */
function clockMs(text: string): number {
  const [, h, m, s, ms] = /(\d\d):(\d\d):(\d\d)\.(\d{3})/.exec(text) ?? [];
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(ms);
}

test.describe('traces as real back ends send them', () => {
  test("a Jaeger gRPC trace opens on the exemplar's own span, nested from references, events within their span", async ({
    sandbox,
  }) => {
    await sandbox.openFixture('traces-real-jaeger-grpc', { editor: false });
    const drawer = await sandbox.openFirstClusterByKeyboard();
    await expect(drawer.getByTestId(testIds.drawer.spanRow)).toHaveCount(3);
    // The mark's icon arrives with its SVG (Grafana's Icon loads it): wait for it before reading the rows.
    await expect(drawer.getByTestId(testIds.drawer.exemplarSpanMark)).toBeVisible();
    const rows = await rowsInOrder(drawer);
    expect(rows.map((r) => [r.text.includes('FindTraceByID'), r.selected, r.marked])).toEqual([
      [false, false, false],
      [true, true, true],
      [false, false, false],
    ]);

    const details = drawer.getByTestId(testIds.drawer.spanDetails);
    await expect(details).toContainText('/tempopb.Querier/FindTraceByID');
    await expect(details).toContainText('Kind client');
    await expect(details).toContainText('Duration 1.85 ms');
    // The event (gRPC error, sent in µs) sits within its 1.85 ms span, not hours away.
    const facts = await details.innerText();
    const start = clockMs(/Start (\S+)/.exec(facts)![1]);
    const eventText = await details.locator('section', { hasText: 'Events' }).innerText();
    const event = clockMs(eventText);
    expect(event - start).toBeGreaterThanOrEqual(0);
    expect(event - start).toBeLessThanOrEqual(2);
  });

  test('a 31-digit Tempo trace ID opens its trace; the 4 µs span reads 4.00 µs, not 3.91', async ({ sandbox }) => {
    await sandbox.openFixture('traces-real-tempo-short-id', { editor: false });
    const drawer = await sandbox.openFirstClusterByKeyboard();
    await expect(drawer.getByTestId(testIds.drawer.spanRow)).toHaveCount(10);
    const debug = await sandbox.debug();
    expect(debug.traceQueries.map((q) => q.traceId)).toEqual(['0a17f9f61386f57e7ef85acedc120f82']);
    const details = drawer.getByTestId(testIds.drawer.spanDetails);
    await expect(details).toContainText('store.validateQueryTimeRange');
    // Formatted as the panel formats latencies (two decimals); (start + duration) − start read "3.91 µs".
    await expect(details).toContainText('Duration 4.00 µs');
    await expect(drawer.getByTestId(testIds.drawer.exemplarSpanMark)).toBeVisible();
    const marked = (await rowsInOrder(drawer)).filter((r) => r.marked);
    expect(marked.map((r) => r.text.includes('store.validateQueryTimeRange') && r.selected)).toEqual([true]);
    // Not clipped by the long operation name: the mark lies inside the row's label column.
    const fits = await drawer.getByTestId(testIds.drawer.exemplarSpanMark).evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      const label = mark.parentElement!.getBoundingClientRect();
      return { width: box.width, inside: box.right <= label.right + 0.5 };
    });
    expect(fits.width).toBeGreaterThan(0);
    expect(fits.inside).toBe(true);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`screenshot: the drawer on Grafana's Tempo test trace (${theme})`, async ({ sandbox, page }) => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await sandbox.openFixture('traces-real-tempo-short-id', { theme, editor: false, width: 1320, height: 520 });
      const drawer = await sandbox.openFirstClusterByKeyboard();
      await expect(drawer.getByTestId(testIds.drawer.spanDetails)).toBeVisible();
      await page.waitForTimeout(800);
      const path = await sandbox.screenshotAs('traces-real-tempo', theme);
      test.info().annotations.push({ type: 'screenshot', description: path });
    });
  }
});
