/**
 * Issues 6 and 12 in the browser: every diagnostic state shows its message and its fix, and the one-click
 * "Map <label>" actions really add the mapping (options change, the diagnostic goes, markers link to traces).
 * States: no exemplars, the Exemplars toggle off, no series, no trace label, a recording rule, Mimir keeping no
 * exemplars (sampled frames and the raw exemplar API), trace_id mapped while exemplars carry traceID.
 * Both themes; screenshots with the fix opened in test-results/screenshots/<project>/diag-*.png.
 */
import type { Locator } from '@playwright/test';
import { testIds } from '../../src/components/testIds';
import { expect, test } from './support/fixtures';
import type { SandboxPage } from './support/sandboxPage';

const THEMES = ['light', 'dark'] as const;
const SIZE = { width: 1200, height: 560 };
/** `RECORDING_RULE_METRIC` of sandbox/scenarios/generate.ts. */
const RECORDING_RULE = 'job:http_server_request_duration_seconds';

interface Rule {
  labelName: string;
  kind: string;
  datasourceUid?: string;
}

async function rules(sandbox: SandboxPage): Promise<Rule[]> {
  return ((await sandbox.debug()).options as { labelMapping: { rules: Rule[] } }).labelMapping.rules;
}

/** Opens the header strip's details ("How to fix") and returns them with the strip. */
async function openFix(sandbox: SandboxPage): Promise<Locator> {
  await sandbox.diagnostics.getByRole('button', { name: 'How to fix' }).click();
  await expect(sandbox.diagnostics.getByRole('button', { name: 'Hide details' })).toBeVisible();
  return sandbox.diagnostics;
}

/**
 * The Mimir exemplar-limit fix comes first (only the range-age hint of an old fixture range may precede it), then the
 * writer's send_exemplars; no scrape-side Prometheus fix (issue 24: the series arrived, the scrape is fine).
 */
async function expectMimirHintFirst(details: Locator): Promise<void> {
  const fixes = await details.locator('li').allInnerTexts();
  const mimir = fixes.findIndex((fix) =>
    fix.startsWith('Mimir keeps no exemplars unless told to: max_global_exemplars_per_user defaults to 0')
  );
  expect(mimir, fixes.join('\n')).toBeGreaterThanOrEqual(0);
  expect(fixes[mimir + 1]).toContain('send_exemplars: true');
  expect(fixes.some((fix) => fix.includes('--enable-feature=exemplar-storage') || fix.includes('OpenMetrics'))).toBe(
    false
  );
  expect(fixes.slice(0, mimir).every((fix) => fix.includes('look at a recent time range'))).toBe(true);
}

/** The latency lines are still there: the chart and its nine legend entries. */
async function expectLines(sandbox: SandboxPage): Promise<void> {
  await expect(sandbox.plot).toBeVisible();
  await expect(sandbox.plot.locator('[data-testid^="data-testid VizLegend series "]')).toHaveCount(9);
}

for (const theme of THEMES) {
  test.describe(`diagnostics (${theme})`, () => {
    test('no exemplars: the lines stay, the message names Prometheus exemplar storage and OpenMetrics', async ({
      sandbox,
    }) => {
      await sandbox.openFixture('panel-no-exemplars', { theme, editor: false, ...SIZE });
      await expectLines(sandbox);
      await expect(sandbox.exemplarCount).toHaveCount(0);
      await expect(sandbox.diagnostics).toContainText('No exemplars in this time range');
      const details = await openFix(sandbox);
      await expect(details).toContainText(
        'The latency lines have data, but Prometheus returned no exemplars for them.'
      );
      await expect(details).toContainText('--enable-feature=exemplar-storage');
      await expect(details).toContainText('application/openmetrics-text');
      // Not Mimir: its hint comes last, not first.
      const text = await details.innerText();
      expect(text.indexOf('--enable-feature=exemplar-storage')).toBeLessThan(
        text.indexOf('max_global_exemplars_per_user')
      );
      await expect(sandbox.page.getByTestId(testIds.panel.diagnosticAction)).toHaveCount(0);
      await sandbox.screenshotAs('diag-no-exemplars', theme);
    });

    test('exemplars toggle off: says no query asks for exemplars and how to turn it on', async ({ sandbox }) => {
      await sandbox.openFixture('panel-exemplars-off', { theme, editor: false, ...SIZE });
      await expectLines(sandbox);
      await expect(sandbox.diagnostics).toContainText('Exemplars are not requested');
      const details = await openFix(sandbox);
      await expect(details).toContainText('No query asks Prometheus for exemplars.');
      await expect(details).toContainText(
        'Turn on the Exemplars toggle of the Prometheus query (Options → Exemplars).'
      );
      await expect(details).not.toContainText('exemplar-storage');
      await sandbox.screenshotAs('diag-exemplars-off', theme);
    });

    test('no series: the whole panel says there is no latency data and what a histogram needs', async ({ sandbox }) => {
      await sandbox.openFixture('panel-no-series', { theme, editor: false, ...SIZE });
      await expect(sandbox.plot).toHaveCount(0);
      await expect(sandbox.diagnostics).toContainText('No latency data');
      await expect(sandbox.diagnostics).toContainText('The panel queries returned no series.');
      await expect(sandbox.diagnostics).toContainText('_bucket series with an le label');
      await expect(sandbox.diagnostics).toContainText('Widen the time range');
      await sandbox.screenshotAs('diag-no-series', theme);
    });

    test('no trace ID label (missing-trace-label): the labels seen and the manual fix', async ({ sandbox }) => {
      await sandbox.openFixture('missing-trace-label', { theme, editor: false, ...SIZE });
      await expect(sandbox.diagnostics).toContainText('Exemplars have no mapped trace ID label');
      // A marker has no trace to open.
      const marker = await sandbox.hoverMarker((_, text) => /^Exemplar\b/.test(text));
      expect(marker.text).toContain('no trace ID label');
      await sandbox.page.mouse.move(0, 0);
      const details = await openFix(sandbox);
      await expect(details).toContainText(
        /\d+ exemplars, none with a label the mapping knows \(mapped: trace_id\)\. Labels seen: method, request_id, route, status\./
      );
      await expect(details).toContainText('"request_id" has a different value on every exemplar, as a trace ID would');
      await sandbox.screenshotAs('diag-no-trace-label', theme);
    });

    test('no trace ID label: "Map request_id" adds the mapping in one click and the markers open their traces', async ({
      sandbox,
      page,
    }) => {
      await sandbox.openFixture('panel-unmapped-id', { theme, editor: false, ...SIZE });
      await expect(sandbox.diagnostics).toContainText('Exemplars have no mapped trace ID label');
      const before = await sandbox.hoverMarker((_, text) => /^Exemplar\b/.test(text));
      expect(before.text).toContain('no trace ID label');
      await page.mouse.move(0, 0);

      const details = await openFix(sandbox);
      await expect(details).toContainText(
        /none with a label the mapping knows \(mapped: trace_id\)\. Labels seen: .*request_id/
      );
      await expect(details).toContainText('"request_id" looks like a trace ID: map it to your tracing data source.');
      const action = page.getByTestId(testIds.panel.diagnosticAction);
      await expect(action).toHaveText('Map "request_id"');
      await sandbox.screenshotAs('diag-unmapped-id', theme);
      expect(await rules(sandbox)).toEqual([]);
      await action.click();

      // The options now map request_id to the data source's tracing destination, and the diagnostic is gone.
      await expect
        .poll(() => rules(sandbox))
        .toEqual([expect.objectContaining({ labelName: 'request_id', kind: 'datasource', datasourceUid: 'tempo' })]);
      await expect(sandbox.diagnostics).toHaveCount(0);
      // The same marker now names its trace, and one click previews it.
      const after = await sandbox.hoverMarker((_, text) => /^Exemplar\b/.test(text), [before.marker]);
      const traceId = /Trace\s+([0-9a-f]{32})/.exec(after.text)?.[1];
      expect(traceId, after.text).toBeDefined();
      await sandbox.screenshotAs('diag-unmapped-id-mapped', theme);
      await page.mouse.click(after.marker.x, after.marker.y);
      await expect(sandbox.drawer).toBeVisible();
      await expect(page.getByTestId(testIds.drawer.summary)).toBeVisible();
      expect(JSON.stringify((await sandbox.debug()).traceQueries)).toContain(traceId!);
    });

    test('recording rule: the query builder on a name with ":" gets the recording-rule fix first', async ({
      sandbox,
    }) => {
      await sandbox.openFixture('panel-recording-rule', { theme, editor: false, ...SIZE });
      await expect(sandbox.plot).toBeVisible();
      await expect(sandbox.diagnostics).toContainText('No exemplars in this time range');
      const details = await openFix(sandbox);
      // Before the generic Prometheus fixes (only the range-age hint of this old fixture range may precede it).
      const fixes = await details.locator('li').allInnerTexts();
      const recording = fixes.indexOf(
        `"${RECORDING_RULE}" looks like a recording rule: recording rules carry no exemplars. Use the raw histogram.`
      );
      expect(recording, fixes.join('\n')).toBeGreaterThanOrEqual(0);
      expect(recording).toBeLessThan(fixes.findIndex((fix) => fix.includes('--enable-feature=exemplar-storage')));
      expect(fixes.slice(0, recording).every((fix) => fix.includes('look at a recent time range'))).toBe(true);
      await sandbox.screenshotAs('diag-recording-rule', theme);
    });

    test('Mimir keeping no exemplars: the exemplar limit hint comes first (sampled frames)', async ({ sandbox }) => {
      await sandbox.openFixture('mimir', { theme, editor: false, ...SIZE });
      await expectLines(sandbox);
      await expect(sandbox.diagnostics).toContainText('No exemplars in this time range');
      const details = await openFix(sandbox);
      await expectMimirHintFirst(details);
      await sandbox.screenshotAs('diag-mimir', theme);
    });

    test('label mismatch: the data source maps trace_id, exemplars carry traceID; "Map traceID" links them', async ({
      sandbox,
      page,
    }) => {
      // Scenario options: auto-detection off, so nothing links traceID until it is mapped.
      await sandbox.openFixture('label-mismatch', { theme, editor: false, ...SIZE });
      await expect(sandbox.diagnostics).toContainText('Exemplars carry "traceID", not "trace_id"');
      const before = await sandbox.hoverMarker((_, text) => /^Exemplar\b/.test(text));
      expect(before.text).toContain('no trace ID label');
      await page.mouse.move(0, 0);

      const details = await openFix(sandbox);
      await expect(details).toContainText(
        'The Prometheus data source maps the label "trace_id", but the exemplars in this range carry "traceID".'
      );
      await sandbox.screenshotAs('diag-label-mismatch', theme);
      await page.getByTestId(testIds.panel.diagnosticAction).click();

      await expect
        .poll(() => rules(sandbox))
        .toEqual([expect.objectContaining({ labelName: 'traceID', kind: 'datasource', datasourceUid: 'tempo' })]);
      await expect(sandbox.diagnostics).toHaveCount(0);
      // Linked now: the marker names its trace, and one click previews it from Tempo.
      const after = await sandbox.hoverMarker((_, text) => /^Exemplar\b/.test(text), [before.marker]);
      const traceId = /Trace\s+([0-9a-f]{32})/.exec(after.text)?.[1];
      expect(traceId, after.text).toBeDefined();
      await page.mouse.click(after.marker.x, after.marker.y);
      await expect(sandbox.drawer).toBeVisible();
      await expect(page.getByTestId(testIds.drawer.summary)).toBeVisible();
      expect((await sandbox.debug()).traceQueries.map((q) => JSON.stringify(q))).toEqual([
        expect.stringContaining(traceId!),
      ]);
    });
  });
}

test.describe('diagnostics with the options editor', () => {
  test('Mimir keeping no exemplars: the raw exemplar API (Exemplars → All) answers none, the same hint comes first', async ({
    sandbox,
  }) => {
    await sandbox.openFixture('mimir', SIZE);
    await sandbox.option('exemplars.source').getByRole('radio', { name: 'All', exact: true }).check({ force: true });
    await expect
      .poll(async () => ((await sandbox.debug()).options as { exemplars: { source: string } }).exemplars.source)
      .toBe('all');
    // The panel asked the exemplar API through the data source's resource route, and got nothing.
    await expect
      .poll(
        async () =>
          (await sandbox.debug()).backendRequests.filter((r) => r.url.includes('/resources/api/v1/query_exemplars'))
            .length
      )
      .toBeGreaterThan(0);
    await expect(sandbox.diagnostics).toContainText('No exemplars in this time range');
    await expectMimirHintFirst(await openFix(sandbox));
  });

  test('label mismatch with auto-detection on: linked for now, the diagnostic turns to information and still offers the map', async ({
    sandbox,
  }) => {
    await sandbox.openFixture('label-mismatch', SIZE);
    await expect(sandbox.diagnostics).toContainText('Exemplars carry "traceID", not "trace_id"');
    await sandbox.option('labelMapping.autoDetect').getByRole('switch').click({ force: true });
    await expect
      .poll(
        async () =>
          ((await sandbox.debug()).options as { labelMapping: { autoDetect: boolean } }).labelMapping.autoDetect
      )
      .toBe(true);
    const details = await openFix(sandbox);
    await expect(details).toContainText('Auto-detection links them for now.');
    await expect(sandbox.page.getByTestId(testIds.panel.diagnosticAction)).toHaveText('Map "traceID"');
    // The one-click map adds its rule and leaves every other mapping option as the user set it.
    await sandbox.page.getByTestId(testIds.panel.diagnosticAction).click();
    await expect.poll(() => rules(sandbox)).toEqual([expect.objectContaining({ labelName: 'traceID' })]);
    const mapping = ((await sandbox.debug()).options as { labelMapping: { autoDetect: boolean } }).labelMapping;
    expect(mapping.autoDetect).toBe(true);
    await expect(sandbox.option('labelMapping.autoDetect').getByRole('switch')).toBeChecked();
    const linked = await sandbox.hoverMarker((_, text) => /^Exemplar\b/.test(text));
    expect(linked.text).toMatch(/Trace\s+[0-9a-f]{32}/);
  });
});

test.describe('one-click map when no label looks like a trace ID', () => {
  test('missing-trace-label offers a one-click map of request_id', async ({ sandbox }) => {
    // request_id differs on every exemplar, as a trace ID would: offered as the likely one.
    await sandbox.openFixture('missing-trace-label', SIZE);
    await openFix(sandbox);
    await expect(sandbox.page.getByTestId(testIds.panel.diagnosticAction)).toBeVisible({ timeout: 3000 });
  });
});
