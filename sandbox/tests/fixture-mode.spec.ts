/** Fixture mode: the built plugin renders shipped scenarios in both themes, with a live options editor. */
import { expect, test } from './support/fixtures';
import { screenshotPath } from './support/screenshots';

test.describe('fixture mode', () => {
  for (const scenario of ['sparse', 'missing-trace-label', 'trace-not-found']) {
    test(`renders the panel with the ${scenario} scenario's frames`, async ({ sandbox }) => {
      await sandbox.openFixture(scenario);
      const state = await sandbox.debug();
      expect(state.mode).toBe('fixture');
      expect(state.panelData).toMatchObject({ state: 'Done', series: 9, annotations: 1 });
      expect(state.panelData?.exemplarRows).toBeGreaterThan(100);
    });
  }

  test('hands 100k exemplars of the dense scenario to the panel', async ({ sandbox }) => {
    await sandbox.openFixture('dense', { editor: false });
    const state = await sandbox.debug();
    expect(state.panelData?.exemplarRows).toBeGreaterThanOrEqual(99_000);
  });

  test('renders the options editor and re-renders the panel on an edit', async ({ sandbox }) => {
    await sandbox.openFixture('sparse');
    await expect(sandbox.optionsEditor).toBeVisible();
    const showExemplars = sandbox.option('exemplars.show');
    await expect(showExemplars).toBeVisible();
    const before = await sandbox.panel.screenshot();
    const rendersBefore = (await sandbox.debug()).renderCount;

    await showExemplars.getByRole('switch').click({ force: true });

    await expect
      .poll(async () => ((await sandbox.debug()).options as { exemplars: { show: boolean } }).exemplars.show)
      .toBe(false);
    await expect.poll(async () => Buffer.compare(before, await sandbox.panel.screenshot())).not.toBe(0);
    expect((await sandbox.debug()).renderCount).toBe(rendersBefore);
  });

  test('the panel follows the size of its resizable box', async ({ sandbox, page }) => {
    await sandbox.openFixture('sparse');
    await sandbox.panelBox.evaluate((box: HTMLElement) => {
      box.style.flex = 'none';
      box.style.width = '640px';
      box.style.height = '360px';
    });
    await expect.poll(async () => (await sandbox.panel.boundingBox())?.width ?? 0).toBeLessThanOrEqual(640);
    const box = await sandbox.panel.boundingBox();
    expect(box?.width).toBeGreaterThan(500);
    expect(box?.height).toBeLessThanOrEqual(360);
    await page.waitForTimeout(100);
  });

  test('light and dark themes render differently; screenshots saved', async ({ sandbox }) => {
    const backgrounds: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await sandbox.openFixture('sparse', { theme, width: 1000, height: 450, editor: false });
      await sandbox.panelBox.screenshot({ path: screenshotPath(`panel-sparse-${theme}.png`) });
      backgrounds.push(await sandbox.page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    }
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
  });
});
