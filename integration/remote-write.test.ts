/**
 * @jest-environment ./integration/jsdom-node-fetch-environment.js
 */
import { exemplarSetFromPrometheusResponse } from '../src/data/rawExemplarText';
import { RemoteWriteStack, startRemoteWriteStack } from '../tools/remote-write-stack';
import { queryExemplars, queryRange } from '../tools/stack/prometheus-api';
import { pollUntil } from '../tools/stack/wait-for';
import { allModeSelector, panelOnStore } from './panelOnStore';

// The scale-out path with real servers: the demo, scraped every second by an edge Prometheus that
// remote-writes to three central Prometheus servers (receiver on), which play the store Grafana
// queries (Mimir, Cortex, Thanos Receive cannot be installed here). One edge feeds all three, which
// is much cheaper than a stack per case:
//   central     send_exemplars: true,  exemplar storage on   (the working path)
//   no-send     send_exemplars: false, exemplar storage on   (the writer's silent drop)
//   no-storage  send_exemplars: true,  exemplar storage off  (the store's silent drop)

const METRIC = 'http_server_request_duration_seconds';
const MIN_EXEMPLARS = 20;
const MIN_POINTS = 6;
const COLLECT_TIMEOUT_MS = 30_000;
/**
 * The central store holds the edge's samples with the edge's timestamps, so the same PromQL gives the same
 * numbers wherever both hold the window: agreement to 0.1 % (float formatting is the only expected
 * difference). Only instants at least LAG_SECONDS old are compared: newer ones may not have arrived yet.
 */
const RELATIVE_TOLERANCE = 0.001;
const LAG_SECONDS = 4;

let stack: RemoteWriteStack;
let startedAtSeconds: number;
const central = () => stack.centralUrls.central;

async function exemplarsOn(url: string, sinceSeconds = startedAtSeconds - 60) {
  const series = await queryExemplars(url, `${METRIC}_bucket`, sinceSeconds, Date.now() / 1000 + 1);
  return series.flatMap((entry) =>
    entry.exemplars.map((exemplar) => ({ ...exemplar, seriesLabels: entry.seriesLabels }))
  );
}

const quantileQuery = (q: number) => `histogram_quantile(${q}, sum by (le, route) (rate(${METRIC}_bucket[4s])))`;

async function quantilePoints(url: string, q: number, start: number, end: number): Promise<Map<string, number>> {
  const points = new Map<string, number>();
  for (const series of await queryRange(url, quantileQuery(q), start, end, 1)) {
    for (const [time, value] of series.values) {
      points.set(`${series.metric.route}@${time}`, Number(value));
    }
  }
  return points;
}

/** The instants both servers have a finite value for, per quantile, over the last 30 s that have arrived. */
async function comparablePoints(q: number) {
  const end = Math.floor(Date.now() / 1000) - LAG_SECONDS;
  const start = Math.max(Math.ceil(startedAtSeconds), end - 30);
  const edge = await quantilePoints(stack.edgeUrl, q, start, end);
  const centre = await quantilePoints(central(), q, start, end);
  return [...centre.entries()]
    .filter(([key, value]) => Number.isFinite(value) && Number.isFinite(edge.get(key)))
    .map(([key, value]) => ({ key, value, reference: edge.get(key)! }));
}

// On a loaded machine a 1 s scrape can slip, leaving a 4 s rate window without two samples at some
// instants: the wait is for enough instants that both servers can answer, for both quantiles.
async function enoughData(): Promise<boolean> {
  for (const q of [0.5, 0.99]) {
    if ((await comparablePoints(q)).length < MIN_POINTS) {
      return false;
    }
  }
  return (await exemplarsOn(central())).length >= MIN_EXEMPLARS;
}

beforeAll(async () => {
  startedAtSeconds = Date.now() / 1000;
  stack = await startRemoteWriteStack({
    centrals: [
      { name: 'central' },
      { name: 'no-send', sendExemplars: false },
      { name: 'no-storage', exemplarStorage: false },
    ],
    timeoutMs: 90_000,
  });
  await pollUntil(enoughData, COLLECT_TIMEOUT_MS);
}, 150_000);

afterAll(async () => {
  await stack?.stop();
});

describe('remote write: edge Prometheus → central Prometheus', () => {
  it('binds every server to 127.0.0.1', () => {
    for (const url of [stack.demoUrl, stack.edgeUrl, ...Object.values(stack.centralUrls)]) {
      expect(new URL(url).hostname).toBe('127.0.0.1');
    }
  });

  it('the central store holds exemplars the edge scraped, whose trace IDs are traces the demo holds', async () => {
    const received = await exemplarsOn(central());
    expect(received.length).toBeGreaterThanOrEqual(MIN_EXEMPLARS);
    const scraped = new Set(
      (await exemplarsOn(stack.edgeUrl)).map((e) => `${e.labels.trace_id}|${e.value}|${e.timestamp}`)
    );
    const newest = [...received].sort((a, b) => b.timestamp - a.timestamp).slice(0, 30);
    for (const exemplar of newest) {
      // Same trace, value and time as on the edge: remote write carried the exemplar unchanged.
      expect(scraped).toContain(`${exemplar.labels.trace_id}|${exemplar.value}|${exemplar.timestamp}`);
      // The central store scrapes nothing: the series labels are the edge's target labels.
      expect(exemplar.seriesLabels).toMatchObject({ job: 'shop-api', env: 'local-stack' });
      const response = await fetch(`${stack.demoUrl}/api/traces/${exemplar.labels.trace_id}`);
      expect(response.status).toBe(200);
      const trace = (await response.json()) as {
        traceId: string;
        spans: Array<{ parentSpanId?: string; durationMs: number }>;
      };
      expect(trace.traceId).toBe(exemplar.labels.trace_id);
      const root = trace.spans.find((span) => span.parentSpanId === undefined);
      expect(Math.abs(Number(exemplar.value) - root!.durationMs / 1000)).toBeLessThan(0.001);
    }
  });

  it(`the quantile lines of the central store agree with the edge's within ${RELATIVE_TOLERANCE * 100} %`, async () => {
    for (const q of [0.5, 0.99]) {
      let compared = await comparablePoints(q);
      if (compared.length < MIN_POINTS) {
        // The window slid since beforeAll: wait for it to fill again rather than judge a thin sample.
        await pollUntil(async () => (compared = await comparablePoints(q)).length >= MIN_POINTS, COLLECT_TIMEOUT_MS);
      }
      expect(compared.length).toBeGreaterThanOrEqual(MIN_POINTS);
      for (const { key, value, reference } of compared) {
        expect({ key, diff: Math.abs(value - reference) <= RELATIVE_TOLERANCE * Math.abs(reference) }).toEqual({
          key,
          diff: true,
        });
      }
    }
  }, 60_000);

  it("All mode's raw exemplar read (the query_exemplars request of the resource route) works on the central store", async () => {
    // The request useAllExemplars sends through /api/datasources/uid/…/resources/api/v1/query_exemplars,
    // which Grafana forwards to the store: whole seconds, the builder's selector, read as text.
    const start = Math.floor(startedAtSeconds - 60);
    const end = Math.ceil(Date.now() / 1000);
    const query = allModeSelector();
    const viaApi = (await queryExemplars(central(), query, start, end)).flatMap((series) => series.exemplars);
    const response = await fetch(
      `${central()}/api/v1/query_exemplars?${new URLSearchParams({ query, start: String(start), end: String(end) })}`
    );
    expect(response.status).toBe(200);
    const { set, report } = exemplarSetFromPrometheusResponse(await response.text(), { cap: 1_000_000 });
    expect(report.error).toBeUndefined();
    expect(report).toMatchObject({ rejectedRows: 0, truncatedRows: 0 });
    // Read second, so it may hold a few more exemplars, never fewer; every one the API listed is in it.
    expect(viaApi.length).toBeGreaterThanOrEqual(MIN_EXEMPLARS);
    expect(set.size).toBeGreaterThanOrEqual(viaApi.length);
    const traceIds = new Set(set.labels.find((column) => column.name === 'trace_id')?.dict);
    for (const exemplar of viaApi) {
      expect(traceIds).toContain(exemplar.labels.trace_id);
    }
  });

  it('the panel on the central store draws lines with linked exemplars and says nothing is wrong', async () => {
    const model = await panelOnStore(central(), {
      storeType: 'Prometheus',
      startSeconds: startedAtSeconds - 60,
      endSeconds: Date.now() / 1000,
    });
    expect(model.series.length).toBeGreaterThan(0);
    expect(model.exemplars.size).toBeGreaterThan(0);
    expect(model.linkedExemplars).toBe(model.exemplars.size);
    expect(model.diagnostics).toEqual([]);
  });
});

describe('remote write: the silent drops', () => {
  const view = () => ({ startSeconds: startedAtSeconds - 60, endSeconds: Date.now() / 1000 });

  it.each(['no-send', 'no-storage'])(
    '%s: the central store has the series but no exemplars, the edge has them',
    async (name) => {
      const url = stack.centralUrls[name];
      const end = Date.now() / 1000 - LAG_SECONDS;
      const points = [...(await quantilePoints(url, 0.99, end - 20, end)).values()].filter(Number.isFinite);
      expect(points.length).toBeGreaterThanOrEqual(MIN_POINTS);
      expect(await exemplarsOn(url)).toEqual([]);
      expect((await exemplarsOn(stack.edgeUrl)).length).toBeGreaterThan(0);
    }
  );

  it('edge without send_exemplars, store a remote-write store (Mimir): the diagnostic names send_exemplars and the exemplar limit, not the scrape side', async () => {
    const model = await panelOnStore(stack.centralUrls['no-send'], { ...view(), storeType: 'Mimir' });
    expect(model.series.length).toBeGreaterThan(0);
    const [found] = model.diagnostics;
    expect(found).toMatchObject({ id: 'no-exemplars', severity: 'warning' });
    const fixes = found.fixes.join('\n');
    expect(fixes).toContain('send_exemplars: true in its remote_write section');
    expect(fixes).toContain('max_global_exemplars_per_user defaults to 0');
    expect(fixes).not.toMatch(/OpenMetrics|--enable-feature|exemplar-storage/);
  });

  it('store without exemplar storage (a Prometheus receiver): the diagnostic names its exemplar storage setting', async () => {
    const model = await panelOnStore(stack.centralUrls['no-storage'], { ...view(), storeType: 'Prometheus' });
    expect(model.series.length).toBeGreaterThan(0);
    const [found] = model.diagnostics;
    expect(found).toMatchObject({ id: 'no-exemplars', severity: 'warning' });
    expect(found.fixes).toContainEqual(
      expect.stringMatching(
        /^Run Prometheus 2\.26\+ with --enable-feature=exemplar-storage.*--web\.enable-remote-write-receiver\) needs the flag itself, and its writer needs send_exemplars: true/
      )
    );
  });

  it('the same data seen through a Mimir data source names the Mimir limit: the data source type tells the stores apart', async () => {
    const asMimir = await panelOnStore(stack.centralUrls['no-storage'], { ...view(), storeType: 'Mimir' });
    const asPrometheus = await panelOnStore(stack.centralUrls['no-storage'], { ...view(), storeType: 'Prometheus' });
    expect(asMimir.diagnostics[0].fixes[0]).toMatch(/^Mimir keeps no exemplars/);
    expect(asPrometheus.diagnostics[0].fixes[0]).toMatch(
      /^Run Prometheus 2\.26\+ with --enable-feature=exemplar-storage/
    );
  });

  // Last: it ends the stack the other tests use.
  it('stop() ends every server', async () => {
    await stack.stop();
    for (const url of [stack.demoUrl, stack.edgeUrl, ...Object.values(stack.centralUrls)]) {
      await expect(fetch(`${url}/-/ready`)).rejects.toThrow();
    }
  });
});
