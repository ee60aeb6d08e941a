import { LocalStack, startLocalStack } from '../tools/local-stack';
import { PrometheusExemplar, queryExemplars, queryRange, RangeSeries } from '../tools/stack/prometheus-api';
import { pollUntil } from '../tools/stack/wait-for';
import type { SpanJson, TraceJson } from '../demo/src/trace-json';

// End to end with real components: the demo service scraped every second by a real Prometheus
// (Debian package) with exemplar storage on. No mocks between the three.

const METRIC = 'http_server_request_duration_seconds';
/** Enough scrapes for several exemplars per route and a few failing requests. */
const MIN_EXEMPLARS = 30;
/** Seconds of quantile data, so the series over time can be judged. */
const MIN_QUANTILE_POINTS = 8;
const COLLECT_TIMEOUT_MS = 40_000;

interface ScrapedExemplar extends PrometheusExemplar {
  seriesLabels: Record<string, string>;
}

let stack: LocalStack;
let startedAtSeconds: number;

async function getJson<T>(url: string): Promise<{ status: number; headers: Headers; body: T }> {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

async function scrapedExemplars(): Promise<ScrapedExemplar[]> {
  const series = await queryExemplars(stack.promUrl, `${METRIC}_bucket`, startedAtSeconds - 60, Date.now() / 1000 + 1);
  return series.flatMap((entry) =>
    entry.exemplars.map((exemplar) => ({ ...exemplar, seriesLabels: entry.seriesLabels }))
  );
}

const quantileQuery = (q: number) => `histogram_quantile(${q}, sum by (le) (rate(${METRIC}_bucket[5s])))`;

async function p99Range(): Promise<RangeSeries | undefined> {
  const end = Date.now() / 1000;
  const [p99] = await queryRange(stack.promUrl, quantileQuery(0.99), Math.max(startedAtSeconds, end - 60), end, 1);
  return p99;
}

async function enoughData(): Promise<boolean> {
  const finitePoints = (await p99Range())?.values.filter(([, value]) => Number.isFinite(Number(value))).length ?? 0;
  return finitePoints >= MIN_QUANTILE_POINTS && (await scrapedExemplars()).length >= MIN_EXEMPLARS;
}

function rootSpan(trace: TraceJson): SpanJson {
  const roots = trace.spans.filter((span) => span.parentSpanId === undefined);
  expect(roots).toHaveLength(1);
  return roots[0];
}

beforeAll(async () => {
  startedAtSeconds = Date.now() / 1000;
  stack = await startLocalStack({ scrapeIntervalSeconds: 1, waitForExemplars: true, timeoutMs: 90_000 });
  await pollUntil(enoughData, COLLECT_TIMEOUT_MS);
}, 150_000);

afterAll(async () => {
  await stack?.stop();
});

describe('local stack: demo + real Prometheus', () => {
  it('binds both servers to 127.0.0.1', () => {
    expect(new URL(stack.promUrl).hostname).toBe('127.0.0.1');
    expect(new URL(stack.demoUrl).hostname).toBe('127.0.0.1');
  });

  it('serves /metrics as OpenMetrics with trace_id exemplars', async () => {
    const response = await fetch(`${stack.demoUrl}/metrics`);
    expect(response.headers.get('content-type')).toContain('application/openmetrics-text');
    const text = await response.text();
    expect(text).toMatch(
      new RegExp(`^${METRIC}_bucket\\{.*\\} \\d+ # \\{trace_id="[0-9a-f]{32}"\\} [0-9.e-]+ [0-9.]+$`, 'm')
    );
    expect(text.trimEnd().endsWith('# EOF')).toBe(true);
  });

  it('stores exemplars whose trace IDs are traces the demo holds, with matching durations and labels', async () => {
    const exemplars = await scrapedExemplars();
    expect(exemplars.length).toBeGreaterThanOrEqual(MIN_EXEMPLARS);

    // Newest first: they are certainly still in the demo's trace buffer.
    const checked = [...exemplars].sort((a, b) => b.timestamp - a.timestamp).slice(0, 60);
    for (const exemplar of checked) {
      const traceId = exemplar.labels.trace_id;
      expect(traceId).toMatch(/^[0-9a-f]{32}$/);
      const { status, body: trace } = await getJson<TraceJson>(`${stack.demoUrl}/api/traces/${traceId}`);
      expect(status).toBe(200);
      expect(trace.traceId).toBe(traceId);

      const root = rootSpan(trace);
      const valueSeconds = Number(exemplar.value);
      // The histogram observation and the root span use the same two clock readings.
      expect(Math.abs(valueSeconds - root.durationMs / 1000)).toBeLessThan(0.001);
      // The exemplar sits on the bucket its value falls into, and on the series of its request.
      expect(valueSeconds).toBeLessThanOrEqual(Number(exemplar.seriesLabels.le));
      expect(exemplar.seriesLabels.route).toBe(root.attributes['http.route']);
      expect(exemplar.seriesLabels.status).toBe(String(root.attributes['http.status_code']));
      expect(exemplar.seriesLabels.method).toBe(root.attributes['http.method']);
      // The exemplar was recorded when the request ended.
      expect(Math.abs(exemplar.timestamp * 1000 - (root.startTimeMs + root.durationMs))).toBeLessThan(1000);
    }
  });

  it('answers histogram_quantile over the demo metric with sane latencies', async () => {
    const end = Date.now() / 1000;
    const start = Math.max(startedAtSeconds, end - 60);
    const [p99] = await queryRange(stack.promUrl, quantileQuery(0.99), start, end, 1);
    const [p50] = await queryRange(stack.promUrl, quantileQuery(0.5), start, end, 1);

    const p99Values = p99.values.map(([, value]) => Number(value));
    expect(p99Values.length).toBeGreaterThanOrEqual(MIN_QUANTILE_POINTS);
    for (const value of p99Values) {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThanOrEqual(10);
    }
    // A p99 below the median at the same instant would mean broken buckets.
    const p50ByTime = new Map(p50.values.map(([time, value]) => [time, Number(value)]));
    for (const [time, value] of p99.values) {
      const median = p50ByTime.get(time);
      if (median !== undefined && Number.isFinite(median)) {
        expect(Number(value)).toBeGreaterThanOrEqual(median);
      }
    }
  });

  it('serves traces in the documented JSON format, failures with ERROR status and exception events', async () => {
    const { body: listing, headers } = await getJson<{ traceIds: string[] }>(`${stack.demoUrl}/api/traces?limit=1000`);
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(listing.traceIds.length).toBeGreaterThan(0);

    let failedTrace: TraceJson | undefined;
    for (const traceId of listing.traceIds) {
      const { body: trace } = await getJson<TraceJson>(`${stack.demoUrl}/api/traces/${traceId}`);
      const root = rootSpan(trace);
      expect(root).toMatchObject({ kind: 'SERVER', serviceName: 'shop-api', resource: { 'service.name': 'shop-api' } });
      expect(root.name).toBe(`${root.attributes['http.method']} ${root.attributes['http.route']}`);
      for (const span of trace.spans) {
        expect(span.traceId).toBe(traceId);
        expect(span.spanId).toMatch(/^[0-9a-f]{16}$/);
        expect([0, 1, 2]).toContain(span.statusCode);
        expect(span.durationMs).toBeGreaterThanOrEqual(0);
        expect(Array.isArray(span.events) && Array.isArray(span.links)).toBe(true);
        if (span !== root) {
          expect(span.parentSpanId).toBe(root.spanId);
          expect(span.startTimeMs).toBeGreaterThanOrEqual(root.startTimeMs);
          expect(span.startTimeMs + span.durationMs).toBeLessThanOrEqual(root.startTimeMs + root.durationMs + 0.001);
        }
      }
      if (root.statusCode === 2) {
        failedTrace = trace;
        break;
      }
    }

    expect(failedTrace).toBeDefined();
    const root = rootSpan(failedTrace!);
    expect(Number(root.attributes['http.status_code'])).toBeGreaterThanOrEqual(500);
    expect(root.statusMessage).toBeTruthy();
    const failingChild = failedTrace!.spans.find((span) => span !== root && span.statusCode === 2);
    expect(failingChild?.events).toEqual([
      expect.objectContaining({
        name: 'exception',
        attributes: expect.objectContaining({ 'exception.message': root.statusMessage }),
      }),
    ]);
  });

  it('answers 404 with a JSON error for unknown trace IDs', async () => {
    const { status, body, headers } = await getJson<{ error: string }>(`${stack.demoUrl}/api/traces/${'0'.repeat(32)}`);
    expect(status).toBe(404);
    expect(body).toEqual({ error: 'trace not found' });
    expect(headers.get('access-control-allow-origin')).toBe('*');
  });

  // Last: it ends the stack the other tests use.
  it('stop() ends both servers', async () => {
    await stack.stop();
    await expect(fetch(`${stack.demoUrl}/healthz`)).rejects.toThrow();
    await expect(fetch(`${stack.promUrl}/-/ready`)).rejects.toThrow();
  });
});
