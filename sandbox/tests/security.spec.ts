/**
 * Issue 9: hostile text in every place the panel shows data, in the built plugin in a real browser. The `hostile`
 * scenario (scenarios/generate.ts) puts `<img src=x onerror=…>` and `<script>…</script>` payloads into series
 * labels and legends, exemplar labels, span names, attributes, events and links, and maps exemplar labels to
 * `javascript:`, `data:` and `\tjava%73cript:` URL templates. Nothing may run, nothing may become an element,
 * the payloads must read as text, and every link must open http(s) or not exist.
 */
import type { Page } from '@playwright/test';
import { testIds } from '../../src/components/testIds';
import { expect, test } from './support/fixtures';

const XSS_IMG = '<img src=x onerror="window.__pwned=1">';
const XSS_SCRIPT = '<script>window.__pwned=1</script>';

declare global {
  interface Window {
    __pwned?: unknown;
    /** Elements the page created that hostile text could have produced (filled by the init script). */
    __injected?: string[];
  }
}

/**
 * Before any page script: watch every element added to the document for what markup injection would create —
 * an `img` with `src=x`, an inline script mentioning `__pwned`, any `on…` handler attribute (React never sets one).
 */
async function watchForInjection(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__injected = [];
    const check = (node: Node) => {
      if (!(node instanceof Element)) {
        return;
      }
      for (const el of [node, ...Array.from(node.querySelectorAll('*'))]) {
        const suspicious =
          (el.tagName === 'IMG' && el.getAttribute('src') === 'x') ||
          (el.tagName === 'SCRIPT' && (el.textContent ?? '').includes('__pwned')) ||
          Array.from(el.attributes).some((a) => a.name.toLowerCase().startsWith('on'));
        if (suspicious) {
          window.__injected!.push(el.outerHTML.slice(0, 120));
        }
      }
    };
    new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(check))).observe(document, {
      childList: true,
      subtree: true,
    });
  });
}

/** Nothing ran, nothing was injected, and every link on the page opens http(s) (or about:blank). */
async function expectNothingInjected(page: Page): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    injected: window.__injected,
    imgX: document.querySelectorAll('img[src="x"]').length,
    hrefs: Array.from(document.querySelectorAll('a[href]')).map((a) => (a as HTMLAnchorElement).href),
  }));
  expect(state.pwned, 'window.__pwned').toBeUndefined();
  expect(state.injected, 'elements created from hostile text').toEqual([]);
  expect(state.imgX, '<img src=x> elements').toBe(0);
  for (const href of state.hrefs) {
    expect(href === 'about:blank' || /^https?:/.test(new URL(href).protocol), `link ${href}`).toBe(true);
  }
}

test.describe('hostile data renders as text', () => {
  test.beforeEach(async ({ page }) => {
    await watchForInjection(page);
  });

  test('legend, tooltips, table and drawer show the payloads as text; nothing runs; links are safe', async ({
    sandbox,
    page,
  }) => {
    test.setTimeout(90_000);
    await sandbox.openFixture('hostile', { width: 1100, height: 520 });
    const panel = sandbox.panel;

    // Legend: series labels and legend format, as text.
    await expect(panel.getByText(`p99 ${XSS_IMG}`, { exact: true })).toBeVisible();
    await expect(panel.getByText(`p50 ${XSS_SCRIPT}`, { exact: true })).toBeVisible();

    // Hover: the series tooltip lists the legends; a marker's tooltip lists its labels.
    const markers = await sandbox.markerPositions();
    expect(markers.length).toBeGreaterThanOrEqual(6);
    await page.mouse.move(markers[0].x + 40, markers[0].y + 40);
    await expect(page.getByTestId(testIds.chart.tooltip)).toContainText(XSS_IMG);
    await page.mouse.move(markers[0].x, markers[0].y);
    const exemplarTooltip = page.getByTestId(testIds.chart.exemplarTooltip);
    await expect(exemplarTooltip).toBeVisible();
    await expect(exemplarTooltip).toContainText(XSS_IMG);
    await expect(exemplarTooltip).toContainText(XSS_SCRIPT);
    await expectNothingInjected(page);

    // Click a marker: the drawer opens with the exemplar's labels and its trace, payloads as text.
    await page.mouse.click(markers[0].x, markers[0].y);
    const drawer = page.getByTestId(testIds.drawer.container);
    await expect(drawer).toBeVisible();
    await expect(drawer.getByTestId(testIds.drawer.exemplarDetails)).toContainText(`note=${XSS_IMG}`);
    const details = drawer.getByTestId(testIds.drawer.spanDetails);
    await expect(details).toContainText(`charge ${XSS_IMG}`);
    for (const text of [`attr ${XSS_IMG}`, XSS_SCRIPT, `event ${XSS_IMG}`, `failed: ${XSS_SCRIPT}`]) {
      await expect(details).toContainText(text);
    }
    await expect(drawer.getByTestId(testIds.drawer.waterfall)).toContainText(`GET ${XSS_SCRIPT}`);
    await expectNothingInjected(page);
    await sandbox.closeDrawer();

    // Keyboard: focus the chart, ArrowRight, Enter opens the same drawer.
    const keyboardDrawer = await sandbox.openFirstClusterByKeyboard();
    await expect(keyboardDrawer.getByTestId(testIds.drawer.spanDetails)).toContainText(XSS_SCRIPT);
    await sandbox.closeDrawer();

    // Table: every exemplar as a row, labels as text.
    await sandbox.showView('Table');
    const table = page.getByTestId(testIds.table.container);
    await expect(table.getByTestId(testIds.table.row).first()).toBeVisible();
    await expect(table).toContainText(XSS_IMG);
    await expect(table).toContainText(XSS_SCRIPT);
    await expectNothingInjected(page);

    const openRow = async (filter: string) => {
      await table.getByPlaceholder(/Filter/).fill(filter);
      await expect(table.getByTestId(testIds.table.row)).toHaveCount(1);
      await table.getByTestId(testIds.table.row).click();
      await expect(page.getByTestId(testIds.drawer.container)).toBeVisible();
      return page.getByTestId(testIds.drawer.container);
    };

    // An https template: a real link, the payload label URL-encoded inside it.
    let opened = await openRow('ext_id=ext1');
    const external = opened.getByTestId(testIds.drawer.openExternal);
    await expect(external).toHaveAttribute(
      'href',
      'https://tool.example/trace/ext1?note=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E'
    );
    await expect(external).toContainText(`Open ${XSS_IMG}`);
    await sandbox.closeDrawer();

    // javascript:, data:, tab-obfuscated and data-source-level javascript: templates: no link, the reason as text.
    for (const filter of ['js_id=js1', 'data_id=data1', 'tab_id=tab1', 'dsjs_id=dsjs1']) {
      opened = await openRow(filter);
      await expect(opened.getByTestId(testIds.drawer.openExternal)).toHaveCount(0);
      await expect(opened).toContainText('This trace link does not work');
      await expect(opened).toContainText('Refused a link that is not an http(s) or relative URL.');
      await expectNothingInjected(page);
      await sandbox.closeDrawer();
    }

    // A payload where a trace ID belongs: refused before any query, quoted back as text.
    opened = await openRow('case=payloadtrace');
    await expect(opened.getByTestId(testIds.drawer.state)).toContainText(
      `"${XSS_SCRIPT.toLowerCase()}" is not a trace ID`
    );
    await sandbox.closeDrawer();

    await table.getByPlaceholder(/Filter/).fill('');
    await sandbox.showView('Chart');
    await expectNothingInjected(page);
    const traceQueries = (await sandbox.debug()).traceQueries;
    expect(
      traceQueries.every((q) => /^[0-9a-f]{32}$/.test(q.traceId)),
      'only hex trace IDs reach the tracing data source'
    ).toBe(true);
  });

  test('the options editor shows hostile templates and labels as text too', async ({ sandbox, page }) => {
    await sandbox.openFixture('hostile');
    await expect(sandbox.optionsEditor).toBeVisible();
    // Rule templates sit in inputs (values, never markup).
    const values = await sandbox.optionsEditor
      .locator('input')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(values.some((v) => v.startsWith('javascript:'))).toBe(true);
    await expectNothingInjected(page);
  });
});
