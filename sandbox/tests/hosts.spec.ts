/**
 * The host each project runs is the one it claims: React, ReactDOM and @grafana/* versions in the page, read from
 * the shared module registry the plugin's define([...]) dependencies resolve to (window.__sandboxHost).
 */
import { expect, test } from './support/fixtures';

const EXPECTED = {
  grafana12: { react: /^18\./, grafana: /^12\./, element: 'Symbol(react.element)' },
  grafana13: { react: /^19\./, grafana: /^13\./, element: 'Symbol(react.transitional.element)' },
} as const;

test('the page runs the React and @grafana/* versions of its project, and the plugin gets exactly those modules', async ({
  sandbox,
  sandboxHost,
  page,
}) => {
  await sandbox.openFixture('sparse', { editor: false });
  const host = await page.evaluate(() => {
    const info = window.__sandboxHost;
    const react = info.modules.react as { version: string; createElement: (type: string) => { $$typeof: symbol } };
    const reactDom = info.modules['react-dom'] as { version: string };
    return {
      name: info.name,
      packageVersions: info.packageVersions,
      react: react.version,
      reactDom: reactDom.version,
      // What React's own createElement stamps on elements differs between 18 and 19.
      element: String(react.createElement('div').$$typeof),
    };
  });
  const expected = EXPECTED[sandboxHost];
  expect(host.name).toBe(sandboxHost);
  expect(host.react).toMatch(expected.react);
  // react-dom 18.3.1 reports itself as 18.3.1-next-…; the release part must match React's.
  expect(host.reactDom.split('-')[0]).toBe(host.react);
  expect(host.element).toBe(expected.element);
  expect(host.packageVersions.react).toBe(host.react);
  for (const name of ['@grafana/data', '@grafana/ui', '@grafana/runtime', '@grafana/schema']) {
    expect(host.packageVersions[name], name).toMatch(expected.grafana);
  }
  // The panel really rendered with them.
  await expect(sandbox.panel).toBeVisible();
  expect((await sandbox.debug()).panelData?.exemplarRows).toBeGreaterThan(0);
});
