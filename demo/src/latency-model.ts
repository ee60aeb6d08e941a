import { logNormal, Random } from './random';

/**
 * Pure model of the simulated shop API: which downstream work a request does, how long each part
 * takes and whether it fails. The server turns a plan into real waits and spans.
 */

export type SpanKindName = 'INTERNAL' | 'CLIENT';

export interface StepPlan {
  /** Span name, e.g. `SELECT products` or `POST payments`. */
  name: string;
  kind: SpanKindName;
  durationMs: number;
  attributes: Record<string, string | number | boolean>;
  /** Set when this step fails; the request ends after it. */
  failure?: string;
}

export interface RequestPlan {
  route: string;
  method: string;
  /** Time the handler itself spends before answering (serialisation etc.). */
  ownMs: number;
  steps: StepPlan[];
  statusCode: number;
}

interface Distribution {
  medianMs: number;
  sigma: number;
}

interface StepProfile {
  name: string;
  kind: SpanKindName;
  latency: Distribution;
  attributes: Record<string, string | number | boolean>;
  /** Probability the step runs at all. */
  probability: number;
  /** Runs only when the route's cache lookup missed: the read falls through to the database. */
  onCacheMiss?: boolean;
  /** The route's cache lookup: its span records `cache.hit`. */
  cacheLookup?: boolean;
  /** What a failure of this step looks like to the client. */
  failure: { statusCode: number; message: string; timeoutMs?: number };
}

interface RouteProfile {
  route: string;
  method: string;
  /** Share of the generated load. */
  trafficWeight: number;
  /** Multiplier on the configured error rate: checkout fails more often than reading a cart. */
  errorWeight: number;
  ownLatency: Distribution;
  /** Share of cache lookups that hit, for routes with a cache lookup (tagged `cache.hit` on its span). */
  cacheHitRate?: number;
  steps: StepProfile[];
}

/**
 * Probability that one step of a request is slow for no recorded reason (lock wait, GC pause, retry). Rare: most
 * of the slow tail has a cause, `SLOW_TAIL_CAUSE`.
 */
export const SLOW_TAIL_PROBABILITY = 0.003;

/**
 * The cause of most of the slow tail, the ground truth of the live region test: a cart whose session is not in the
 * cache (`cache.hit=false` on the `GET cart:session` span) is read from `orders-db` with a query that scans the
 * cart items table, 0.5–1.5 s. Cache misses are rare on the cart route, and a search miss is an ordinary fast query.
 */
export const SLOW_TAIL_CAUSE = {
  route: '/api/cart',
  cacheHitRate: 0.95,
  operation: 'SELECT cart_items',
  statement: 'SELECT cart_items WHERE session_id = $1',
  medianMs: 800,
} as const;
/** Upper bound of one step, so a whole request stays inside the histogram's 10 s bucket. */
export const MAX_STEP_MS = 2500;

/** The attribute a cache lookup span records its outcome in. */
export const CACHE_HIT_ATTRIBUTE = 'cache.hit';

const cacheLookup = (key: string, medianMs: number): StepProfile => ({
  name: `GET ${key}`,
  kind: 'CLIENT',
  latency: { medianMs, sigma: 0.4 },
  attributes: { 'db.system': 'redis', 'db.operation': 'GET', 'server.address': 'cache' },
  probability: 1,
  cacheLookup: true,
  failure: { statusCode: 503, message: 'cache connection reset' },
});

const databaseQuery = (statement: string, latency: Distribution, probability: number): StepProfile => ({
  name: statement.split(' ').slice(0, 2).join(' '),
  kind: 'CLIENT',
  latency,
  attributes: { 'db.system': 'postgresql', 'db.statement': statement, 'server.address': 'orders-db' },
  probability,
  failure: { statusCode: 500, message: 'deadlock detected' },
});

const onCacheMiss = (step: StepProfile): StepProfile => ({ ...step, onCacheMiss: true });

export const ROUTE_PROFILES: readonly RouteProfile[] = [
  {
    route: '/api/search',
    method: 'GET',
    trafficWeight: 0.5,
    errorWeight: 1,
    ownLatency: { medianMs: 3, sigma: 0.3 },
    // Search results are cached well, so a cache miss is rare in fast requests too: the slow tail's cause
    // (`cache.hit=false` on the cart route) stands out against the baseline instead of hiding among search misses.
    cacheHitRate: 0.97,
    steps: [
      cacheLookup('search:results', 1.5),
      onCacheMiss(databaseQuery('SELECT products WHERE name ILIKE $1', { medianMs: 35, sigma: 0.6 }, 1)),
    ],
  },
  {
    route: '/api/cart',
    method: 'GET',
    trafficWeight: 0.35,
    errorWeight: 0.5,
    ownLatency: { medianMs: 2, sigma: 0.3 },
    cacheHitRate: SLOW_TAIL_CAUSE.cacheHitRate,
    steps: [
      cacheLookup('cart:session', 1),
      onCacheMiss(databaseQuery(SLOW_TAIL_CAUSE.statement, { medianMs: SLOW_TAIL_CAUSE.medianMs, sigma: 0.25 }, 1)),
    ],
  },
  {
    route: '/api/checkout',
    method: 'POST',
    trafficWeight: 0.15,
    errorWeight: 2,
    ownLatency: { medianMs: 5, sigma: 0.3 },
    steps: [
      databaseQuery('UPDATE inventory SET reserved = reserved + $1', { medianMs: 25, sigma: 0.6 }, 1),
      {
        name: 'POST payments',
        kind: 'CLIENT',
        latency: { medianMs: 90, sigma: 0.7 },
        attributes: { 'http.request.method': 'POST', 'server.address': 'payments', 'peer.service': 'payments' },
        probability: 1,
        failure: { statusCode: 502, message: 'payment gateway unavailable', timeoutMs: 2000 },
      },
      databaseQuery('INSERT INTO orders VALUES ($1, $2, $3)', { medianMs: 15, sigma: 0.6 }, 1),
    ],
  },
];

export function findRoute(route: string): RouteProfile | undefined {
  return ROUTE_PROFILES.find((profile) => profile.route === route);
}

/** Picks a route for the load generator, weighted by traffic share. */
export function pickRoute(random: Random): RouteProfile {
  let remaining = random() * ROUTE_PROFILES.reduce((sum, profile) => sum + profile.trafficWeight, 0);
  for (const profile of ROUTE_PROFILES) {
    remaining -= profile.trafficWeight;
    if (remaining < 0) {
      return profile;
    }
  }
  return ROUTE_PROFILES[ROUTE_PROFILES.length - 1];
}

export function planRequest(profile: RouteProfile, errorRate: number, random: Random): RequestPlan {
  const cacheHit = profile.cacheHitRate === undefined ? undefined : random() < profile.cacheHitRate;
  const runningSteps = profile.steps.filter(
    (step) => (step.onCacheMiss ? cacheHit === false : true) && random() < step.probability
  );
  const failingIndex = pickFailingStep(runningSteps.length, Math.min(1, errorRate * profile.errorWeight), random);
  const slowIndex = random() < SLOW_TAIL_PROBABILITY ? Math.floor(random() * runningSteps.length) : -1;

  const steps: StepPlan[] = [];
  let statusCode = 200;
  for (let index = 0; index < runningSteps.length; index++) {
    const step = runningSteps[index];
    let durationMs = logNormal(random, step.latency.medianMs, step.latency.sigma);
    if (index === slowIndex) {
      durationMs *= 8 + random() * 22;
    }
    const attributes = { ...step.attributes };
    if (cacheHit !== undefined && step.cacheLookup) {
      attributes[CACHE_HIT_ATTRIBUTE] = cacheHit;
    }
    const plan: StepPlan = { name: step.name, kind: step.kind, durationMs, attributes };
    if (index === failingIndex) {
      const timedOut = step.failure.timeoutMs !== undefined && random() < 0.3;
      plan.failure = timedOut ? `${step.failure.message}: timeout` : step.failure.message;
      plan.durationMs = timedOut ? (step.failure.timeoutMs ?? durationMs) : durationMs;
      statusCode = timedOut ? 504 : step.failure.statusCode;
    }
    plan.durationMs = Math.min(MAX_STEP_MS, Math.max(0.2, plan.durationMs));
    steps.push(plan);
    if (plan.failure) {
      break;
    }
  }
  return {
    route: profile.route,
    method: profile.method,
    ownMs: logNormal(random, profile.ownLatency.medianMs, profile.ownLatency.sigma),
    steps,
    statusCode,
  };
}

function pickFailingStep(stepCount: number, failureProbability: number, random: Random): number {
  if (stepCount === 0 || random() >= failureProbability) {
    return -1;
  }
  return Math.floor(random() * stepCount);
}
