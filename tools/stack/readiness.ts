import { queryExemplars, queryRange } from './prometheus-api';

const DEMO_METRIC = 'http_server_request_duration_seconds';

/** The p99 the readiness checks ask for, over a window of a few scrapes. */
export function p99Query(scrapeIntervalSeconds: number): string {
  const window = `${Math.max(4 * scrapeIntervalSeconds, 5)}s`;
  return `histogram_quantile(0.99, sum by (le) (rate(${DEMO_METRIC}_bucket[${window}])))`;
}

/** True when `query` has a finite value in the last 10 s. */
export async function hasQuantileData(promUrl: string, query: string): Promise<boolean> {
  const now = Date.now() / 1000;
  const series = await queryRange(promUrl, query, now - 10, now, 1);
  return series.some((entry) => entry.values.some(([, value]) => Number.isFinite(Number(value))));
}

/** True when the server holds at least one exemplar of the demo histogram from the last 5 minutes. */
export async function hasExemplars(promUrl: string): Promise<boolean> {
  const now = Date.now() / 1000;
  const series = await queryExemplars(promUrl, `${DEMO_METRIC}_bucket`, now - 300, now + 1);
  return series.some((entry) => entry.exemplars.length > 0);
}
