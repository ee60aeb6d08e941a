/** The panel queries of the sandbox dashboard: p50/p90/p99 of the demo's request-duration histogram by route. */
import type { ScenarioTarget } from './scenario';

const LATENCY_METRIC = 'http_server_request_duration_seconds';

/** Values of the dashboard's `route` variable: the demo service's routes (live) and the synthetic shop's (fixtures). */
export const LIVE_ROUTES = ['/api/search', '/api/cart', '/api/checkout'];
export const FIXTURE_ROUTES = ['/api/products', '/api/cart', '/api/checkout'];

export const QUANTILE_TARGETS: Array<{ refId: string; quantile: number }> = [
  { refId: 'A', quantile: 0.5 },
  { refId: 'B', quantile: 0.9 },
  { refId: 'C', quantile: 0.99 },
];

export function latencyTargets(): ScenarioTarget[] {
  return QUANTILE_TARGETS.map(({ refId, quantile }) => ({
    refId,
    expr: `histogram_quantile(${quantile}, sum by (le, route) (rate(${LATENCY_METRIC}_bucket[$__rate_interval])))`,
    legendFormat: `p${Math.round(quantile * 100)} {{route}}`,
    range: true,
    // Exemplar toggled on every query, as users do; the data source asks Prometheus only once per histogram.
    exemplar: true,
    datasource: { type: 'prometheus', uid: 'prometheus' },
  }));
}
