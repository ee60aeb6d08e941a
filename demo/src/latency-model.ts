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
  attributes: Record<string, string | number>;
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
  attributes: Record<string, string | number>;
  /** Probability the step runs at all (e.g. a database read only on a cache miss). */
  probability: number;
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
  steps: StepProfile[];
}

/** Probability that one step of a request hits the slow tail (lock wait, GC pause, retry). */
export const SLOW_TAIL_PROBABILITY = 0.03;
/** Upper bound of one step, so a whole request stays inside the histogram's 10 s bucket. */
export const MAX_STEP_MS = 2500;

const cacheLookup = (key: string, medianMs: number): StepProfile => ({
  name: `GET ${key}`,
  kind: 'CLIENT',
  latency: { medianMs, sigma: 0.4 },
  attributes: { 'db.system': 'redis', 'db.operation': 'GET', 'server.address': 'cache' },
  probability: 1,
  failure: { statusCode: 503, message: 'cache connection reset' },
});

const databaseQuery = (statement: string, medianMs: number, probability: number): StepProfile => ({
  name: statement.split(' ').slice(0, 2).join(' '),
  kind: 'CLIENT',
  latency: { medianMs, sigma: 0.6 },
  attributes: { 'db.system': 'postgresql', 'db.statement': statement, 'server.address': 'orders-db' },
  probability,
  failure: { statusCode: 500, message: 'deadlock detected' },
});

export const ROUTE_PROFILES: readonly RouteProfile[] = [
  {
    route: '/api/search',
    method: 'GET',
    trafficWeight: 0.5,
    errorWeight: 1,
    ownLatency: { medianMs: 3, sigma: 0.3 },
    steps: [cacheLookup('search:results', 1.5), databaseQuery('SELECT products WHERE name ILIKE $1', 35, 0.6)],
  },
  {
    route: '/api/cart',
    method: 'GET',
    trafficWeight: 0.35,
    errorWeight: 0.5,
    ownLatency: { medianMs: 2, sigma: 0.3 },
    steps: [cacheLookup('cart:session', 1), databaseQuery('SELECT cart_items WHERE session_id = $1', 8, 0.3)],
  },
  {
    route: '/api/checkout',
    method: 'POST',
    trafficWeight: 0.15,
    errorWeight: 2,
    ownLatency: { medianMs: 5, sigma: 0.3 },
    steps: [
      databaseQuery('UPDATE inventory SET reserved = reserved + $1', 25, 1),
      {
        name: 'POST payments',
        kind: 'CLIENT',
        latency: { medianMs: 90, sigma: 0.7 },
        attributes: { 'http.request.method': 'POST', 'server.address': 'payments', 'peer.service': 'payments' },
        probability: 1,
        failure: { statusCode: 502, message: 'payment gateway unavailable', timeoutMs: 2000 },
      },
      databaseQuery('INSERT INTO orders VALUES ($1, $2, $3)', 15, 1),
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
  const runningSteps = profile.steps.filter((step) => random() < step.probability);
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
    const plan: StepPlan = { name: step.name, kind: step.kind, durationMs, attributes: { ...step.attributes } };
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
