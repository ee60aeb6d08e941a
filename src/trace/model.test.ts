import { createDataFrame, FieldType } from '@grafana/data';

import {
  checkoutTraceSpans,
  cyclicTraceSpans,
  deepChainSpans,
  duplicateIdTraceSpans,
  FIXTURE_EPOCH_MS,
  FIXTURE_TRACE_ID,
  largeTraceSpans,
  orphanTraceSpans,
  traceFrameFromSpans,
  type FixtureSpan,
} from './__fixtures__/traceFrames';
import { growthRatio, linearBound } from '../testing/growth';
import { buildTraceModel } from './model';
import { getSpanDetails } from './spanDetails';
import type { TraceModel } from './types';

function modelOf(spans: FixtureSpan[], options?: Parameters<typeof traceFrameFromSpans>[1]): TraceModel {
  const result = buildTraceModel(traceFrameFromSpans(spans, options));
  if (!result.ok) {
    throw new Error(result.error);
  }
  return result.model;
}

const positionOf = (model: TraceModel, spanId: string) => model.spanIds.indexOf(spanId);
const short = (id: string) => id.replace(/^a0+/, '');

describe('buildTraceModel on a hand-made checkout trace', () => {
  const model = modelOf(checkoutTraceSpans());

  it('orders spans depth-first with children by start time, with depth and parents', () => {
    expect(model.spanIds.map(short)).toEqual(['1', '2', '4', '3', '5', '6', '7']);
    expect(Array.from(model.depth)).toEqual([0, 1, 2, 1, 2, 2, 1]);
    expect(Array.from(model.parentPosition)).toEqual([-1, 0, 1, 0, 3, 3, 0]);
    expect(Array.from(model.childCount)).toEqual([3, 1, 0, 2, 0, 0, 0]);
    expect(Array.from(model.subtreeEnd)).toEqual([7, 3, 3, 6, 5, 6, 7]);
  });

  it('summarizes the trace', () => {
    expect(model.traceId).toBe(FIXTURE_TRACE_ID);
    expect(model.root).toEqual({
      position: 0,
      spanId: 'a000000000000001',
      serviceName: 'frontend',
      operationName: 'GET /checkout',
    });
    expect(model.startMs).toBe(FIXTURE_EPOCH_MS);
    expect(model.durationMs).toBe(100);
    expect(model.spanCount).toBe(7);
    expect(model.serviceCount).toBe(5);
    expect(model.warnings).toEqual([]);
  });

  it('flags the error span', () => {
    expect(Array.from(model.errorPositions).map((p) => short(model.spanIds[p]))).toEqual(['3']);
  });

  it('computes the critical path like Grafana/Jaeger', () => {
    const path = model.criticalPath.map((s) => [
      short(s.spanId),
      s.startMs - FIXTURE_EPOCH_MS,
      s.endMs - FIXTURE_EPOCH_MS,
    ]);
    expect(path).toEqual([
      ['1', 0, 5],
      ['2', 5, 10],
      ['4', 10, 25],
      ['2', 25, 30],
      ['1', 30, 35],
      ['3', 35, 50],
      ['6', 50, 85],
      ['3', 85, 90],
      ['1', 90, 92],
      ['7', 92, 98],
      ['1', 98, 100],
    ]);
    // fraudCheck ran in parallel with authorize and finished earlier: not on the path.
    expect(model.onCriticalPath[positionOf(model, 'a000000000000005')]).toBe(0);
    const total = model.criticalPath.reduce((sum, s) => sum + s.endMs - s.startMs, 0);
    expect(total).toBe(100);
  });

  it('computes self time per span and per service', () => {
    const selfTime = Object.fromEntries(model.spanIds.map((id, p) => [short(id), model.selfTimeMs[p]]));
    expect(selfTime).toEqual({ '1': 14, '2': 10, '4': 15, '3': 10, '5': 20, '6': 35, '7': 6 });
    const byService = Object.fromEntries(
      model.services.map((s) => [s.name, [s.spanCount, s.selfTimeMs, s.errorCount]])
    );
    expect(byService).toEqual({
      frontend: [2, 20, 0],
      cart: [1, 10, 0],
      db: [1, 15, 0],
      payment: [2, 30, 1],
      bank: [1, 35, 0],
    });
  });

  it('reads span details from the kept columns', () => {
    const details = getSpanDetails(model, positionOf(model, 'a000000000000003'));
    expect(details).toMatchObject({
      spanId: 'a000000000000003',
      parentSpanId: 'a000000000000001',
      operationName: 'charge',
      serviceName: 'payment',
      statusCode: 2,
      statusMessage: 'card declined',
      durationMs: 55,
    });
    expect(details?.serviceTags).toEqual([{ key: 'service.name', value: 'payment' }]);
    expect(getSpanDetails(model, 99)).toBeUndefined();
  });

  it('gives the same model for the Jaeger frame shape and for JSON-as-text columns', () => {
    const jaeger = modelOf(checkoutTraceSpans(), { format: 'jaeger' });
    expect(jaeger.spanIds).toEqual(model.spanIds);
    expect(jaeger.criticalPath).toEqual(model.criticalPath);
    // Jaeger frames carry no statusCode column: the error comes from tags.
    expect(jaeger.errorPositions.length).toBe(0);
    const spans = checkoutTraceSpans().map((s) =>
      s.statusCode === 2 ? { ...s, tags: [{ key: 'error', value: true }] } : s
    );
    const jaegerWithTag = modelOf(spans, { format: 'jaeger', jsonAsText: true });
    expect(Array.from(jaegerWithTag.errorPositions)).toEqual(Array.from(model.errorPositions));
  });
});

describe('error detection', () => {
  const errorOf = (span: Partial<FixtureSpan>) =>
    modelOf([{ spanID: 'a', startTime: 0, duration: 1, ...span }]).isError[0] === 1;

  it.each([
    ['status code 2', { statusCode: 2 }, true],
    ['status code 1', { statusCode: 1 }, false],
    ['error=true', { tags: [{ key: 'error', value: true }] }, true],
    ['error="true"', { tags: [{ key: 'error', value: 'true' }] }, true],
    ['error=false', { tags: [{ key: 'error', value: false }] }, false],
    ['otel.status_code=ERROR', { tags: [{ key: 'otel.status_code', value: 'ERROR' }] }, true],
    ['http.status_code 503', { tags: [{ key: 'http.status_code', value: 503 }] }, true],
    ['http.response.status_code "500"', { tags: [{ key: 'http.response.status_code', value: '500' }] }, true],
    ['http 404', { tags: [{ key: 'http.status_code', value: 404 }] }, false],
  ])('%s → %s', (_name, span, expected) => {
    expect(errorOf(span as Partial<FixtureSpan>)).toBe(expected);
  });
});

describe('robustness', () => {
  it('shows orphans as additional top-level spans and warns', () => {
    const model = modelOf(orphanTraceSpans());
    expect(model.spanIds).toEqual(['r', 'x', 'w', 'y', 'z']);
    expect(Array.from(model.depth)).toEqual([0, 1, 0, 0, 1]);
    expect(Array.from(model.isOrphan)).toEqual([0, 0, 1, 1, 0]);
    expect(model.root.spanId).toBe('r');
    expect(model.warnings).toEqual([expect.objectContaining({ kind: 'orphan', count: 2, sampleSpanIds: ['y', 'w'] })]);
  });

  it('takes the earliest orphan as root when no span declares no parent', () => {
    const model = modelOf(orphanTraceSpans().filter((s) => s.spanID !== 'r' && s.spanID !== 'x'));
    expect(model.root.spanId).toBe('w');
  });

  it('cuts parent cycles at their earliest span, warns, and keeps every span', () => {
    const model = modelOf(cyclicTraceSpans());
    expect(model.spanIds).toEqual(['r', 'p', 'q', 's', 't', 'self']);
    expect(Array.from(model.depth)).toEqual([0, 0, 1, 2, 3, 0]);
    expect(model.warnings).toEqual([
      expect.objectContaining({ kind: 'cycle', count: 2, sampleSpanIds: ['p', 'self'] }),
    ]);
    expect(model.root.spanId).toBe('r');
  });

  it('keeps duplicate span IDs, attaches children to the first, and warns', () => {
    const model = modelOf(duplicateIdTraceSpans());
    expect(model.operationNames).toEqual(['operation', 'first', 'operation', 'second']);
    expect(model.spanIds).toEqual(['r', 'd', 'c', 'd']);
    expect(Array.from(model.parentPosition)).toEqual([-1, 0, 1, 0]);
    expect(model.warnings).toEqual([expect.objectContaining({ kind: 'duplicate-span-id', count: 1 })]);
  });

  it('clamps children outside their parent (clock skew) for display and warns', () => {
    const model = modelOf([
      { spanID: 'p', startTime: 100, duration: 50 },
      { spanID: 'early', parentSpanID: 'p', startTime: 90, duration: 20 },
      { spanID: 'late', parentSpanID: 'p', startTime: 140, duration: 30 },
      { spanID: 'outside', parentSpanID: 'p', startTime: 300, duration: 5 },
    ]);
    const view = model.spanIds.map((id, p) => [id, model.spanStartMs[p], model.spanDurationMs[p], model.isClamped[p]]);
    expect(view).toEqual([
      ['p', 100, 50, 0],
      ['early', 100, 10, 1],
      ['late', 140, 10, 1],
      ['outside', 150, 0, 1],
    ]);
    expect(model.durationMs).toBe(50);
    expect(model.warnings).toEqual([expect.objectContaining({ kind: 'clock-skew', count: 3 })]);
  });

  it('repairs negative / NaN durations and missing starts with warnings', () => {
    const model = modelOf([
      { spanID: 'p', startTime: 100, duration: 50 },
      { spanID: 'neg', parentSpanID: 'p', startTime: 110, duration: -5 },
      { spanID: 'nan', parentSpanID: 'p', startTime: 120, duration: NaN },
      { spanID: 'nostart', parentSpanID: 'p', startTime: NaN, duration: 10 },
    ]);
    const byId = Object.fromEntries(
      model.spanIds.map((id, p) => [id, [model.spanStartMs[p], model.spanDurationMs[p]]])
    );
    expect(byId).toEqual({ p: [100, 50], neg: [110, 0], nan: [120, 0], nostart: [100, 10] });
    expect(model.warnings.map((w) => [w.kind, w.count])).toEqual([
      ['invalid-duration', 2],
      ['invalid-start', 1],
    ]);
  });

  it('warns about several true roots and picks the earliest', () => {
    const model = modelOf([
      { spanID: 'b', startTime: 20, duration: 5 },
      { spanID: 'a', startTime: 10, duration: 5 },
    ]);
    expect(model.root.spanId).toBe('a');
    expect(model.warnings).toEqual([expect.objectContaining({ kind: 'multiple-roots', count: 2 })]);
  });

  it('treats an all-zero parent ID as no parent', () => {
    const model = modelOf([{ spanID: 'a', parentSpanID: '0000000000000000', startTime: 0, duration: 1 }]);
    expect(model.isOrphan[0]).toBe(0);
    expect(model.warnings).toEqual([]);
  });

  it('returns a readable error for frames that are not traces, never throws', () => {
    const notTrace = createDataFrame({ fields: [{ name: 'Time', type: FieldType.time, values: [1] }] });
    expect(buildTraceModel(notTrace)).toEqual({
      ok: false,
      error: 'Not a trace frame: fields "spanID", "startTime", "duration" missing.',
    });
    expect(buildTraceModel(traceFrameFromSpans([]))).toEqual({ ok: false, error: 'The trace has no spans.' });
    expect(buildTraceModel(undefined)).toEqual({ ok: false, error: 'No trace data: the response has no data frame.' });
    expect(buildTraceModel({ fields: null } as never).ok).toBe(false);
  });

  it('reads tags and status codes that are objects as not numbers instead of calling into them (found by the fuzz test)', () => {
    // Number({ toString: 0 }) throws: the whole trace used to fail with "Could not read the trace".
    const hostile = { toString: 0 };
    const frame = traceFrameFromSpans([
      { spanID: 'a', startTime: 0, duration: 5, tags: [{ key: 'http.status_code', value: hostile }] },
      {
        spanID: 'b',
        parentSpanID: 'a',
        startTime: 1,
        duration: 2,
        statusCode: hostile,
        tags: [{ key: 'http.status_code', value: 503 }],
      },
    ] as never);
    const result = buildTraceModel(frame);
    expect(result.ok).toBe(true);
    const model = result.ok ? result.model : undefined;
    expect(model?.spanCount).toBe(2);
    expect(Array.from(model?.isError ?? [])).toEqual([0, 1]);
    expect(model && getSpanDetails(model, 1)?.statusCode).toBeUndefined();
  });

  it('builds a 10k-deep chain without overflowing the stack', () => {
    const model = modelOf(deepChainSpans(10_000));
    expect(model.depth[9_999]).toBe(9_999);
    expect(model.subtreeEnd[0]).toBe(10_000);
    expect(model.criticalPath.length).toBeGreaterThan(1);
    expect(model.onCriticalPath[9_999]).toBe(1);
  });
});

describe('a 50k-span trace', () => {
  const frame = traceFrameFromSpans(largeTraceSpans(50_000, 7));

  // The < 100 ms budget is measured in plain Node (`src/trace/__fixtures__/measureBuild.ts`); here only how the
  // time grows with the span count is pinned, which catches complexity regressions on any machine.
  it('builds in linear-ish time', () => {
    const smaller = traceFrameFromSpans(largeTraceSpans(6_250, 7));
    const build = (count: number) => expect(buildTraceModel(count === 50_000 ? frame : smaller).ok).toBe(true);
    expect(growthRatio(build, 6_250, 8, 3)).toBeLessThan(linearBound(8));
    const result = buildTraceModel(frame);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.model.spanCount).toBe(50_000);
      expect(result.model.warnings).toEqual([]);
      expect(result.model.serviceCount).toBe(20);
      const pathTotal = result.model.criticalPath.reduce((sum, s) => sum + s.endMs - s.startMs, 0);
      expect(pathTotal).toBeCloseTo(result.model.spanDurationMs[result.model.root.position], 6);
    }
  });
});
