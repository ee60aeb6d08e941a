/**
 * Issue 24 in the browser: the panel on the central store of the remote-write path. Live: the demo, an edge
 * Prometheus remote-writing (send_exemplars: true) to a central Prometheus receiver, and a sandbox server whose
 * Prometheus data source is the central one — panel-queries mode, All mode and a drawer opened from one of its
 * exemplars. Fixture: the two silent drops, recorded from the same servers (tools/record-remote-write-scenarios.ts),
 * each with its own diagnostic.
 *
 * Written against today's SandboxPage / fixtures (sandbox/tests/support). What it needs from the host: a sandbox
 * server started on a given Prometheus URL (startSandboxServer({ promUrl, demoUrl, host })), openLive/openFixture,
 * option('exemplars.source'), hoverMarker(), drawer, diagnostics, debug().backendRequests and screenshotAs().
 */
import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { testIds } from '../../src/components/testIds';
import { hostUnavailable } from '../server/hosts';
import { startSandboxServer } from '../server/server';
import { type RemoteWriteStack, startRemoteWriteStack } from '../../tools/remote-write-stack';
import { expect, liveUnavailableReason, test as base } from './support/fixtures';
import { SandboxPage } from './support/sandboxPage';

const ROOT_DIR = resolve(__dirname, '../..');
const unavailable = liveUnavailableReason();
const THEMES = ['light', 'dark'] as const;

interface CentralSandbox {
  url: string;
  stack: RemoteWriteStack;
  centralUrl: string;
}

const test = base.extend<{ centralPage: SandboxPage }, { centralSandbox: CentralSandbox }>({
  centralSandbox: [
    async ({ sandboxHost }, use) => {
      const why = hostUnavailable(ROOT_DIR, sandboxHost);
      if (why) {
        throw new Error(why);
      }
      const stack = await startRemoteWriteStack({ timeoutMs: 90_000 });
      const centralUrl = stack.centralUrls.central;
      // The sandbox's Prometheus data source is the central store: the panel never sees the edge.
      const server = await startSandboxServer({
        rootDir: ROOT_DIR,
        host: sandboxHost,
        promUrl: centralUrl,
        demoUrl: stack.demoUrl,
      });
      try {
        await use({ url: server.url, stack, centralUrl });
      } finally {
        await server.close();
        await stack.stop();
      }
    },
    { scope: 'worker', timeout: 150_000 },
  ],
  centralPage: async ({ page, centralSandbox }, use) => {
    await use(new SandboxPage(page, centralSandbox.url));
  },
});

/** Trace IDs of every exemplar the central store holds in the window, from its own HTTP API. */
async function centralTraceIds(centralUrl: string, fromMs: number, toMs: number): Promise<string[]> {
  const params = new URLSearchParams({
    query: 'http_server_request_duration_seconds_bucket',
    start: String(Math.floor(fromMs / 1000)),
    end: String(Math.ceil(toMs / 1000)),
  });
  const response = await fetch(`${centralUrl}/api/v1/query_exemplars?${params}`);
  const body = (await response.json()) as { data: Array<{ exemplars: Array<{ labels: Record<string, string> }> }> };
  return body.data.flatMap((series) => series.exemplars.map((e) => e.labels.trace_id));
}

/** The number in the panel corner: "123 exemplars · all". */
async function shownCount(page: Page, source: 'sampled' | 'all'): Promise<number> {
  const count = page.getByTestId(testIds.panel.exemplarCount);
  await expect(count).toContainText(`· ${source}`, { timeout: 20_000 });
  await expect(count).not.toContainText('refreshing');
  return Number(/^([\d,]+)/.exec((await count.textContent()) ?? '')?.[1].replace(/,/g, ''));
}

async function openClosedWindow(
  sandbox: SandboxPage,
  page: Page,
  url: string,
  fromMs: number,
  toMs: number
): Promise<void> {
  const range = new URLSearchParams({
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    theme: 'light',
  });
  await page.goto(`${url}/?${range}`);
  await page.waitForFunction(
    () => window.__sandbox?.ready === true || Boolean(window.__sandbox?.loadError),
    undefined,
    { timeout: 45_000 }
  );
  await expect(sandbox.panel).toBeVisible();
}

test.describe('remote write: the panel on the central store (live)', () => {
  test.skip(Boolean(unavailable), `live mode needs the local stack: ${unavailable}`);
  test.describe.configure({ mode: 'serial' });

  test('panel queries: lines and exemplars from the central store; a drawer opened from one shows its trace', async ({
    centralPage: sandbox,
    centralSandbox,
    page,
  }) => {
    test.setTimeout(150_000);
    await sandbox.openLive({ editor: false, from: 'now-2m' });
    await expect
      .poll(async () => ((await sandbox.drawnCounts()).exemplars > 0 ? true : (await sandbox.runRefresh(), false)), {
        timeout: 60_000,
        intervals: [2000],
      })
      .toBe(true);
    await expect(sandbox.diagnostics).toHaveCount(0);

    const { marker, text } = await sandbox.hoverMarker();
    const traceId = /[0-9a-f]{32}/.exec(text)?.[0];
    expect(traceId, `a trace ID in the tooltip: ${text}`).toBeDefined();
    // The exemplar came through remote write: the central store holds it, and the demo holds its trace.
    expect(await centralTraceIds(centralSandbox.centralUrl, Date.now() - 5 * 60_000, Date.now())).toContain(traceId);
    await page.mouse.click(marker.x, marker.y);
    await expect(sandbox.drawer.getByTestId(testIds.drawer.summary)).toContainText(traceId!, { timeout: 20_000 });
    const trace = (await (await fetch(`${centralSandbox.stack.demoUrl}/api/traces/${traceId}`)).json()) as {
      spans: Array<{ parentSpanId?: string; name: string }>;
    };
    await expect(sandbox.drawer.getByTestId(testIds.drawer.summary)).toContainText(
      trace.spans.find((span) => !span.parentSpanId)!.name
    );
    await sandbox.screenshotAs('remote-write-central-drawer', 'light');
  });

  test('All: every exemplar the central store holds for the range, through the resource route', async ({
    centralPage: sandbox,
    centralSandbox,
    page,
  }) => {
    test.setTimeout(150_000);
    // A closed window in the past, so the central store's answer does not change while the test compares.
    await expect
      .poll(
        async () =>
          (await centralTraceIds(centralSandbox.centralUrl, Date.now() - 5 * 60_000, Date.now() - 5_000)).length,
        { timeout: 60_000, intervals: [2000] }
      )
      .toBeGreaterThanOrEqual(30);
    const toMs = Math.floor(Date.now() / 1000) * 1000 - 5_000;
    const fromMs = toMs - 5 * 60_000;
    const expected = await centralTraceIds(centralSandbox.centralUrl, fromMs, toMs);

    await openClosedWindow(sandbox, page, centralSandbox.url, fromMs, toMs);
    const sampled = await shownCount(page, 'sampled');
    await sandbox.option('exemplars.source').getByRole('radio', { name: 'All', exact: true }).check({ force: true });
    const all = await shownCount(page, 'all');
    test.info().annotations.push({
      type: 'exemplars',
      description: `central store, 5 min: sampled ${sampled}, all ${all}, store ${expected.length}`,
    });
    expect(all).toBe(expected.length);
    const requests = (await sandbox.debug()).backendRequests.filter((r) =>
      r.url.includes('/resources/api/v1/query_exemplars')
    );
    expect(requests.length).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId(testIds.chart.plot)).toHaveAttribute('aria-label', /with [1-9]\d* exemplar markers/);
  });
});

/** Opens the header strip's details and returns its fixes. */
async function fixesShown(sandbox: SandboxPage): Promise<string[]> {
  await expect(sandbox.diagnostics).toContainText('No exemplars in this time range');
  await sandbox.diagnostics.getByRole('button', { name: 'How to fix' }).click();
  await expect(sandbox.diagnostics.getByRole('button', { name: 'Hide details' })).toBeVisible();
  return sandbox.diagnostics.locator('li').allInnerTexts();
}

for (const theme of THEMES) {
  test.describe(`remote write: the silent drops, recorded from real servers (${theme})`, () => {
    test('edge without send_exemplars, Mimir data source: names the tenant limit and send_exemplars, not the scrape side', async ({
      sandbox,
    }) => {
      await sandbox.openFixture('remote-write-no-send-exemplars', { theme, editor: false, width: 1200, height: 600 });
      await expect(sandbox.plot).toBeVisible();
      const fixes = await fixesShown(sandbox);
      const limit = fixes.findIndex((fix) =>
        fix.startsWith('Mimir keeps no exemplars unless told to: max_global_exemplars_per_user defaults to 0')
      );
      expect(limit, fixes.join('\n')).toBeGreaterThanOrEqual(0);
      expect(fixes[limit + 1]).toContain('send_exemplars: true in its remote_write section');
      expect(fixes.join('\n')).not.toMatch(/OpenMetrics|--enable-feature|exemplar-storage/);
      await sandbox.screenshotAs('remote-write-no-send-exemplars', theme);
    });

    test('central receiver without exemplar storage, Prometheus data source: names its exemplar-storage flag', async ({
      sandbox,
    }) => {
      await sandbox.openFixture('remote-write-no-exemplar-storage', { theme, editor: false, width: 1200, height: 600 });
      await expect(sandbox.plot).toBeVisible();
      const fixes = await fixesShown(sandbox);
      expect(fixes).toContainEqual(
        expect.stringMatching(
          /^Run Prometheus 2\.26\+ with --enable-feature=exemplar-storage.*--web\.enable-remote-write-receiver\) needs the flag itself, and its writer needs send_exemplars: true/
        )
      );
      expect(fixes.some((fix) => fix.startsWith('Mimir keeps no exemplars'))).toBe(false);
      await sandbox.screenshotAs('remote-write-no-exemplar-storage', theme);
    });
  });
}
