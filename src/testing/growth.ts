/**
 * Complexity checks for tests, without wall-clock budgets: how much longer a job takes when its input grows by
 * `factor`. Linear work gives about `factor`, quadratic about `factor²`, whatever the machine's speed or load,
 * because both sizes run in the same process moments apart. Each size is timed best-of-`tries` after a warm-up,
 * so one garbage collection or a busy neighbour does not decide the result.
 */
export function growthRatio(job: (size: number) => void, size: number, factor: number, tries = 5): number {
  job(size);
  job(size * factor);
  return (
    bestMs(() => job(size * factor), tries) /
    Math.max(
      bestMs(() => job(size), tries),
      0.05
    )
  );
}

/**
 * The bound tests assert: three times linear growth. Quadratic growth over a factor of 8 is 64, far beyond 24; a
 * linear job stays well within it even when the small size runs unusually fast.
 */
export function linearBound(factor: number): number {
  return 3 * factor;
}

function bestMs(run: () => void, tries: number): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
