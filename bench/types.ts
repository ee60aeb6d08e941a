/** One row of bench/results.json. `ratio` = baselineMedianMs / medianMs, i.e. how many times faster than the baseline. */
export interface BenchResult {
  name: string;
  n: number;
  medianMs: number;
  baseline: string | null;
  baselineMedianMs: number | null;
  ratio: number | null;
  /** What the row should meet, e.g. "≤ 5 ms"; printed, not judged by the runner. */
  target?: string;
}

/** A benchmark case: runs when called, so `npm run bench` controls the order and the memory held at once. */
export interface BenchCase {
  name: string;
  run: () => BenchResult[];
}
