import { readConfig } from '../demo/src/config';
import {
  CACHE_HIT_ATTRIBUTE,
  findRoute,
  MAX_STEP_MS,
  pickRoute,
  planRequest,
  ROUTE_PROFILES,
  SLOW_TAIL_CAUSE,
} from '../demo/src/latency-model';
import { seededRandom } from '../demo/src/random';

const SAMPLES = 20_000;

function totalMs(plan: ReturnType<typeof planRequest>): number {
  return plan.ownMs + plan.steps.reduce((sum, step) => sum + step.durationMs, 0);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function simulate(route: string, errorRate: number, seed = 7) {
  const profile = findRoute(route);
  if (!profile) {
    throw new Error(`no route ${route}`);
  }
  const random = seededRandom(seed);
  return Array.from({ length: SAMPLES }, () => planRequest(profile, errorRate, random));
}

describe('demo latency model', () => {
  it('gives each route a realistic body: checkout slower than search, search slower than cart', () => {
    const median = (route: string) =>
      quantile(
        simulate(route, 0)
          .map(totalMs)
          .sort((a, b) => a - b),
        0.5
      );
    const cart = median('/api/cart');
    const search = median('/api/search');
    const checkout = median('/api/checkout');
    expect(cart).toBeGreaterThan(2);
    expect(cart).toBeLessThan(search);
    expect(search).toBeLessThan(checkout);
    expect(checkout).toBeGreaterThan(80);
    expect(checkout).toBeLessThan(300);
  });

  it('has a slow tail: p99 far above the median, yet every request fits the 10 s histogram', () => {
    const durations = simulate('/api/search', 0)
      .map(totalMs)
      .sort((a, b) => a - b);
    expect(quantile(durations, 0.99) / quantile(durations, 0.5)).toBeGreaterThan(5);
    expect(durations[durations.length - 1]).toBeLessThan(10_000);
    const stepDurations = simulate('/api/checkout', 0.5).flatMap((plan) => plan.steps.map((step) => step.durationMs));
    expect(Math.min(...stepDurations)).toBeGreaterThan(0);
    expect(Math.max(...stepDurations)).toBeLessThanOrEqual(MAX_STEP_MS);
  });

  it('gives most of the slow tail a recorded cause that fast requests rarely have: a cart cache miss', () => {
    const random = seededRandom(11);
    const plans = Array.from({ length: 4 * SAMPLES }, () => planRequest(pickRoute(random), 0.02, random));
    const hasCause = (plan: ReturnType<typeof planRequest>) =>
      plan.route === SLOW_TAIL_CAUSE.route &&
      plan.steps.some((step) => step.attributes[CACHE_HIT_ATTRIBUTE] === false) &&
      plan.steps.some((step) => step.name === SLOW_TAIL_CAUSE.operation);
    const byDuration = [...plans].sort((a, b) => totalMs(a) - totalMs(b));
    const p99 = totalMs(byDuration[Math.floor(0.99 * byDuration.length)]);
    const slow = byDuration.filter((plan) => totalMs(plan) > p99);
    const fast = byDuration.slice(0, Math.floor(0.9 * byDuration.length));
    const share = (list: typeof plans) => list.filter(hasCause).length / list.length;
    expect(share(slow)).toBeGreaterThan(0.7);
    expect(share(fast)).toBeLessThan(0.002);
    // The cause is on the spans: the cache span says it missed, the query that follows runs on orders-db.
    const example = slow.find(hasCause)!;
    expect(example.steps.map((step) => step.name)).toEqual(['GET cart:session', SLOW_TAIL_CAUSE.operation]);
    expect(example.steps[1].attributes).toMatchObject({
      'db.statement': SLOW_TAIL_CAUSE.statement,
      'server.address': 'orders-db',
    });
    // Cache hits are tagged too, so `cache.hit` is a property every cart and search request has.
    const searches = plans.filter((plan) => plan.route === '/api/search');
    expect(searches.every((plan) => typeof plan.steps[0].attributes[CACHE_HIT_ATTRIBUTE] === 'boolean')).toBe(true);
    console.log(
      `p99 ${p99.toFixed(0)} ms, cause in ${(share(slow) * 100).toFixed(1)} % of the slow, ${(share(fast) * 100).toFixed(2)} % of the fast`
    );
  });

  it('fails about errorRate × route weight of requests with a 5xx and stops at the failing step', () => {
    const plans = simulate('/api/checkout', 0.05);
    const failed = plans.filter((plan) => plan.statusCode >= 500);
    // Checkout's error weight is 2, so ~10 % of 20 000 requests fail.
    expect(failed.length / plans.length).toBeGreaterThan(0.08);
    expect(failed.length / plans.length).toBeLessThan(0.12);
    for (const plan of failed) {
      expect(plan.statusCode).toBeLessThan(600);
      expect(plan.steps[plan.steps.length - 1].failure).toBeTruthy();
      expect(plan.steps.filter((step) => step.failure)).toHaveLength(1);
    }
    expect(new Set(failed.map((plan) => plan.statusCode))).toEqual(new Set([500, 502, 504]));
    const succeeded = plans.filter((plan) => plan.statusCode === 200);
    expect(succeeded.every((plan) => plan.steps.every((step) => !step.failure))).toBe(true);
  });

  it('never fails when the error rate is 0', () => {
    expect(simulate('/api/cart', 0).every((plan) => plan.statusCode === 200)).toBe(true);
  });

  it('spreads generated load over all routes by traffic weight', () => {
    const random = seededRandom(3);
    const counts = new Map<string, number>();
    for (let i = 0; i < SAMPLES; i++) {
      const route = pickRoute(random).route;
      counts.set(route, (counts.get(route) ?? 0) + 1);
    }
    for (const profile of ROUTE_PROFILES) {
      expect((counts.get(profile.route) ?? 0) / SAMPLES).toBeCloseTo(profile.trafficWeight, 1);
    }
  });
});

describe('demo configuration', () => {
  it('uses documented defaults', () => {
    expect(readConfig({})).toEqual({
      port: 8080,
      host: '0.0.0.0',
      sampleRatio: 0.5,
      loadRps: 20,
      errorRate: 0.02,
      traceBuffer: 5000,
      serviceName: 'shop-api',
      otlpEndpoint: undefined,
      jaegerOtlpEndpoint: undefined,
      zipkinEndpoint: undefined,
    });
  });

  it('reads the environment knobs', () => {
    const config = readConfig({
      PORT: '9000',
      SAMPLE_RATIO: '1',
      LOAD_RPS: '0',
      ERROR_RATE: '0.1',
      TRACE_BUFFER: '10',
      SERVICE_NAME: 'shop',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://tempo:4318',
    });
    expect(config).toMatchObject({
      port: 9000,
      sampleRatio: 1,
      loadRps: 0,
      errorRate: 0.1,
      traceBuffer: 10,
      serviceName: 'shop',
    });
    expect(config.otlpEndpoint).toBe('http://tempo:4318');
  });

  it('rejects out-of-range values instead of running with nonsense', () => {
    expect(() => readConfig({ SAMPLE_RATIO: '1.5' })).toThrow('SAMPLE_RATIO');
    expect(() => readConfig({ PORT: 'http' })).toThrow('PORT');
    expect(() => readConfig({ TRACE_BUFFER: '2.5' })).toThrow('TRACE_BUFFER');
  });
});
