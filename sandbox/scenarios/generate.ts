/**
 * Writes the shipped fixture scenarios (deterministic) into sandbox/dist/scenarios/.
 * Run by the sandbox build (`node sandbox/build.mjs`); `--out DIR` to write elsewhere.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataFrameJSON } from '@grafana/data';
import type { DemoSpan, DemoTrace } from '../shared/demoTrace';
import type { PromExemplarSeries } from '../shared/prometheusApi';
import { exemplarFrames, matrixFrames, type ExemplarSampling, type PromQueryShape } from '../shared/prometheusFrames';
import { DEFAULT_DATASOURCES, type Scenario } from '../shared/scenario';
import { latencyTargets, QUANTILE_TARGETS } from '../shared/shopQueries';
import { traceFrameFromDemoTrace } from '../shared/traceFrames';
import { seededRandom } from '../../src/testing/seededRandom';
import { exemplarSeries, generateRequests, METRIC, quantileMatrix, traceOf, type Request } from './shopTraffic';

const TO_MS = Date.UTC(2026, 0, 15, 12, 0, 0);
const FROM_MS = TO_MS - 60 * 60 * 1000;
const STEP_MS = 15000;

const targets = latencyTargets;
const QUANTILES = QUANTILE_TARGETS.map(({ refId, quantile }): [string, number] => [refId, quantile]);

function seriesFrames(requests: Request[]): DataFrameJSON[] {
  return targets().flatMap((target, index) => {
    const expr = target.expr.replace('$__rate_interval', '1m0s');
    const matrix = quantileMatrix(requests, QUANTILES[index][1], FROM_MS, TO_MS, STEP_MS, 60000);
    return matrixFrames(matrix, { refId: target.refId, expr, stepMs: STEP_MS, legendFormat: target.legendFormat });
  });
}

/** Exemplar frames as the frontend data source leaves them: dataTopic annotations. */
function annotationFrames(raw: ReturnType<typeof exemplarSeries>, sampling: ExemplarSampling): DataFrameJSON[] {
  const expr = targets()[0].expr.replace('$__rate_interval', '1m0s');
  return exemplarFrames(
    raw,
    { refId: 'A', expr, stepMs: STEP_MS, legendFormat: targets()[0].legendFormat },
    sampling
  ).map((frame) => ({
    ...frame,
    schema: { ...frame.schema!, meta: { ...frame.schema!.meta, dataTopic: 'annotations' as never } },
  }));
}

interface BuildInput {
  description: string;
  seed: number;
  /** Requests per route per minute that carry an exemplar. */
  exemplarRate: number;
  exemplarLabels: (request: Request) => Record<string, string>;
  withTraces: boolean;
  sampling: ExemplarSampling;
  includeRaw: boolean;
  /** Changes the generated requests' latencies (lines and exemplars alike), e.g. a heavier tail. */
  reshape?: (requests: Request[], random: () => number) => void;
  /** Adds to the trace a request leaves (span attributes that record a cause). */
  decorateTrace?: (trace: DemoTrace, request: Request, random: () => number) => DemoTrace;
  fieldConfig?: Scenario['fieldConfig'];
}

function buildScenario(input: BuildInput): Scenario {
  const lineRequests = generateRequests(input.seed, FROM_MS - 60000, TO_MS, 120);
  const exemplarRequests = generateRequests(input.seed + 1, FROM_MS, TO_MS, input.exemplarRate);
  if (input.reshape) {
    const random = seededRandom(input.seed + 3);
    input.reshape(lineRequests, random);
    input.reshape(exemplarRequests, random);
  }
  const raw = exemplarSeries(exemplarRequests, input.exemplarLabels);
  const annotations = annotationFrames(raw, input.sampling);
  const traces: Record<string, DataFrameJSON> = {};
  if (input.withTraces) {
    const random = seededRandom(input.seed + 2);
    for (const request of exemplarRequests) {
      const trace = traceOf(request, random);
      traces[request.traceId] = traceFrameFromDemoTrace(input.decorateTrace?.(trace, request, random) ?? trace);
    }
  }
  return {
    description: input.description,
    timeRange: { from: FROM_MS, to: TO_MS },
    options: {},
    ...(input.fieldConfig ? { fieldConfig: input.fieldConfig } : {}),
    // Unsampled frames are what a Grafana with this toggle on hands the panel (its NoOpSampler).
    ...(input.sampling === 'none' ? { featureToggles: { disablePrometheusExemplarSampling: true } } : {}),
    targets: targets(),
    series: seriesFrames(lineRequests),
    annotations,
    traces,
    datasources: DEFAULT_DATASOURCES,
    ...(input.includeRaw ? { rawExemplars: raw } : {}),
  };
}

const withTraceId = (request: Request) => ({ trace_id: request.traceId, span_id: request.spanId });

/** The sparse scenario's input, shared with the hardening scenarios built on it. */
const SPARSE: BuildInput = {
  description: 'p50/p90/p99 of three routes, a few hundred exemplars, every trace resolvable',
  seed: 7,
  exemplarRate: 1.5,
  exemplarLabels: withTraceId,
  withTraces: true,
  sampling: 'stddev',
  includeRaw: true,
};

export function shippedScenarios(): Record<string, Scenario> {
  return {
    sparse: buildScenario({
      description: 'p50/p90/p99 of three routes, a few hundred exemplars, every trace resolvable',
      seed: 7,
      exemplarRate: 1.5,
      exemplarLabels: withTraceId,
      withTraces: true,
      sampling: 'stddev',
      includeRaw: true,
    }),
    dense: buildScenario({
      description: '100k exemplars handed to the panel unsampled (stress case); traces not included',
      seed: 11,
      exemplarRate: 100000 / 180,
      exemplarLabels: withTraceId,
      withTraces: false,
      sampling: 'none',
      includeRaw: false,
    }),
    'missing-trace-label': buildScenario({
      description: 'exemplars carry only request_id, no trace ID label',
      seed: 13,
      exemplarRate: 1.5,
      exemplarLabels: (request) => ({ request_id: `req-${request.spanId}` }),
      withTraces: false,
      sampling: 'stddev',
      includeRaw: true,
    }),
    'trace-not-found': buildScenario({
      description: 'exemplars with trace IDs the tracing data source does not know',
      seed: 17,
      exemplarRate: 1.5,
      exemplarLabels: withTraceId,
      withTraces: false,
      sampling: 'stddev',
      includeRaw: true,
    }),
  };
}

// ---- Issue 9 (hardening): hostile text, failure modes, sizes ----

/** Payloads that must stay text wherever the panel shows data. `window.__pwned` is set only if one ever runs. */
export const XSS_IMG = '<img src=x onerror="window.__pwned=1">';
export const XSS_SCRIPT = '<script>window.__pwned=1</script>';

const HOSTILE_STEP_MS = 60_000;

/** A small quantile line every scenario below can draw: `count` points ending at `toMs`. */
function line(
  labels: Record<string, string>,
  toMs: number,
  count: number,
  level: number
): { metric: Record<string, string>; values: Array<[number, string]> } {
  const values: Array<[number, string]> = [];
  for (let i = count - 1; i >= 0; i--) {
    values.push([(toMs - i * HOSTILE_STEP_MS) / 1000, String(level * (1 + 0.3 * Math.sin(i / 3)))]);
  }
  return { metric: labels, values };
}

function hexId(seed: number, length: number): string {
  const random = seededRandom(seed);
  return Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
}

/** A trace whose every text field carries a payload. */
function hostileTrace(traceId: string, startMs: number): DemoTrace {
  const rootId = hexId(traceId.length + startMs, 16);
  const span = (
    spanId: string,
    parentSpanId: string | undefined,
    name: string,
    offset: number,
    duration: number,
    statusCode: 0 | 2
  ): DemoSpan => ({
    traceId,
    spanId,
    parentSpanId,
    name,
    serviceName: `${XSS_IMG} svc`,
    kind: 'SERVER',
    startTimeMs: startMs + offset,
    durationMs: duration,
    attributes: {
      [`attr ${XSS_IMG}`]: XSS_SCRIPT,
      'http.route': XSS_IMG,
      'http.response.status_code': statusCode === 2 ? 500 : 200,
    },
    resource: { 'service.version': XSS_SCRIPT },
    statusCode,
    statusMessage: statusCode === 2 ? `failed: ${XSS_SCRIPT}` : undefined,
    events: [
      { name: `event ${XSS_IMG}`, timeMs: startMs + offset + 1, attributes: { 'exception.message': XSS_SCRIPT } },
    ],
    links: [{ traceId: XSS_IMG, spanId: XSS_SCRIPT }],
  });
  // The error span is the drawer's first selection: its details show every payload.
  return {
    traceId,
    spans: [
      span(rootId, undefined, `GET ${XSS_SCRIPT}`, 0, 120, 0),
      span(hexId(startMs, 16), rootId, `charge ${XSS_IMG}`, 10, 80, 2),
    ],
  };
}

/**
 * Every text the panel shows from data carries a payload: series labels and legends, exemplar labels, span
 * names, attributes, events, links; and trace links built from `javascript:`/`data:` templates. Exemplars by
 * link kind (each its own label, so each takes its own rule):
 * - `trace_id` (hex, mapped by the data source to Tempo): a trace full of payloads, the leftmost exemplars;
 * - `ext_id`: an https template with a payload label interpolated (a safe, encoded href);
 * - `js_id`, `data_id`, `tab_id`: `javascript:`, `data:` and `\tjavascript:` templates (refused, shown as text);
 * - `trace_id` set to a payload: not a trace ID (refused before any query).
 */
function hostileScenario(): Scenario {
  const toMs = TO_MS;
  const fromMs = toMs - 60 * HOSTILE_STEP_MS;
  const routes = [XSS_IMG, XSS_SCRIPT];
  const shape = (refId: string, quantile: number): PromQueryShape => ({
    refId,
    expr: `histogram_quantile(${quantile}, sum by (le, route) (rate(${METRIC}_bucket[1m0s])))`,
    stepMs: HOSTILE_STEP_MS,
    legendFormat: `p${Math.round(quantile * 100)} {{route}}`,
  });
  const series = [
    ...matrixFrames(
      routes.map((route, i) => line({ route }, toMs, 60, 0.2 + i * 0.2)),
      shape('A', 0.5)
    ),
    ...matrixFrames(
      routes.map((route, i) => line({ route }, toMs, 60, 0.8 + i * 0.6)),
      shape('C', 0.99)
    ),
  ];
  const traces: Record<string, DataFrameJSON> = {};
  const exemplars: PromExemplarSeries[] = routes.map((route) => ({
    seriesLabels: { __name__: `${METRIC}_bucket`, le: '+Inf', route },
    exemplars: [],
  }));
  const add = (route: number, minute: number, value: number, labels: Record<string, string>) =>
    exemplars[route].exemplars.push({
      labels: { note: XSS_IMG, user: XSS_SCRIPT, ...labels },
      value: value.toFixed(6),
      timestamp: (fromMs + minute * HOSTILE_STEP_MS) / 1000,
    });
  for (let i = 0; i < 6; i++) {
    const traceId = hexId(100 + i, 32);
    traces[traceId] = traceFrameFromDemoTrace(hostileTrace(traceId, fromMs + (2 + i) * HOSTILE_STEP_MS - 200));
    add(i % 2, 2 + i * 1.5, 0.9 + i * 0.05, { trace_id: traceId });
  }
  // Plain label values to find the rows by: the table's filter box escapes regex characters (see the report).
  add(0, 20, 1.1, { ext_id: 'ext1' });
  add(1, 26, 1.6, { js_id: 'js1' });
  add(0, 32, 1.2, { data_id: 'data1' });
  add(1, 38, 1.7, { tab_id: 'tab1' });
  add(0, 44, 1.3, { trace_id: XSS_SCRIPT, case: 'payloadtrace' });
  add(1, 50, 1.8, { dsjs_id: 'dsjs1' });
  const annotations = exemplarFrames(exemplars, shape('C', 0.99), 'none').map((frame) => ({
    ...frame,
    schema: { ...frame.schema!, meta: { ...frame.schema!.meta, dataTopic: 'annotations' as never } },
  }));
  const datasources = DEFAULT_DATASOURCES.map((source) =>
    source.type === 'prometheus'
      ? {
          ...source,
          jsonData: {
            ...source.jsonData,
            exemplarTraceIdDestinations: [
              { name: 'trace_id', datasourceUid: 'tempo' },
              { name: 'dsjs_id', url: 'javascript:window.__pwned=1//${__value.raw}', urlDisplayLabel: XSS_IMG },
            ],
          },
        }
      : source
  );
  return {
    description: 'XSS payloads in every text the panel shows, and trace link templates with javascript:/data: schemes',
    timeRange: { from: fromMs, to: toMs },
    options: {
      labelMapping: {
        rules: [
          {
            labelName: 'ext_id',
            kind: 'url',
            url: 'https://tool.example/trace/${__value.raw}?note=${__data.fields.note}',
            displayLabel: `Open ${XSS_IMG}`,
          },
          {
            labelName: 'js_id',
            kind: 'url',
            url: 'javascript:window.__pwned=1//${__value.raw}',
            displayLabel: XSS_SCRIPT,
          },
          { labelName: 'data_id', kind: 'url', url: `data:text/html,${XSS_SCRIPT}`, displayLabel: 'data' },
          { labelName: 'tab_id', kind: 'url', url: '\tjava%73cript:window.__pwned=1', displayLabel: 'tab' },
        ],
        useDatasourceDefaults: true,
        autoDetect: true,
      },
    },
    targets: latencyTargets().filter((target) => target.refId !== 'B'),
    series,
    annotations,
    traces,
    datasources,
    rawExemplars: exemplars,
  };
}

/** The panel's own query builder pointed at a data source uid (missing, or not Prometheus). */
function builderScenario(description: string, datasourceUid: string): Scenario {
  const base = buildScenario(SPARSE);
  return {
    ...base,
    description,
    options: { query: { metric: METRIC, datasourceUid, quantiles: [0.5, 0.99] } },
    rawExemplars: undefined,
  };
}

/** Thousands of latency lines (one per route): the panel must still draw, not hang or go blank. */
function manySeriesScenario(count: number): Scenario {
  const toMs = TO_MS;
  const shape: PromQueryShape = {
    refId: 'C',
    expr: `histogram_quantile(0.99, sum by (le, route) (rate(${METRIC}_bucket[1m0s])))`,
    stepMs: HOSTILE_STEP_MS,
    legendFormat: 'p99 {{route}}',
  };
  const lines = Array.from({ length: count }, (_, i) => line({ route: `/api/r${i}` }, toMs, 30, 0.05 + (i % 97) / 50));
  return {
    description: `${count} latency lines`,
    timeRange: { from: toMs - 30 * HOSTILE_STEP_MS, to: toMs },
    options: {},
    targets: latencyTargets().slice(2),
    series: matrixFrames(lines, shape),
    annotations: [],
    traces: {},
    datasources: DEFAULT_DATASOURCES,
  };
}

/** A time range of zero width (from = to), with data around it. */
function zeroRangeScenario(): Scenario {
  const base = buildScenario(SPARSE);
  const at = base.timeRange.to - 20 * 60_000;
  return { ...base, description: 'zero-width time range', timeRange: { from: at, to: at } };
}

export function hardeningScenarios(): Record<string, Scenario> {
  return {
    hostile: hostileScenario(),
    builder: builderScenario(
      'the query builder of the panel on the Prometheus data source (failure tests break that data source)',
      'prometheus'
    ),
    'prometheus-missing': builderScenario(
      'the builder names a Prometheus data source that does not exist (deleted)',
      'deleted-prometheus'
    ),
    'prometheus-wrong-type': builderScenario('the builder names a data source that is not Prometheus (Tempo)', 'tempo'),
    'many-series': manySeriesScenario(2000),
    'zero-range': zeroRangeScenario(),
  };
}

// ---- Feature scenarios (issues 7, 8, 12) ----

/** A 50k-span trace: a root, 50 services' subtrees, errors sprinkled in; the drawer must stay interactive. */
function bigTrace(traceId: string, startMs: number, spanCount: number): DemoTrace {
  const random = seededRandom(99);
  const spans: DemoSpan[] = [];
  const add = (parentSpanId: string | undefined, depth: number, offsetMs: number, durationMs: number): string => {
    const spanId = (spans.length + 1).toString(16).padStart(16, '0');
    const service = `svc-${spans.length % 50}`;
    spans.push({
      traceId,
      spanId,
      parentSpanId,
      name: depth === 0 ? 'POST /api/checkout' : `op-${depth}-${spans.length % 97}`,
      serviceName: depth === 0 ? 'shop-api' : service,
      kind: depth === 0 ? 'SERVER' : 'INTERNAL',
      startTimeMs: startMs + offsetMs,
      durationMs,
      attributes: { 'span.index': spans.length },
      resource: { 'service.name': service },
      statusCode: spans.length % 997 === 0 ? 2 : 0,
      events: [],
      links: [],
    });
    return spanId;
  };
  const root = add(undefined, 0, 0, 5000);
  // Breadth first, each span 1–4 children, until the count is reached: a wide, realistic-looking tree.
  const queue: Array<{ id: string; depth: number; offset: number; duration: number }> = [
    { id: root, depth: 0, offset: 0, duration: 5000 },
  ];
  while (spans.length < spanCount && queue.length > 0) {
    const parent = queue.shift()!;
    const children = 1 + Math.floor(random() * 4);
    for (let c = 0; c < children && spans.length < spanCount; c++) {
      const offset = parent.offset + random() * parent.duration * 0.5;
      const duration = Math.max(0.01, (parent.offset + parent.duration - offset) * random());
      queue.push({ id: add(parent.id, parent.depth + 1, offset, duration), depth: parent.depth + 1, offset, duration });
    }
  }
  return { traceId, spans };
}

/** The sparse scenario with one exemplar only, whose trace has 50,000 spans. */
function bigTraceScenario(): Scenario {
  const base = buildScenario(SPARSE);
  const traceId = 'b16b16b16b16b16b16b16b16b16b16b1'.slice(0, 32);
  const atMs = base.timeRange.from + 30 * 60_000;
  const exemplars: PromExemplarSeries[] = [
    {
      seriesLabels: { __name__: `${METRIC}_bucket`, le: '+Inf', route: '/api/checkout' },
      exemplars: [{ labels: { trace_id: traceId }, value: '5.000000', timestamp: atMs / 1000 }],
    },
  ];
  const shape: PromQueryShape = {
    refId: 'C',
    expr: `histogram_quantile(0.99, sum by (le, route) (rate(${METRIC}_bucket[1m0s])))`,
    stepMs: STEP_MS,
  };
  const annotations = exemplarFrames(exemplars, shape, 'none').map((frame) => ({
    ...frame,
    schema: { ...frame.schema!, meta: { ...frame.schema!.meta, dataTopic: 'annotations' as never } },
  }));
  return {
    ...base,
    description: 'one exemplar whose trace has 50,000 spans (drawer performance)',
    annotations,
    traces: { [traceId]: traceFrameFromDemoTrace(bigTrace(traceId, atMs - 5000, 50_000)) },
    rawExemplars: exemplars,
  };
}

/** The data source maps `trace_id`; the application writes `traceID`. */
function labelMismatchScenario(): Scenario {
  const base = buildScenario({
    ...SPARSE,
    exemplarLabels: (request) => ({ traceID: request.traceId }),
    withTraces: true,
  });
  return {
    ...base,
    description: 'exemplars carry traceID while the Prometheus data source maps trace_id; auto-detection off',
    options: { labelMapping: { rules: [], useDatasourceDefaults: true, autoDetect: false } },
  };
}

/** A Mimir data source: the histogram has data, the exemplar store keeps none (max_global_exemplars_per_user = 0). */
function mimirScenario(): Scenario {
  const base = buildScenario(SPARSE);
  const datasources = DEFAULT_DATASOURCES.map((source) =>
    source.type === 'prometheus' ? { ...source, jsonData: { ...source.jsonData, prometheusType: 'Mimir' } } : source
  );
  return {
    ...base,
    description: 'Mimir without exemplars: lines, no exemplar frames',
    annotations: [],
    rawExemplars: [],
    datasources,
  };
}

/** Exemplars at 0 s in the heavy-tail scenarios: a log axis cannot draw them, and the panel says how many. */
const HEAVY_TAIL_ZEROS = 12;

/**
 * Latency as it often is: most requests well under a second, a 0.2 % tail at 8–12 s (timeouts, retries), and a
 * few exemplars recorded at 0 s. On a linear axis the tail squeezes everything else into the bottom few percent.
 */
function heavyTail(requests: Request[], random: () => number): void {
  let zeros = 0;
  for (const [i, request] of requests.entries()) {
    if (random() < 0.002) {
      request.latency = 8 + random() * 4;
    } else if (i % 4999 === 4998 && zeros < HEAVY_TAIL_ZEROS) {
      request.latency = 0;
      zeros++;
    }
  }
}

function heavyTailScenario(scale: 'log' | 'linear'): Scenario {
  return buildScenario({
    description: `~60,000 exemplars with a 0.2 % tail at 8–12 s and ${HEAVY_TAIL_ZEROS} at 0 s, on a ${scale === 'log' ? 'log10' : 'linear'} latency axis`,
    seed: 23,
    exemplarRate: 60000 / 180,
    exemplarLabels: withTraceId,
    withTraces: false,
    sampling: 'none',
    includeRaw: false,
    reshape: heavyTail,
    fieldConfig: {
      defaults: scale === 'log' ? { custom: { scaleDistribution: { type: 'log', log: 10 } } } : {},
      overrides: [],
    },
  });
}

/**
 * A slow tail with a cause to find (issue 22): 8 % of requests take 1.2–3 s, and nearly all of them ran on pod
 * `shop-2` (exemplar label `pod`) and missed the session cache (span attribute `cache.hit=false`); fast requests
 * rarely do either. A box over the slow region must rank `pod=shop-2` first among labels and `cache.hit=false`
 * first among trace attributes.
 */
function slowCauseScenario(): Scenario {
  const slow = new Set<string>();
  const pods = new Map<string, string>();
  const reshape = (requests: Request[], random: () => number) => {
    for (const request of requests) {
      const isSlow = random() < 0.08;
      if (isSlow) {
        request.latency = 1.2 + random() * 1.8;
        slow.add(request.traceId);
      }
      const onPod2 = random() < (isSlow ? 0.95 : 0.05);
      pods.set(request.traceId, onPod2 ? 'shop-2' : random() < 0.5 ? 'shop-0' : 'shop-1');
    }
  };
  const decorateTrace = (trace: DemoTrace, request: Request, random: () => number): DemoTrace => {
    const root = trace.spans[0];
    const hit = slow.has(request.traceId) ? random() < 0.02 : random() < 0.97;
    const lookup: DemoSpan = {
      ...root,
      spanId: hexId(root.startTimeMs + trace.spans.length, 16),
      parentSpanId: root.spanId,
      name: 'GET cart:session',
      kind: 'CLIENT',
      startTimeMs: root.startTimeMs + 0.5,
      durationMs: Math.min(2, root.durationMs * 0.02),
      attributes: { 'db.system': 'redis', 'cache.hit': hit },
      resource: {},
      statusCode: 0,
      statusMessage: undefined,
      events: [],
      links: [],
    };
    return { ...trace, spans: [...trace.spans, lookup] };
  };
  return buildScenario({
    description:
      'a slow tail with a cause: 8 % of requests at 1.2–3 s, nearly all on pod shop-2 and missing the cache (cache.hit=false), every trace resolvable',
    seed: 29,
    exemplarRate: 3,
    exemplarLabels: (request) => ({ ...withTraceId(request), pod: pods.get(request.traceId) ?? 'shop-0' }),
    withTraces: true,
    sampling: 'none',
    includeRaw: true,
    reshape,
    decorateTrace,
  });
}

export function featureScenarios(): Record<string, Scenario> {
  return {
    'big-trace': bigTraceScenario(),
    'label-mismatch': labelMismatchScenario(),
    mimir: mimirScenario(),
    'heavy-tail': heavyTailScenario('log'),
    'heavy-tail-linear': heavyTailScenario('linear'),
    'slow-cause': slowCauseScenario(),
  };
}

// ---- Panel diagnostics (sandbox/tests/panel-diagnostics.spec.ts) ----

/** A recording rule's name (with ':'): aggregated buckets, which carry no exemplars. */
export const RECORDING_RULE_METRIC = `job:${METRIC}`;

/** The sparse scenario's lines without any exemplar: what Prometheus answers when it keeps or sends none. */
function withoutExemplars(description: string, extra: Partial<Scenario> = {}): Scenario {
  return { ...buildScenario(SPARSE), description, annotations: [], rawExemplars: [], traces: {}, ...extra };
}

export function panelDiagnosticScenarios(): Record<string, Scenario> {
  return {
    'panel-no-exemplars': withoutExemplars(
      'lines, no exemplars: Prometheus without --enable-feature=exemplar-storage or a target not scraped as OpenMetrics'
    ),
    'panel-exemplars-off': withoutExemplars('lines, no exemplars: the Exemplars toggle of every panel query is off', {
      targets: targets().map((target) => ({ ...target, exemplar: false })),
    }),
    'panel-no-series': withoutExemplars('the panel queries return no series (not a histogram, or nothing in range)', {
      series: [],
    }),
    // The trace ID sits in a label no rule knows and whose name does not say "trace": only its values look like IDs.
    'panel-unmapped-id': {
      ...buildScenario({ ...SPARSE, exemplarLabels: (request) => ({ request_id: request.traceId }) }),
      description: 'exemplars carry the trace ID as request_id (32 hex), which no rule maps; every trace resolvable',
    },
    'panel-recording-rule': withoutExemplars(
      'the query builder on a recording rule (name with ":"): lines, no exemplars',
      {
        options: { query: { metric: RECORDING_RULE_METRIC, datasourceUid: 'prometheus', quantiles: [0.5, 0.9, 0.99] } },
      }
    ),
  };
}

// ---- Issue 17: a dashboard of several panels, as Grafana's dashboard-scene runs them ----

/** A frame answering the query with this refId (the seed dashboard's panel query is refId A). */
function withRefId(frame: DataFrameJSON, refId: string): DataFrameJSON {
  return { ...frame, schema: { fields: [], ...frame.schema, refId } };
}

/**
 * Four panels on the sparse traffic: the builder; panel-queries mode with the seed dashboard's p99 query and
 * `exemplar: true` (provisioning/dashboards/dashboard.json, what its query returned); *All* mode; and a builder
 * panel filtered by `$route`, repeated per route.
 */
function dashboardScenario(): Scenario {
  const base = buildScenario(SPARSE);
  const builder = {
    datasourceUid: 'prometheus',
    metric: METRIC,
    quantiles: [0.5, 0.9, 0.99],
    groupBy: ['route'],
    exemplars: true,
  };
  const seedTarget = { ...latencyTargets()[2], refId: 'A', legendFormat: 'p99 {{route}}' };
  return {
    ...base,
    description:
      'a dashboard: builder, panel queries (seed query, exemplar on), All mode, and a panel repeated by $route',
    options: undefined,
    targets: undefined,
    variables: [{ name: 'route', values: ['/api/products', '/api/cart', '/api/checkout'] }],
    panels: [
      { id: 1, title: 'Builder', options: { query: builder } },
      {
        id: 2,
        title: 'Panel queries',
        options: {},
        targets: [seedTarget],
        series: base.series.filter((frame) => frame.schema?.refId === 'C').map((frame) => withRefId(frame, 'A')),
        annotations: (base.annotations ?? []).map((frame) => withRefId(frame, 'A')),
      },
      { id: 3, title: 'All exemplars', options: { query: builder, exemplars: { source: 'all' } } },
      {
        id: 4,
        title: 'Route $route',
        repeat: 'route',
        options: { query: { ...builder, groupBy: [], filters: [{ label: 'route', op: '=', value: '$route' }] } },
      },
    ],
  };
}

/**
 * A saved dashboard whose only panel has no title (Grafana then draws its hover header over the panel) and an
 * isolated series: the `hideSeriesFrom` override a legend click writes through PanelContext (Scenes'
 * seriesVisibilityConfigFactory, "All except" form), saved with the dashboard.
 */
function savedLegendScenario(): Scenario {
  const base = buildScenario(SPARSE);
  const hideSeriesFrom = {
    __systemRef: 'hideSeriesFrom',
    matcher: {
      id: 'byNames',
      options: { mode: 'exclude', names: ['p99 /api/checkout'], prefix: 'All except:', readOnly: true },
    },
    properties: [{ id: 'custom.hideFrom', value: { viz: true, legend: false, tooltip: true } }],
  };
  return {
    ...base,
    description: 'an untitled panel saved with one series isolated in the legend (a hideSeriesFrom override)',
    panels: [
      {
        id: 1,
        title: '',
        options: {},
        fieldConfig: { defaults: {}, overrides: [hideSeriesFrom] },
        targets: base.targets,
        series: base.series,
        annotations: base.annotations,
      },
    ],
  };
}

// ---- Native options (sandbox/tests/native-options.spec.ts) ----

/** The series a native-options override recolours, and the colour (pure green, easy to find in the pixels). */
export const OVERRIDE_SERIES = 'p99 /api/checkout';
export const OVERRIDE_COLOR = '#00ff00';

/** A data link on every line, with the field's own labels and the hovered time (shown in the pinned tooltip). */
export const RUNBOOK_LINK = {
  title: 'Runbook for ${__field.labels.route}',
  url: 'https://runbooks.example.com/latency?route=${__field.labels.route}&t=${__value.time}',
};

/**
 * The sparse scenario with field config and panel options as a Grafana user sets them: a unit, a data link, a
 * colour override by name (exemplars in Series colour mode follow it), a table legend with mean and max on the
 * right; `hidden` adds a hide-in-viz override (by regex) on the checkout lines.
 */
function nativeOptionsScenario(hidden: boolean): Scenario {
  const colour = {
    matcher: { id: 'byName', options: OVERRIDE_SERIES },
    properties: [{ id: 'color', value: { mode: 'fixed', fixedColor: OVERRIDE_COLOR } }],
  };
  const hide = {
    matcher: { id: 'byRegexp', options: '.*/api/checkout' },
    properties: [{ id: 'custom.hideFrom', value: { viz: true, legend: false, tooltip: false } }],
  };
  return {
    ...buildScenario(SPARSE),
    description: hidden
      ? 'native options, with the /api/checkout lines hidden from the viz by a regex override'
      : 'native options: unit percent (0.0-1.0), a data link, a colour override on one line, a table legend with mean and max',
    options: {
      legend: { showLegend: true, displayMode: 'table', placement: 'right', calcs: ['mean', 'max'] },
      exemplars: { colorMode: 'series' },
    },
    fieldConfig: {
      defaults: { unit: 'percentunit', links: [RUNBOOK_LINK] },
      overrides: hidden ? [colour, hide] : [colour],
    },
  };
}

export function nativeOptionsScenarios(): Record<string, Scenario> {
  return {
    'native-options': nativeOptionsScenario(false),
    'native-options-hidden': nativeOptionsScenario(true),
    'native-options-many': {
      ...manySeriesScenario(2000),
      description: '2000 series with a table legend on the right showing mean and max',
      options: { legend: { showLegend: true, displayMode: 'table', placement: 'right', calcs: ['mean', 'max'] } },
    },
  };
}

export function dashboardScenarios(): Record<string, Scenario> {
  return { dashboard: dashboardScenario(), 'saved-legend': savedLegendScenario() };
}

function main(): void {
  const outIndex = process.argv.indexOf('--out');
  const outDir = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(process.cwd(), 'sandbox/dist/scenarios'));
  mkdirSync(outDir, { recursive: true });
  for (const [name, scenario] of Object.entries({
    ...shippedScenarios(),
    ...hardeningScenarios(),
    ...featureScenarios(),
    ...panelDiagnosticScenarios(),
    ...dashboardScenarios(),
    ...nativeOptionsScenarios(),
  })) {
    const file = join(outDir, `${name}.json`);
    writeFileSync(file, JSON.stringify(scenario));
    const exemplarRows = scenario.annotations?.[0]?.data?.values[0]?.length ?? 0;
    console.log(`scenario ${name}: ${scenario.series.length} series, ${exemplarRows} exemplars → ${file}`);
  }
}

main();
