/** Page object for the sandbox page: open a fixture or live page, wait until the panel has data, read debug state. */
import { expect, type Locator, type Page } from '@playwright/test';
import { testIds } from '../../../src/components/testIds';
import type { SandboxDebug } from '../../host/debug';
import { screenshotPath } from './screenshots';

export interface OpenOptions {
  theme?: 'light' | 'dark';
  width?: number;
  height?: number;
  editor?: boolean;
  traceDelayMs?: number;
  traceError?: number;
  /** Grafana's sub path (`config.appSubUrl`), e.g. `/grafana`, and the user's organisation. */
  appSubUrl?: string;
  orgId?: number;
  /** Live range, e.g. `now-1m` (default `now-5m`). */
  from?: string;
  to?: string;
}

/** The serialisable part of window.__sandbox. */
export type DebugState = Omit<SandboxDebug, 'runtime'>;

/** A marker as drawn on the exemplar canvas: one connected blob of opaque pixels. */
export interface DrawnMarker {
  /** Centre in page coordinates. */
  x: number;
  y: number;
  /** Opaque CSS pixels of the blob: a diamond covers ~70, a cluster circle more. */
  area: number;
  /** Most frequent opaque colour of the blob, `r,g,b`: the marker's fill. */
  color: string;
}

/** A time range in epoch milliseconds. */
export interface EpochRange {
  from: number;
  to: number;
}

export class SandboxPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string
  ) {}

  async openFixture(name: string, options: OpenOptions = {}): Promise<void> {
    await this.open({ fixture: name, ...options });
  }

  async openLive(options: OpenOptions = {}): Promise<void> {
    await this.open(options);
  }

  /** The (first) panel: on a dashboard of several panels, the first saved one. */
  get panel(): Locator {
    return this.page.getByTestId(testIds.panel.container).first();
  }

  /** Opens the multi-panel fixture dashboard (`scenarios/generate.ts` dashboardScenario). */
  async openDashboard(options: OpenOptions = {}): Promise<void> {
    await this.open({ fixture: 'dashboard', editor: false, ...options });
  }

  /** One panel of the dashboard by VizPanel key: `panel-2`, or a repeat clone `panel-4-clone-1`. */
  dashboardPanel(key: string): Locator {
    return this.page.getByTestId(`sandbox-panel-${key}`);
  }

  /** Opaque pixels on a panel's exemplar canvas: more than zero once markers are drawn. */
  async exemplarPixels(panel: Locator): Promise<number> {
    return panel.getByTestId(testIds.chart.exemplarCanvas).evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      const pixels = context?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      let opaque = 0;
      for (let i = 3; i < pixels.length; i += 4) {
        opaque += pixels[i] > 0 ? 1 : 0;
      }
      return opaque;
    });
  }

  get panelBox(): Locator {
    return this.page.getByTestId('sandbox-panel-box');
  }

  get optionsEditor(): Locator {
    return this.page.getByTestId('sandbox-options-editor');
  }

  /** The options editor field of one option path, e.g. `exemplars.show`. */
  option(path: string): Locator {
    return this.page.getByTestId(`sandbox-option-${path}`);
  }

  /** The dashboard refresh button (re-runs the panel queries in live mode). */
  async refresh(): Promise<void> {
    await this.page
      .getByTestId('sandbox-toolbar')
      .getByRole('button', { name: /refresh/i })
      .first()
      .click();
  }

  async debug(): Promise<DebugState> {
    return this.page.evaluate(() => {
      const { runtime, ...state } = window.__sandbox;
      void runtime;
      return JSON.parse(JSON.stringify(state)) as DebugState;
    });
  }

  // ---- Issue 9 (hardening): markers, views, drawer, failure injection ----

  /**
   * Page coordinates of the exemplar markers, read from the pixels of the marker canvas (markers are drawn,
   * not elements): one point per blob of opaque pixels, left to right.
   */
  async markerPositions(): Promise<Array<{ x: number; y: number }>> {
    return this.page.getByTestId(testIds.chart.exemplarCanvas).evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d');
      const rect = canvas.getBoundingClientRect();
      if (!ctx || canvas.width === 0 || canvas.height === 0) {
        return [];
      }
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const scale = canvas.width / rect.width;
      const blobs: Array<{ x: number; y: number; n: number }> = [];
      const step = Math.max(1, Math.round(scale * 2));
      for (let py = 0; py < height; py += step) {
        for (let px = 0; px < width; px += step) {
          if (data[(py * width + px) * 4 + 3] < 200) {
            continue;
          }
          const blob = blobs.find((b) => Math.hypot(b.x / b.n - px, b.y / b.n - py) < 8 * scale);
          if (blob) {
            blob.x += px;
            blob.y += py;
            blob.n++;
          } else {
            blobs.push({ x: px, y: py, n: 1 });
          }
        }
      }
      // The canvas reaches beyond the plot (edge markers are drawn whole), but the pointer is read on the plot
      // (uPlot's u-over, the canvas' parent): keep the markers whose centre a pointer can reach.
      const plot = canvas.parentElement!.getBoundingClientRect();
      return blobs
        .map((b) => ({ x: rect.left + b.x / b.n / scale, y: rect.top + b.y / b.n / scale }))
        .filter((m) => m.x >= plot.left + 1 && m.x <= plot.right - 1 && m.y >= plot.top + 1 && m.y <= plot.bottom - 1)
        .sort((a, b) => a.x - b.x);
    });
  }

  /**
   * The centre (page px) of what the emphasis layer shows — the ring around the hovered or focused marker — or
   * null when it shows nothing.
   */
  async emphasisCentre(): Promise<{ x: number; y: number } | null> {
    return this.page.getByTestId(testIds.chart.emphasisCanvas).evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) {
        return null;
      }
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let i = 0; i < width * height; i++) {
        if (data[i * 4 + 3] > 0) {
          const x = i % width;
          const y = (i - x) / width;
          [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
        }
      }
      if (maxX < 0) {
        return null;
      }
      const rect = canvas.getBoundingClientRect();
      const scale = canvas.width / rect.width;
      return { x: rect.left + (minX + maxX + 1) / 2 / scale, y: rect.top + (minY + maxY + 1) / 2 / scale };
    });
  }

  /** Opens the leftmost marker's trace drawer the way a keyboard user does: focus the chart, ArrowRight, Enter. */
  async openFirstClusterByKeyboard(): Promise<Locator> {
    await this.page.getByTestId(testIds.chart.plot).focus();
    await this.page.keyboard.press('ArrowRight');
    await this.page.keyboard.press('Enter');
    const drawer = this.page.getByTestId(testIds.drawer.container);
    await expect(drawer).toBeVisible();
    return drawer;
  }

  /** Switches the panel between chart and table with the viewer controls (remembered in localStorage). */
  async showView(view: 'Chart' | 'Table'): Promise<void> {
    await this.page.getByTestId(testIds.viewer.button).click();
    await this.page
      .getByTestId(testIds.viewer.menu)
      .getByRole('radio', { name: view, exact: true })
      .check({ force: true });
    await this.page.keyboard.press('Escape');
  }

  /**
   * Re-runs the panel queries with the toolbar's refresh button. It has no accessible name in @grafana/ui 12
   * (an icon button), so it is found by Grafana's own e2e selector.
   */
  async runRefresh(): Promise<void> {
    await this.page.getByTestId('sandbox-toolbar').getByTestId('data-testid RefreshPicker run button').click();
  }

  /**
   * Live mode: refreshes the dashboard until Prometheus has exemplars on the chart (a fresh stack has seconds of
   * history), every 2 s for at most a minute.
   */
  async waitForLiveExemplars(): Promise<void> {
    await expect
      .poll(
        async () => {
          if ((await this.drawnCounts()).exemplars > 0) {
            return true;
          }
          await this.runRefresh();
          return false;
        },
        { timeout: 60_000, intervals: [2000] }
      )
      .toBe(true);
  }

  /** Closes the trace drawer with its close button. */
  async closeDrawer(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: /close/i }).first().click();
    await expect(this.page.getByTestId(testIds.drawer.container)).toHaveCount(0);
  }

  /**
   * Replaces a data source's `query()` in the page (as a failing or slow Grafana data source would answer):
   * `error` emits that error after `delayMs`; `hang` never answers. Returns once installed; a refresh re-runs it.
   */
  async breakDataSource(
    uid: string,
    behaviour: { kind: 'error'; error: unknown; delayMs?: number } | { kind: 'hang' }
  ): Promise<void> {
    await this.page.evaluate(
      async ({ uid, behaviour }) => {
        type Subscriber = { error: (e: unknown) => void };
        type Broken = { query: (request: unknown) => unknown; brokenCalls?: number; brokenCancels?: number };
        const ds = (await window.__sandbox.runtime.getDataSourceSrv().get(uid)) as unknown as Broken;
        // The page's own rxjs Observable class, from an answer of the real query() (cold: nothing runs).
        const Observable = (ds.query({ targets: [] }) as object).constructor as new (
          subscribe: (s: Subscriber) => () => void
        ) => unknown;
        ds.brokenCalls = 0;
        ds.brokenCancels = 0;
        ds.query = () =>
          new Observable((subscriber) => {
            ds.brokenCalls = (ds.brokenCalls ?? 0) + 1;
            const timer =
              behaviour.kind === 'error'
                ? setTimeout(() => subscriber.error(behaviour.error), behaviour.delayMs ?? 0)
                : undefined;
            return () => {
              ds.brokenCancels = (ds.brokenCancels ?? 0) + 1;
              clearTimeout(timer);
            };
          });
      },
      { uid, behaviour }
    );
  }

  /** How often a data source broken with `breakDataSource` was queried, and how often a query was cancelled. */
  async brokenDataSourceCalls(uid: string): Promise<{ calls: number; cancels: number }> {
    return this.page.evaluate(async (uid) => {
      const ds = (await window.__sandbox.runtime.getDataSourceSrv().get(uid)) as unknown as {
        brokenCalls?: number;
        brokenCancels?: number;
      };
      return { calls: ds.brokenCalls ?? 0, cancels: ds.brokenCancels ?? 0 };
    }, uid);
  }

  // ---- Panel feature specs (issues 6, 7, 12: panel-*.spec.ts) ----

  get plot(): Locator {
    return this.page.getByTestId(testIds.chart.plot);
  }

  get exemplarCanvas(): Locator {
    return this.page.getByTestId(testIds.chart.exemplarCanvas);
  }

  /** uPlot's plotting area (its `u-over` layer, where pointer events land). The exemplar canvas reaches beyond it. */
  get plotArea(): Locator {
    return this.plot.locator('.u-over');
  }

  get exemplarCount(): Locator {
    return this.page.getByTestId(testIds.panel.exemplarCount);
  }

  get diagnostics(): Locator {
    return this.page.getByTestId(testIds.panel.diagnostics);
  }

  get drawer(): Locator {
    return this.page.getByTestId(testIds.drawer.container);
  }

  /** One legend item (Grafana's VizLegend) by its series name. */
  legendItem(name: string): Locator {
    return this.page.getByTestId(`data-testid VizLegend series ${name}`);
  }
  /**
   * A legend item's label button (click to isolate, Ctrl+click to toggle). Under Grafana's PanelContext the series
   * icon is a button too (`onSeriesColorChange` → "Edit color for …", @grafana/ui 13), so the label is the `<button>`.
   */
  legendLabel(name: string): Locator {
    return this.legendItem(name).locator('button');
  }

  /** What the exemplar canvas says it drew: `data-clusters` markers holding `data-exemplars` exemplars. */
  async drawnCounts(): Promise<{ clusters: number; exemplars: number }> {
    const canvas = this.exemplarCanvas;
    if ((await canvas.count()) === 0) {
      return { clusters: 0, exemplars: 0 };
    }
    return {
      clusters: Number(await canvas.getAttribute('data-clusters')),
      exemplars: Number(await canvas.getAttribute('data-exemplars')),
    };
  }

  /**
   * The markers on the exemplar canvas, read from its pixels (markers are drawn, not elements): connected blobs
   * of opaque pixels, each with its centre, area and fill colour; largest first.
   */
  async drawnMarkers(): Promise<DrawnMarker[]> {
    return this.exemplarCanvas.evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) {
        return [];
      }
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const rect = canvas.getBoundingClientRect();
      const scale = canvas.width / rect.width;
      const seen = new Uint8Array(width * height);
      const markers: Array<{ x: number; y: number; area: number; color: string }> = [];
      const stack: number[] = [];
      for (let start = 0; start < width * height; start++) {
        if (seen[start] || data[start * 4 + 3] < 128) {
          continue;
        }
        let sx = 0;
        let sy = 0;
        let n = 0;
        const colors = new Map<string, number>();
        seen[start] = 1;
        stack.push(start);
        while (stack.length > 0) {
          const p = stack.pop()!;
          const px = p % width;
          const py = (p - px) / width;
          sx += px;
          sy += py;
          n++;
          if (data[p * 4 + 3] > 240) {
            const key = `${data[p * 4]},${data[p * 4 + 1]},${data[p * 4 + 2]}`;
            colors.set(key, (colors.get(key) ?? 0) + 1);
          }
          for (const q of [p - 1, p + 1, p - width, p + width]) {
            if (q >= 0 && q < width * height && !seen[q] && Math.abs((q % width) - px) <= 1 && data[q * 4 + 3] >= 128) {
              seen[q] = 1;
              stack.push(q);
            }
          }
        }
        const color = [...colors.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
        markers.push({ x: rect.left + sx / n / scale, y: rect.top + sy / n / scale, area: n / scale / scale, color });
      }
      return markers.filter((m) => m.area >= 12).sort((a, b) => b.area - a.area);
    });
  }

  /**
   * Moves the pointer over markers (largest first, or those `accept` keeps) until the exemplar tooltip shows;
   * returns that marker and the tooltip's text. Fails when no marker answers.
   */
  async hoverMarker(
    accept: (marker: DrawnMarker, text: string) => boolean = () => true,
    markers?: DrawnMarker[]
  ): Promise<{ marker: DrawnMarker; text: string }> {
    const tooltip = this.page.getByTestId(testIds.chart.exemplarTooltip);
    // Markers named by the caller are the ones that must answer: they get a few tries (off the marker and back, so
    // the chart sees a move even when the pointer already rests there), a loaded machine can miss the first frame.
    const tries = markers ? 5 : 1;
    for (const marker of (markers ?? (await this.drawnMarkers())).slice(0, 60)) {
      for (let attempt = 0; attempt < tries; attempt++) {
        if (attempt > 0) {
          await this.page.mouse.move(marker.x - 4, marker.y - 4);
        }
        await this.page.mouse.move(marker.x, marker.y);
        if (await tooltip.isVisible()) {
          const text = await tooltip.innerText();
          if (accept(marker, text)) {
            return { marker, text };
          }
        } else {
          // The tooltip follows the cursor on the next frame.
          await this.page.waitForTimeout(50 + attempt * 100);
          if ((await tooltip.isVisible()) && accept(marker, await tooltip.innerText())) {
            return { marker, text: await tooltip.innerText() };
          }
        }
      }
    }
    throw new Error('no drawn marker showed an exemplar tooltip that matched');
  }

  /** The dashboard time range the toolbar's time picker shows (the range the panel gets), in epoch ms. */
  async dashboardTimeRange(): Promise<EpochRange> {
    const text = await this.page.getByTestId('sandbox-toolbar').innerText();
    const match = /(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) to (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})/.exec(text);
    if (!match) {
      throw new Error(`no absolute time range in the toolbar: ${text}`);
    }
    // The picker formats in the browser's time zone: parse there.
    return this.page.evaluate(
      ([from, to]) => ({
        from: new Date(from.replace(' ', 'T')).getTime(),
        to: new Date(to.replace(' ', 'T')).getTime(),
      }),
      [match[1], match[2]]
    );
  }

  /** Opens the viewer controls (the sliders button in the panel corner) and returns its menu. */
  async openViewerMenu(): Promise<Locator> {
    const menu = this.page.getByTestId(testIds.viewer.menu);
    if (!(await menu.isVisible())) {
      await this.page.getByTestId(testIds.viewer.button).click();
    }
    await expect(menu).toBeVisible();
    return menu;
  }

  /** Saves a screenshot of the page to test-results/screenshots/<project>/<name>-<theme>.png. */
  async screenshotAs(name: string, theme: 'light' | 'dark'): Promise<string> {
    const path = screenshotPath(`${name}-${theme}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  // ---- Trace drawer specs (issue 8: drawer*.spec.ts) ----

  /** Trace IDs whose lookup a tracing data source saw unsubscribed before it answered (a cancelled preview). */
  async cancelledTraceQueries(uid = 'tempo'): Promise<string[]> {
    return this.page.evaluate(async (uid) => {
      const ds = (await window.__sandbox.runtime.getDataSourceSrv().get(uid)) as unknown as {
        cancelledTraceIds?: string[];
      };
      return [...(ds.cancelledTraceIds ?? [])];
    }, uid);
  }

  private async open(params: OpenOptions & { fixture?: string }): Promise<void> {
    const query = new URLSearchParams();
    if (params.fixture) {
      query.set('fixture', params.fixture);
    }
    query.set('theme', params.theme ?? 'light');
    if (params.width) {
      query.set('width', String(params.width));
    }
    if (params.height) {
      query.set('height', String(params.height));
    }
    if (params.editor === false) {
      query.set('editor', '0');
    }
    if (params.traceDelayMs) {
      query.set('traceDelayMs', String(params.traceDelayMs));
    }
    if (params.traceError) {
      query.set('traceError', String(params.traceError));
    }
    if (params.from) {
      query.set('from', params.from);
    }
    if (params.appSubUrl) {
      query.set('appSubUrl', params.appSubUrl);
    }
    if (params.orgId) {
      query.set('orgId', String(params.orgId));
    }
    if (params.to) {
      query.set('to', params.to);
    }
    await this.page.goto(`${this.baseUrl}/?${query}`);
    await this.page.waitForFunction(
      () => window.__sandbox?.ready === true || Boolean(window.__sandbox?.loadError),
      undefined,
      { timeout: 45_000 }
    );
    const { loadError } = await this.debug();
    expect(loadError, 'sandbox boot error').toBeUndefined();
    await expect(this.panel).toBeVisible();
  }
}
