/**
 * The label mapping editor on a working mapping (the sparse scenario: its Prometheus data source maps trace_id to
 * Tempo). Adding a rule must never break what already works: a new rule starts as the data source's own mapping, and
 * a rule still being written is out of force until it is complete.
 */
import { testIds } from '../../src/components/testIds';
import { expect, test } from './support/fixtures';
import type { SandboxPage } from './support/sandboxPage';

interface Rule {
  labelName: string;
  kind: string;
  datasourceUid?: string;
  url?: string;
}

async function rules(sandbox: SandboxPage): Promise<Rule[]> {
  return ((await sandbox.debug()).options as { labelMapping: { rules: Rule[] } }).labelMapping.rules;
}

const linkedTooltip = (text: string) => /^Exemplar\b/.test(text) && /Trace\s+[0-9a-f]{32}/.test(text);

test('"Add rule" starts from the data source mapping, and an incomplete rule leaves the markers linked', async ({
  sandbox,
  page,
}) => {
  await sandbox.openFixture('sparse');
  const before = await sandbox.hoverMarker((_, text) => linkedTooltip(text));
  await page.mouse.move(0, 0);

  await page.getByTestId(testIds.editor.addRule).click();
  await expect
    .poll(() => rules(sandbox))
    .toEqual([expect.objectContaining({ labelName: 'trace_id', kind: 'datasource', datasourceUid: 'tempo' })]);

  // Half-written: an external URL with no template yet. It says so, and does not shadow trace_id → Tempo.
  const rule = page.getByTestId(testIds.editor.mappingRule);
  await rule.getByRole('radio', { name: 'External URL' }).check({ force: true });
  await expect.poll(async () => (await rules(sandbox))[0]?.kind).toBe('url');
  await expect(rule).toContainText('Inactive until complete: enter a URL template');
  // The marker still opens its trace through trace_id → Tempo, not "This trace link does not work".
  await page.mouse.click(before.marker.x, before.marker.y);
  await expect(sandbox.drawer).toBeVisible();
  await expect(page.getByTestId('exemplar-trace-drawer-summary')).toBeVisible();
  await expect(sandbox.drawer).not.toContainText('does not work');
});
