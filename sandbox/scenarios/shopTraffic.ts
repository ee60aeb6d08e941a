/**
 * Deterministic synthetic traffic of the demo shop: per-route latency histograms (what Prometheus would
 * scrape), exemplars with trace IDs at bucketed latencies with a slow tail and some 500s, and the traces
 * behind them. Used only to generate fixture scenarios.
 */
import type { DemoSpan, DemoTrace } from '../shared/demoTrace';
import type { PromExemplarSeries, PromMatrixSeries } from '../shared/prometheusApi';
import { seededRandom } from '../../src/testing/seededRandom';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
export const METRIC = 'http_server_request_duration_seconds';

interface Route {
  route: string;
  method: string;
  /** Median latency in seconds. */
  median: number;
  errorRate: number;
}

const ROUTES: Route[] = [
  { route: '/api/products', method: 'GET', median: 0.035, errorRate: 0.01 },
  { route: '/api/cart', method: 'GET', median: 0.07, errorRate: 0.02 },
  { route: '/api/checkout', method: 'POST', median: 0.22, errorRate: 0.05 },
];

function hex(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out += Math.floor(random() * 16).toString(16);
  }
  return out;
}

export interface Request {
  timeMs: number;
  route: Route;
  latency: number;
  status: string;
  traceId: string;
  spanId: string;
}

/** Log-normal latency with a 0.6% slow tail; errors are either fast rejections or slow timeouts. */
function sampleLatency(random: () => number, route: Route, timeFraction: number): { latency: number; status: string } {
  const gaussian = Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
  // A latency incident in the middle of the window makes the p99 lines move.
  const incident = timeFraction > 0.55 && timeFraction < 0.65 ? 2.5 : 1;
  let latency = route.median * incident * Math.exp(0.45 * gaussian);
  if (random() < 0.006) {
    latency *= 3 + random() * 6;
  }
  const failed = random() < route.errorRate * incident;
  if (failed) {
    latency = random() < 0.5 ? latency * 0.3 : latency * 4;
  }
  return { latency: Math.min(latency, 9.5), status: failed ? '500' : '200' };
}

export function generateRequests(seed: number, fromMs: number, toMs: number, perRoutePerMinute: number): Request[] {
  const random = seededRandom(seed);
  const requests: Request[] = [];
  const totalMinutes = (toMs - fromMs) / 60000;
  for (const route of ROUTES) {
    const count = Math.round(totalMinutes * perRoutePerMinute);
    for (let i = 0; i < count; i++) {
      const timeMs = fromMs + random() * (toMs - fromMs);
      const { latency, status } = sampleLatency(random, route, (timeMs - fromMs) / (toMs - fromMs));
      requests.push({
        timeMs: Math.round(timeMs),
        route,
        latency,
        status,
        traceId: hex(random, 32),
        spanId: hex(random, 16),
      });
    }
  }
  return requests.sort((a, b) => a.timeMs - b.timeMs);
}

function bucketOf(latency: number): string {
  const le = BUCKETS.find((bound) => latency <= bound);
  return le === undefined ? '+Inf' : String(le);
}

function seriesLabels(request: Request): Record<string, string> {
  return {
    __name__: `${METRIC}_bucket`,
    instance: 'shop:8080',
    job: 'shop',
    le: bucketOf(request.latency),
    method: request.route.method,
    route: request.route.route,
    status: request.status,
  };
}

/** Exemplars grouped by bucket series, as `query_exemplars` returns them. */
export function exemplarSeries(
  requests: Request[],
  exemplarLabels: (request: Request) => Record<string, string>
): PromExemplarSeries[] {
  const bySeries = new Map<string, PromExemplarSeries>();
  for (const request of requests) {
    const labels = seriesLabels(request);
    const key = JSON.stringify(labels);
    let series = bySeries.get(key);
    if (!series) {
      series = { seriesLabels: labels, exemplars: [] };
      bySeries.set(key, series);
    }
    series.exemplars.push({
      labels: exemplarLabels(request),
      value: request.latency.toFixed(6),
      timestamp: request.timeMs / 1000,
    });
  }
  return [...bySeries.values()];
}

/** Prometheus' histogram_quantile over the requests of a trailing window, per route. */
export function quantileMatrix(
  requests: Request[],
  quantile: number,
  fromMs: number,
  toMs: number,
  stepMs: number,
  windowMs: number
): PromMatrixSeries[] {
  return ROUTES.map((route) => {
    const ofRoute = requests.filter((request) => request.route === route);
    const values: Array<[number, string]> = [];
    for (let t = Math.ceil(fromMs / stepMs) * stepMs; t <= toMs; t += stepMs) {
      const inWindow = ofRoute.filter((request) => request.timeMs > t - windowMs && request.timeMs <= t);
      if (inWindow.length === 0) {
        continue;
      }
      values.push([
        t / 1000,
        String(
          histogramQuantile(
            quantile,
            inWindow.map((request) => request.latency)
          )
        ),
      ]);
    }
    return { metric: { route: route.route }, values };
  });
}

function histogramQuantile(quantile: number, latencies: number[]): number {
  const counts = BUCKETS.map((bound) => latencies.filter((latency) => latency <= bound).length);
  const rank = quantile * latencies.length;
  const index = counts.findIndex((count) => count >= rank);
  if (index === -1) {
    return BUCKETS[BUCKETS.length - 1];
  }
  const lower = index === 0 ? 0 : BUCKETS[index - 1];
  const below = index === 0 ? 0 : counts[index - 1];
  const inBucket = counts[index] - below;
  return inBucket === 0 ? BUCKETS[index] : lower + (BUCKETS[index] - lower) * ((rank - below) / inBucket);
}

/** The trace a request would leave in Tempo: server span, DB and downstream calls, errors on 500s. */
export function traceOf(request: Request, random: () => number): DemoTrace {
  const start = request.timeMs - request.latency * 1000;
  const total = request.latency * 1000;
  const failed = request.status === '500';
  const service = 'shop-api';
  const root: DemoSpan = {
    traceId: request.traceId,
    spanId: request.spanId,
    name: `${request.route.method} ${request.route.route}`,
    serviceName: service,
    kind: 'SERVER',
    startTimeMs: start,
    durationMs: total,
    attributes: {
      'http.request.method': request.route.method,
      'http.route': request.route.route,
      'http.response.status_code': Number(request.status),
    },
    resource: { 'service.version': '1.4.2', 'deployment.environment': 'demo' },
    statusCode: failed ? 2 : 0,
    statusMessage: failed ? 'Internal Server Error' : undefined,
    events: [],
    links: [],
  };
  const children: DemoSpan[] = [];
  const addChild = (
    name: string,
    serviceName: string,
    kind: DemoSpan['kind'],
    offset: number,
    share: number,
    attributes: Record<string, unknown>,
    error = false
  ) => {
    children.push({
      traceId: request.traceId,
      spanId: Array.from({ length: 16 }, () => Math.floor(random() * 16).toString(16)).join(''),
      parentSpanId: request.spanId,
      name,
      serviceName,
      kind,
      startTimeMs: start + total * offset,
      durationMs: total * share,
      attributes,
      resource: {},
      statusCode: error ? 2 : 0,
      statusMessage: error ? 'upstream failed' : undefined,
      events: error
        ? [
            {
              name: 'exception',
              timeMs: start + total * (offset + share),
              attributes: { 'exception.type': 'UpstreamError', 'exception.message': 'payment provider timed out' },
            },
          ]
        : [],
      links: [],
    });
  };
  addChild('SELECT products', 'postgres', 'CLIENT', 0.05, 0.25, {
    'db.system': 'postgresql',
    'db.statement': 'SELECT * FROM products WHERE id = $1',
  });
  addChild('price.compute', service, 'INTERNAL', 0.32, 0.18, { 'pricing.rules': 12 });
  if (request.route.route === '/api/checkout') {
    addChild('POST /v1/charges', 'payments', 'CLIENT', 0.52, 0.42, { 'peer.service': 'payments' }, failed);
  }
  return { traceId: request.traceId, spans: [root, ...children] };
}
