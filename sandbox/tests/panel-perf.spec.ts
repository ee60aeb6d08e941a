/**
 * Issue 7 budgets in the browser, with the Performance API, on the dense scenario (99,999 exemplars):
 * - paint: from new data handed to the panel (`exemplar-trace:data`, marked where the panel starts building its
 *   model) to the exemplar canvas drawn (`exemplar-trace:draw-end`, the last drawing of that data) and the
 *   animation frame that shows it — ≤ 300 ms;
 * - hover: a pointer move over the plot to the end of the next animation frame — median ≤ 16 ms over 31 moves;
 *   the main thread's time per move (Chrome's TaskDuration) is reported beside it.
 * Figures go to the console and to the test's annotations.
 */
import { cpus, loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { perfMarks, testIds } from '../../src/components/testIds';
import { expect, test } from './support/fixtures';
import type { SandboxPage } from './support/sandboxPage';

const SIZE = { width: 1200, height: 560 };
const DENSE_EXEMPLARS = 99_999;
const PAINT_BUDGET_MS = 300;
const HOVER_BUDGET_MS = 16;
/**
 * The budgets are the targets, reported beside every figure and never asserted: two test workers share two cores
 * and CI machines vary, so a wall-clock assertion would fail on noise. What is asserted is that the work happens
 * (every exemplar drawn, a frame after each draw, hovers reaching markers).
 */
const verdict = (ms: number, budget: number) =>
  ms <= budget ? `within the ${budget} ms budget` : `over the ${budget} ms budget`;

interface PaintTiming {
  /** Data mark → last draw-end of that data. */
  drawn: number;
  /** Data mark → first animation frame after that draw (the frame that shows it). */
  painted: number;
  /** Draws of the exemplar canvas for that data, and the time spent in the last one. */
  draws: number;
  lastDraw: number;
  /** The panel's own work in that span: building its model, and the last layout (projection and clustering). */
  model: number;
  layout: number;
}

/** The panel's own part of a paint (model, layout, draw) and the rest: React, uPlot, the host, garbage collection. */
function ownShare(timing: PaintTiming): string {
  const own = timing.model + timing.layout + timing.lastDraw;
  return `panel's own work ${own.toFixed(0)} ms (model ${timing.model.toFixed(0)}, layout ${timing.layout.toFixed(0)}, draw ${timing.lastDraw.toFixed(0)}), the rest ${(timing.painted - own).toFixed(0)} ms`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Logs a figure and adds it to the test's annotations, with the machine's load (shared cores skew timings). */
function report(name: string, text: string): void {
  const load = `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
  console.log(`[perf] ${test.info().project.name} ${name}: ${text} (${load})`);
  test.info().annotations.push({ type: `perf: ${name}`, description: `${text} (${load})` });
}

async function openDense(sandbox: SandboxPage): Promise<void> {
  await sandbox.openFixture('dense', { editor: false, ...SIZE });
  await expect.poll(async () => (await sandbox.drawnCounts()).exemplars, { timeout: 30_000 }).toBe(DENSE_EXEMPLARS);
}

/**
 * Paint timing of the latest data the panel received, from the marks: its data mark, the draws after it (until
 * none came for `settleMs`), and the frame timestamps a rAF loop recorded since `window.__perfFrames` was set.
 */
async function paintTiming(page: Page, settleMs = 600): Promise<PaintTiming> {
  return page.evaluate(
    async ({ marks, settleMs }) => {
      const lastOf = (name: string) => performance.getEntriesByName(name, 'mark').at(-1);
      // Wait until drawing has settled: no new draw-end for settleMs.
      let last = lastOf(marks.drawEnd)?.startTime ?? 0;
      for (;;) {
        await new Promise((done) => setTimeout(done, settleMs));
        const now = lastOf(marks.drawEnd)?.startTime ?? 0;
        if (now === last) {
          break;
        }
        last = now;
      }
      const data = lastOf(marks.data)!;
      const ends = performance.getEntriesByName(marks.drawEnd, 'mark').filter((m) => m.startTime > data.startTime);
      const starts = performance.getEntriesByName(marks.drawStart, 'mark').filter((m) => m.startTime > data.startTime);
      const end = ends.at(-1)!;
      const after = (name: string) =>
        performance
          .getEntriesByName(name, 'mark')
          .filter((m) => m.startTime >= data.startTime && m.startTime <= end.startTime);
      const modelEnd = after(marks.modelEnd)[0];
      const layoutEnd = after(marks.layoutEnd).at(-1);
      const layoutStart = after(marks.layoutStart)
        .filter((m) => !layoutEnd || m.startTime <= layoutEnd.startTime)
        .at(-1);
      const frames = ((window as unknown as { __perfFrames?: number[] }).__perfFrames ?? []).filter(
        (t) => t >= end.startTime
      );
      const frame = frames[0] ?? NaN;
      performance.measure('exemplar-trace:paint', {
        start: data.startTime,
        end: Number.isFinite(frame) ? frame : end.startTime,
      });
      return {
        drawn: end.startTime - data.startTime,
        painted: frame - data.startTime,
        draws: ends.length,
        lastDraw: end.startTime - (starts.at(-1)?.startTime ?? end.startTime),
        model: modelEnd ? modelEnd.startTime - data.startTime : NaN,
        layout: layoutStart && layoutEnd ? layoutEnd.startTime - layoutStart.startTime : NaN,
      };
    },
    { marks: perfMarks, settleMs }
  );
}

/**
 * In the page: starts (once) a rAF loop recording every animation frame's start time into window.__perfFrames,
 * and empties the record. Runs as an init script (frames from the page's start) or evaluated later.
 */
function logFrames(): void {
  const w = window as unknown as { __perfFrames?: number[]; __perfLoop?: boolean };
  w.__perfFrames = [];
  if (!w.__perfLoop) {
    w.__perfLoop = true;
    const loop = (t: number) => {
      w.__perfFrames!.push(t);
      if (w.__perfFrames!.length > 2000) {
        w.__perfFrames!.splice(0, 1000);
      }
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  }
}

async function recordFrames(page: Page): Promise<void> {
  await page.evaluate(logFrames);
}

test.describe('performance with 100k exemplars (dense scenario)', () => {
  test(`paint: data handed to the panel → exemplar canvas drawn, against the ${PAINT_BUDGET_MS} ms budget`, async ({
    sandbox,
    page,
  }) => {
    // First load: the frames are the page's first data; frames are recorded from the page's start.
    await page.addInitScript(logFrames);
    await openDense(sandbox);
    const first = await paintTiming(page);
    const navigationToPaint = await page.evaluate(
      (drawEnd) => performance.getEntriesByName(drawEnd, 'mark').at(-1)!.startTime,
      perfMarks.drawEnd
    );
    report(
      'first load',
      `data → drawn ${first.drawn.toFixed(0)} ms, → painted ${first.painted.toFixed(0)} ms (${first.draws} draws, last ${first.lastDraw.toFixed(1)} ms); ${ownShare(first)}; navigation → drawn ${navigationToPaint.toFixed(0)} ms`
    );

    // Refreshes: the dashboard hands the panel new frames (decoded by the host before the data mark).
    const refreshes: PaintTiming[] = [];
    for (let i = 0; i < 5; i++) {
      await recordFrames(page);
      const rendersBefore = (await sandbox.debug()).renderCount;
      await sandbox.runRefresh();
      await expect.poll(async () => (await sandbox.debug()).renderCount).toBeGreaterThan(rendersBefore);
      refreshes.push(await paintTiming(page));
    }
    expect((await sandbox.drawnCounts()).exemplars).toBe(DENSE_EXEMPLARS);
    const painted = refreshes.map((r) => r.painted);
    report(
      'refresh',
      `data → painted ${painted.map((t) => t.toFixed(0)).join(', ')} ms (median ${median(painted).toFixed(0)}); data → drawn median ${median(refreshes.map((r) => r.drawn)).toFixed(0)} ms; draws per refresh ${refreshes.map((r) => r.draws).join(', ')}; last draw ${median(refreshes.map((r) => r.lastDraw)).toFixed(1)} ms; median model ${median(refreshes.map((r) => r.model)).toFixed(0)} ms, layout ${median(refreshes.map((r) => r.layout)).toFixed(0)} ms`
    );

    for (const timing of [first, ...refreshes]) {
      expect(Number.isFinite(timing.painted), 'a frame followed the draw').toBe(true);
      expect(
        Number.isFinite(timing.model) && Number.isFinite(timing.layout),
        'the data was modelled and laid out before the draw'
      ).toBe(true);
    }
    report(
      'paint verdict',
      `first load ${verdict(first.painted, PAINT_BUDGET_MS)}; refresh median ${verdict(median(painted), PAINT_BUDGET_MS)}`
    );
  });

  test(`hover: pointer move over the plot → next animation frame done, against the ${HOVER_BUDGET_MS} ms budget`, async ({
    sandbox,
    page,
  }) => {
    await openDense(sandbox);
    const plot = (await sandbox.plotArea.boundingBox())!;
    // Each pointermove (first listener to run) is timed to the end of the next frame: rAF, then a task after it.
    await page.evaluate(() => {
      const w = window as unknown as { __hover: number[] };
      w.__hover = [];
      window.addEventListener(
        'pointermove',
        () => {
          const start = performance.now();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              w.__hover.push(performance.now() - start);
              performance.measure('exemplar-trace:hover-frame', { start, end: performance.now() });
            };
            channel.port2.postMessage(null);
          });
        },
        { capture: true }
      );
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskDuration = async () =>
      ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;

    // Idle baseline over the same wall time, then 31 moves spread over the plot (markers and lines alike).
    const moves = 31;
    const pause = 120;
    const idleStart = await taskDuration();
    await page.waitForTimeout(moves * pause);
    const idle = (await taskDuration()) - idleStart;
    const start = await taskDuration();
    let overMarkers = 0;
    for (let i = 0; i < moves; i++) {
      const x = plot.x + plot.width * (0.03 + ((i * 0.37) % 0.94));
      const y = plot.y + plot.height * (0.5 + ((i * 0.23) % 0.48));
      await page.mouse.move(x, y);
      await page.waitForTimeout(pause);
      overMarkers += (await page.getByTestId(testIds.chart.exemplarTooltip).count()) > 0 ? 1 : 0;
    }
    const busy = (await taskDuration()) - start;
    const frames = await page.evaluate(() => (window as unknown as { __hover: number[] }).__hover);
    await cdp.detach();

    expect(frames.length).toBeGreaterThanOrEqual(moves);
    const sorted = [...frames].sort((a, b) => a - b);
    const perMove = (busy - idle) / moves;
    report(
      'hover',
      `${frames.length} moves (${overMarkers} over markers): move → frame done median ${median(frames).toFixed(1)} ms, p90 ${sorted[Math.floor(sorted.length * 0.9)].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms; main-thread time per move ${perMove.toFixed(1)} ms (idle baseline subtracted)`
    );
    expect(overMarkers, 'some moves land on markers').toBeGreaterThan(0);
    report('hover verdict', `median ${verdict(median(frames), HOVER_BUDGET_MS)}`);
  });
});
