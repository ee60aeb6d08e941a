/**
 * Deterministic, realistic exemplars for the benchmark: what Prometheus keeps is about one exemplar per
 * histogram bucket series per scrape, so values come bucket by bucket (flattened towards the rare slow buckets),
 * load comes in bursts over a day, a slow tail reaches timeouts, and a few percent of requests fail.
 */
import { seededRandom } from '../src/testing/seededRandom';

export const PLOT = { width: 1200, height: 400 };
export const RADIUS_PX = 10;

export const DAY_MS = 24 * 3600 * 1000;
const SCRAPE_MS = 15_000;
export const START_MS = Date.UTC(2025, 0, 1);
/** Prometheus default-ish buckets (seconds) and how often each shows up among kept exemplars. */
const BUCKET_UPPER = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const BUCKET_WEIGHT = [3, 6, 10, 12, 12, 10, 6, 4, 2, 1, 0.5, 0.3];
const Y_MIN_S = 0.001;
const Y_MAX_S = 30;

export interface BenchExemplars {
  size: number;
  timeMs: Float64Array;
  value: Float64Array;
  isError: Uint8Array;
}

/**
 * The order exemplars reach the panel in: `series`, as Prometheus answers (series by series — here one per bucket —
 * each in time order; Grafana's sampled frames are in time order too); `shuffled`, no order at all, the worst case
 * for memory locality.
 */
export type ExemplarOrder = 'series' | 'shuffled';

export function generateExemplars(n: number, seed = 42, order: ExemplarOrder = 'series'): BenchExemplars {
  const random = seededRandom(seed);
  const scrapeLoad = cumulative(burstyLoad(random));
  const bucketWeight = cumulative(BUCKET_WEIGHT);
  const timeMs = new Float64Array(n);
  const value = new Float64Array(n);
  const isError = new Uint8Array(n);
  const bucketOf = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const scrape = pick(scrapeLoad, random());
    timeMs[i] = START_MS + scrape * SCRAPE_MS + Math.floor(random() * SCRAPE_MS);
    const bucket = pick(bucketWeight, random());
    bucketOf[i] = bucket;
    const lower = bucket === 0 ? Y_MIN_S : BUCKET_UPPER[bucket - 1];
    const upper = BUCKET_UPPER[bucket];
    value[i] = lower * Math.pow(upper / lower, random());
    // Timeouts and failures: 3% of requests, far more among the slow ones.
    isError[i] = random() < (value[i] > 5 ? 0.3 : 0.03) ? 1 : 0;
  }
  if (order === 'shuffled') {
    return { size: n, timeMs, value, isError };
  }
  const rank = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => bucketOf[a] - bucketOf[b] || timeMs[a] - timeMs[b] || a - b
  );
  return { size: n, timeMs: permute(timeMs, rank), value: permute(value, rank), isError: permute(isError, rank) };
}

function permute<T extends Float64Array | Uint8Array>(values: T, rank: number[]): T {
  const out = values.slice() as T;
  rank.forEach((from, to) => (out[to] = values[from]));
  return out;
}

/** Load per scrape over a day: a daily swell plus a dozen bursts of 5–30 minutes. */
function burstyLoad(random: () => number): number[] {
  const scrapes = DAY_MS / SCRAPE_MS;
  const load = Array.from({ length: scrapes }, (_, s) => 1 + 0.6 * Math.sin((2 * Math.PI * s) / scrapes));
  for (let burst = 0; burst < 12; burst++) {
    const center = random() * scrapes;
    const width = (5 + random() * 25) * 4; // minutes → scrapes
    const height = 2 + random() * 8;
    for (let s = Math.max(0, Math.floor(center - 3 * width)); s < Math.min(scrapes, center + 3 * width); s++) {
      load[s] += height * Math.exp(-(((s - center) / width) ** 2));
    }
  }
  return load;
}

function cumulative(weights: number[]): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (sums[i] = total += w));
  return sums.map((s) => s / total);
}

/** Index of the first cumulative share ≥ u (binary search). */
function pick(cumulativeShares: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulativeShares.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulativeShares[mid] >= u) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

/** The panel's scales: the day across the plot width, latency on a log axis (as latency panels usually are). */
export const xOfTime = (t: number) => ((t - START_MS) / DAY_MS) * PLOT.width;
const LOG_SPAN = Math.log(Y_MAX_S / Y_MIN_S);
export const yOfValue = (v: number) => PLOT.height * (1 - Math.log(v / Y_MIN_S) / LOG_SPAN);
/** The same scales as numbers, as the panel reads uPlot's: x linear, y linear in the natural log of the value. */
export const X_SCALE = { origin: START_MS, base: 0, slope: PLOT.width / DAY_MS };
export const LOG_Y_SCALE = {
  origin: Math.log(Y_MIN_S),
  base: PLOT.height,
  slope: -PLOT.height / LOG_SPAN,
  log: true as const,
};
/** A linear latency axis over the same values, for the log/linear ratio. */
export const LINEAR_Y_SCALE = { origin: 0, base: PLOT.height, slope: -PLOT.height / Y_MAX_S };
