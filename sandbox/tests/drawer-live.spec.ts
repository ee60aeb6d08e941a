/**
 * The trace preview drawer against real services (issue 8): a real Prometheus scraping the demo service, exemplars
 * clicked on the chart, traces read from the demo through the sandbox's Tempo-shaped data source. What the drawer
 * shows is compared with the demo's own `GET /api/traces/:id`.
 */
import type { Page } from '@playwright/test';
import type { DemoTrace } from '../shared/demoTrace';
import { expect, liveUnavailableReason, test } from './support/fixtures';
import { testIds } from '../../src/components/testIds';

const unavailable = liveUnavailableReason();

/** Text as the span details view prints an attribute value. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('trace drawer: live', () => {
  test.skip(Boolean(unavailable), `live mode needs the local stack: ${unavailable}`);
  test.describe.configure({ mode: 'serial' });

  test('a real exemplar opens its real trace: root, spans, waterfall, span attributes; copy link; Open in Explore', async ({
    liveSandboxPage: sandbox,
    liveSandbox,
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await sandbox.openLive({ editor: false, from: 'now-2m' });
    await sandbox.waitForLiveExemplars();

    // Click a marker the pointer finds on the chart; its tooltip names the trace it opens.
    const { marker, text } = await sandbox.hoverMarker();
    const traceId = /[0-9a-f]{32}/.exec(text)?.[0];
    expect(traceId, `a trace ID in the tooltip: ${text}`).toBeDefined();
    await page.mouse.click(marker.x, marker.y);
    const drawer = sandbox.drawer;
    const summary = drawer.getByTestId(testIds.drawer.summary);
    await expect(summary).toContainText(traceId!, { timeout: 20_000 });

    // The demo's own record of that trace.
    const response = await fetch(`${liveSandbox.demoUrl}/api/traces/${traceId}`);
    expect(response.status).toBe(200);
    const trace = (await response.json()) as DemoTrace;
    const root = trace.spans.find((span) => !span.parentSpanId)!;
    expect(root).toBeDefined();
    expect(trace.spans.length).toBeGreaterThan(1);
    await expect(summary).toContainText(root.name);
    await expect(summary).toContainText(root.serviceName);
    await expect(summary).toContainText(`Spans ${trace.spans.length}`);
    await expect(summary).toContainText(`Services ${new Set(trace.spans.map((span) => span.serviceName)).size}`);

    // The waterfall: one row per span (a demo trace fits without scrolling), every operation named.
    const waterfall = drawer.getByTestId(testIds.drawer.waterfall);
    await expect(waterfall).toHaveAttribute('data-rows', String(trace.spans.length));
    await expect(drawer.getByTestId(testIds.drawer.spanRow)).toHaveCount(trace.spans.length);
    for (const span of trace.spans) {
      await expect(waterfall).toContainText(span.name);
    }
    // The root row comes first.
    await expect(drawer.getByTestId(testIds.drawer.spanRow).first()).toContainText(root.name);

    // Select a child span: its details show its ID and every attribute, as text.
    const children = trace.spans.filter((span) => span.parentSpanId && Object.keys(span.attributes).length > 0);
    expect(children.length).toBeGreaterThan(0);
    const rows = drawer.getByTestId(testIds.drawer.spanRow);
    await rows.filter({ hasText: children[0].name }).first().click();
    const details = drawer.getByTestId(testIds.drawer.spanDetails);
    const spanId = /Span ([0-9a-f]{16})/.exec(await details.innerText())?.[1];
    const selected = trace.spans.find((span) => span.spanId === spanId)!;
    expect(selected, `span ${spanId} is in the demo's trace`).toBeDefined();
    expect(selected.parentSpanId).toBeTruthy();
    await expect(details).toContainText(selected.name);
    await expect(details).toContainText(selected.serviceName);
    for (const [key, value] of Object.entries(selected.attributes)) {
      await expect(details.getByRole('row').filter({ hasText: key }).first()).toContainText(shown(value));
    }
    expect(await details.locator('a, img, script, iframe').count()).toBe(0);

    // Copy Explore link: the Explore URL, absolute.
    await drawer.getByRole('button', { name: 'Copy Explore link' }).click();
    await expect.poll(() => clipboardText(page)).toContain('/explore?');
    const copied = new URL(await clipboardText(page));
    expect(copied.origin).toBe(new URL(page.url()).origin);

    // Open in Explore: a split view, the latency query beside the trace query.
    const before = (await sandbox.debug()).locationHistory.length;
    await drawer.getByTestId(testIds.drawer.openExplore).click();
    await expect.poll(async () => (await sandbox.debug()).locationHistory.length).toBeGreaterThan(before);
    const pushed = new URL((await sandbox.debug()).locationHistory.at(-1)!, 'http://grafana.invalid');
    expect(pushed.pathname).toBe('/explore');
    expect(pushed.searchParams.get('schemaVersion')).toBe('1');
    const panes = Object.values(JSON.parse(pushed.searchParams.get('panes')!)) as Array<{
      datasource: string;
      queries: Array<Record<string, unknown>>;
      range: { from: string; to: string };
    }>;
    expect(panes).toHaveLength(2);
    const [metrics, tracePane] = panes;
    expect(metrics.datasource).toBe('prometheus');
    expect(metrics.queries.length).toBeGreaterThan(0);
    expect(String(metrics.queries[0].expr)).toContain('histogram_quantile');
    expect(tracePane.datasource).toBe('tempo');
    expect(tracePane.queries).toEqual([
      { refId: 'A', queryType: 'traceql', query: traceId, datasource: { uid: 'tempo', type: 'tempo' } },
    ]);
    expect(Number(tracePane.range.to)).toBeGreaterThan(Number(tracePane.range.from));
    // The copied link is the same Explore state.
    expect(copied.pathname).toBe(pushed.pathname);
    expect(copied.searchParams.get('panes')).toBe(pushed.searchParams.get('panes'));
  });
});
