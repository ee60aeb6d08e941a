/**
 * What Grafana's dashboard path (Scenes VizPanel + dashboard-scene's PanelContext) asks of the panel itself (issue 17):
 * legend clicks become a saved `hideSeriesFrom` override that the panel honours, and an untitled panel's own
 * controls stay clear of Grafana's hover header.
 */
import { expect, test } from './support/fixtures';
import { readScenario, scenarioExemplars } from './support/scenarioData';
import { screenshotPath } from './support/screenshots';

const exemplars = scenarioExemplars(readScenario('sparse'));
const total = exemplars.length;
const of = (route: string) => exemplars.filter((e) => e.labels.route === route).length;

function hideSeriesFrom(fieldConfig: unknown): unknown {
  const overrides = (fieldConfig as { overrides?: Array<{ __systemRef?: string }> } | undefined)?.overrides ?? [];
  return overrides.find((o) => o.__systemRef === 'hideSeriesFrom');
}

test.describe('legend through PanelContext', () => {
  test('a legend click writes the hideSeriesFrom override, and the panel follows the override', async ({ sandbox }) => {
    await sandbox.openFixture('sparse', { editor: false });
    await expect(sandbox.exemplarCount).toHaveText(`${total} exemplars · sampled`);
    await sandbox.legendLabel('p99 /api/checkout').click();
    // One click, one isolate: the override Grafana's dashboards save in edit mode, and the exemplars follow it.
    await expect
      .poll(async () => hideSeriesFrom((await sandbox.debug()).fieldConfig))
      .toMatchObject({
        matcher: { id: 'byNames', options: { mode: 'exclude', names: ['p99 /api/checkout'] } },
        properties: [{ id: 'custom.hideFrom', value: { viz: true, legend: false, tooltip: true } }],
      });
    await expect(sandbox.exemplarCount).toHaveText(`${of('/api/checkout')} of ${total} exemplars · sampled`);
    await sandbox.legendLabel('p99 /api/checkout').click();
    await expect.poll(async () => hideSeriesFrom((await sandbox.debug()).fieldConfig)).toBeUndefined();
    await expect(sandbox.exemplarCount).toHaveText(`${total} exemplars · sampled`);
  });

  test('a dashboard saved with an isolated series opens with only its exemplars', async ({ sandbox }) => {
    await sandbox.openFixture('saved-legend', { editor: false });
    await expect(sandbox.exemplarCount).toHaveText(`${of('/api/checkout')} of ${total} exemplars · sampled`);
    await expect.poll(async () => (await sandbox.drawnCounts()).exemplars).toBe(of('/api/checkout'));
  });
});

test('an untitled panel keeps its controls clear of the hover header', async ({ sandbox, page }) => {
  await sandbox.openFixture('saved-legend', { editor: false });
  const controls = page.getByTestId('exemplar-trace-viewer-button');
  await expect(controls).toBeVisible();
  await sandbox.panel.hover();
  const widget = page.getByTestId('data-testid hover-header-container');
  await expect(widget).toBeVisible();
  await page.screenshot({ path: screenshotPath('untitled-panel-hover-header.png') });
  const [a, b] = [await controls.boundingBox(), await widget.boundingBox()];
  const overlap = a && b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlap, `controls ${JSON.stringify(a)} under hover header ${JSON.stringify(b)}`).toBe(false);
});

test("Explore links name the user's organisation, work under a sub path, and carry data sources as type and uid", async ({
  sandbox,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await sandbox.openFixture('sparse', { editor: false, appSubUrl: '/grafana', orgId: 3 });
  await expect.poll(async () => (await sandbox.drawnCounts()).clusters).toBeGreaterThan(0);
  const single = await sandbox.hoverMarker((_, text) => /^Exemplar\b/.test(text));
  await page.mouse.click(single.marker.x, single.marker.y);
  await expect(sandbox.drawer).toBeVisible();

  await sandbox.drawer.getByRole('button', { name: 'Copy Explore link' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('/explore?');
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  // A link is absolute: Grafana's sub path included.
  expect(copied.pathname).toBe('/grafana/explore');
  expect(copied.searchParams.get('orgId')).toBe('3');
  const panes = Object.values(JSON.parse(copied.searchParams.get('panes')!)) as Array<{
    queries: Array<{ datasource: object }>;
  }>;
  for (const query of panes.flatMap((pane) => pane.queries)) {
    expect(Object.keys(query.datasource).sort()).toEqual(['type', 'uid']);
  }
  expect(copied.href.length).toBeLessThan(2000);

  // Navigation goes through locationService, whose history already carries the sub path.
  const before = (await sandbox.debug()).locationHistory.length;
  await sandbox.drawer.getByRole('button', { name: 'Open in Explore' }).click();
  await expect.poll(async () => (await sandbox.debug()).locationHistory.length).toBeGreaterThan(before);
  const pushed = new URL((await sandbox.debug()).locationHistory.at(-1)!, 'http://grafana.invalid');
  expect(pushed.pathname).toBe('/explore');
  expect(pushed.searchParams.get('orgId')).toBe('3');
  await expect.poll(() => new URL(page.url()).pathname).toBe('/grafana/explore');
});

test("each clone of a repeated builder panel queries its own $route, through the panel's scope", async ({
  sandbox,
}) => {
  // Grafana's Prometheus frontend: the expressions reach the emulated /api/ds/query as the Go backend gets them.
  await sandbox.openDashboard();
  const routes = ['/api/products', '/api/cart', '/api/checkout'];
  const exprs = async () => (await sandbox.debug()).promQueries.flat().map((record) => record.expr);
  for (const route of routes) {
    await expect
      .poll(async () => (await exprs()).some((expr) => expr.includes(`route="${route}"`)), `a query for ${route}`)
      .toBe(true);
  }
  // No clone queries with the variable left in, or with another clone's value.
  expect((await exprs()).filter((expr) => expr.includes('$route'))).toEqual([]);
  expect((await sandbox.debug()).cancelledRequests).toEqual([]);
});
