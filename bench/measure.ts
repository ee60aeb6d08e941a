/** Median wall time of `fn` over `runs` calls after `warmup` untimed calls; collects garbage before each timed call. */
export function medianMs(fn: () => unknown, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) {
    fn();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Medians of two functions timed in alternation (a, b, a, b, …), so a ratio between them is not skewed by load
 * that came and went during one of them: on a shared machine this matters more than the run count.
 */
export function pairedMedianMs(a: () => unknown, b: () => unknown, runs: number, warmup = 3): [number, number] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [fn, times] of [
      [a, timesA],
      [b, timesB],
    ] as const) {
      collectGarbage();
      const start = performance.now();
      fn();
      times.push(performance.now() - start);
    }
  }
  return [median(timesA), median(timesB)];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** How long the background GC threads get to finish sweeping after a forced collection. */
const SETTLE_MS = 40;

/**
 * Available when node runs with --expose-gc (as `npm run bench` does); keeps one run's garbage out of the next.
 * A forced collection leaves sweeping to background threads: on two cores that work would land inside the
 * timed run, so the main thread waits for it first.
 */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLE_MS);
  }
}
