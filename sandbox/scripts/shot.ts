/**
 * `npm run sandbox:shot -- --fixture NAME|FILE --out FILE.png [--theme dark] [--width 1200 --height 600] [--click first-cluster|TESTID|radio:LABEL,…]`
 * Renders a scenario in headless Chromium and writes a PNG of the panel. `--live` instead of `--fixture`
 * starts the local stack and shoots live data (after `--wait-seconds`, default 20, of traffic). `--help` lists
 * every flag and scenario (shotArgs.ts).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { testIds } from '../../src/components/testIds';
import type { Page } from 'playwright-core';
import { startSandboxServer } from '../server/server';
import { launchChromium } from './chromium';
import { runCli } from './cli';
import { liveModeUnavailable, type LocalStack, startLiveStack } from './liveStack';
import { waitForSandboxReady } from './pageBoot';
import { FIRST_CLUSTER, readShotOptions, shotUsage } from './shotArgs';

/** A target that is on the page shows within this; a longer wait only delays the message. */
const CLICK_TIMEOUT_MS = 10_000;

/**
 * `--click first-cluster` opens the leftmost exemplar cluster the way a keyboard user does (the markers are
 * drawn on a canvas): focus the chart, ArrowRight selects the first marker, Enter opens its trace preview.
 * `radio:Table` checks the radio button named exactly "Table" (Grafana's RadioButtonGroup hides the input behind
 * its label, so it is checked, not clicked); any other value is a data-testid to click. Several targets,
 * comma-separated, are used one after the other (`exemplar-trace-viewer-button,radio:Table`).
 */
async function performClick(page: Page, target: string): Promise<void> {
  if (target.startsWith('radio:')) {
    await page
      .getByRole('radio', { name: target.slice('radio:'.length), exact: true })
      .first()
      .check({ force: true });
  } else if (target === FIRST_CLUSTER) {
    const plot = page.getByTestId(testIds.chart.plot);
    await plot.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByTestId(testIds.drawer.container).waitFor({ timeout: 15000 });
  } else {
    const element = page.getByTestId(target).first();
    await element.waitFor({ timeout: CLICK_TIMEOUT_MS }).catch(() => {
      throw new Error(
        `--click ${target}: nothing with data-testid "${target}" appeared on the page within ${CLICK_TIMEOUT_MS / 1000} s`
      );
    });
    await element.click();
  }
  await page.waitForTimeout(800);
}

async function main(): Promise<void> {
  const rootDir = resolve(process.cwd());
  const options = readShotOptions(process.argv.slice(2), rootDir);
  if (!options) {
    console.log(shotUsage(rootDir));
    return;
  }
  const { fixture, out, width, height } = options;
  let stack: LocalStack | undefined;
  if (!fixture) {
    const reason = liveModeUnavailable(rootDir);
    if (reason) {
      throw new Error(`--live: ${reason}`);
    }
    stack = await startLiveStack(rootDir);
    console.log(`local stack up; letting ${options.waitSeconds} s of traffic accumulate…`);
    await new Promise((done) => setTimeout(done, options.waitSeconds * 1000));
  }
  const scenarioFiles = fixture?.file ? { [fixture.name]: fixture.file } : undefined;
  const server = await startSandboxServer({ rootDir, promUrl: stack?.promUrl, demoUrl: stack?.demoUrl, scenarioFiles });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: width + 64, height: height + 160 }, deviceScaleFactor: 1 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const query = new URLSearchParams({
      theme: options.theme,
      width: String(width),
      height: String(height),
      editor: '0',
    });
    if (fixture) {
      query.set('fixture', fixture.name);
    } else {
      query.set('from', options.from);
    }
    await page.goto(`${server.url}/?${query}`);
    await waitForSandboxReady(page);
    // A dashboard scenario has several panels: wait for the first, and shoot the whole page.
    const panels = page.getByTestId(testIds.panel.container);
    await panels.first().waitFor({ timeout: 30000 });
    const dashboard = (await panels.count()) > 1;
    for (const target of options.clicks) {
      await performClick(page, target);
    }
    // Let canvas drawing and fonts settle.
    await page.waitForTimeout(300);
    mkdirSync(dirname(resolve(out)), { recursive: true });
    // The drawer sits outside the panel box: with it open, shoot the whole page.
    const drawerOpen = await page.getByTestId(testIds.drawer.container).isVisible();
    const box = drawerOpen || dashboard ? null : await page.getByTestId('sandbox-panel-box').boundingBox();
    // The panel box at whole pixels: the dashboard lays it out at a fractional offset, and an element screenshot
    // would take the partly covered pixel row too (301 rows for a 300 px box).
    const clip = box
      ? { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) }
      : undefined;
    await page.screenshot({ path: resolve(out), clip, fullPage: dashboard });
    console.log(`wrote ${out}${errors.length ? ` (console errors: ${errors.join(' | ')})` : ''}`);
  } finally {
    await browser.close();
    await server.close();
    await stack?.stop();
  }
}

runCli(main);
