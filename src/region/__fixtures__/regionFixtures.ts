import { LabelColumns } from '../../data/columnar';
import type { ExemplarSet } from '../../data/model';
import { traceFrameFromSpans, type FixtureSpan } from '../../trace/__fixtures__/traceFrames';
import { buildTraceModel } from '../../trace/model';
import type { TraceModel } from '../../trace/types';

export interface ExemplarRow {
  timeMs: number;
  value: number;
  labels?: Record<string, string>;
}

/** An exemplar set built through the panel's own column encoder, row by row like raw exemplars. */
export function exemplarSetOf(rows: ExemplarRow[]): ExemplarSet {
  const columns = new LabelColumns(rows.length);
  rows.forEach((row, i) => {
    for (const [name, value] of Object.entries(row.labels ?? {})) {
      columns.get(name).setOne(i, value);
    }
  });
  const refIds = new LabelColumns(rows.length);
  rows.forEach((_, i) => refIds.get('refId').setOne(i, 'A'));
  return {
    size: rows.length,
    timeMs: Float64Array.from(rows, (row) => row.timeMs),
    value: Float64Array.from(rows, (row) => row.value),
    labels: columns.finish(rows.length),
    refIds: refIds.finish(rows.length)[0] ?? { name: 'refId', dict: [], codes: new Int8Array(0) },
    source: 'all',
  };
}

export interface ShopTraceShape {
  traceId: string;
  /** The cache answers (fast) or misses and falls through to a slow database query. */
  cacheHit: boolean;
  failed?: boolean;
  startMs?: number;
  /** Tagged on the server span as `request.id`: a value per trace, an identifier. */
  requestId?: string;
}

/**
 * A two-service trace like the demo's cart route: a server span, a cache lookup tagged `cache.hit`, and on a miss
 * an `orders-db` query that takes 400 ms.
 */
export function shopTrace(shape: ShopTraceShape): TraceModel {
  const start = shape.startMs ?? 1_700_000_000_000;
  const queryMs = shape.cacheHit ? 0 : 400;
  const spans: FixtureSpan[] = [
    {
      spanID: 'a0',
      traceID: shape.traceId,
      serviceName: 'shop-api',
      operationName: 'GET /api/cart',
      startTime: start,
      duration: 10 + queryMs,
      tags: [
        { key: 'http.route', value: '/api/cart' },
        { key: 'http.status_code', value: shape.failed ? 500 : 200 },
        ...(shape.requestId ? [{ key: 'request.id', value: shape.requestId }] : []),
      ],
      serviceTags: [
        { key: 'service.name', value: 'shop-api' },
        { key: 'host.name', value: 'shop-1' },
      ],
      statusCode: shape.failed ? 2 : 0,
    },
    {
      spanID: 'a1',
      parentSpanID: 'a0',
      traceID: shape.traceId,
      serviceName: 'shop-api',
      operationName: 'GET cart:session',
      startTime: start + 1,
      duration: 2,
      tags: [
        { key: 'db.system', value: 'redis' },
        { key: 'cache.hit', value: shape.cacheHit },
      ],
    },
  ];
  if (!shape.cacheHit) {
    spans.push({
      spanID: 'a2',
      parentSpanID: 'a0',
      traceID: shape.traceId,
      serviceName: 'orders-db',
      operationName: 'SELECT cart_items',
      startTime: start + 4,
      duration: queryMs,
      tags: [{ key: 'db.system', value: 'postgresql' }],
      serviceTags: [{ key: 'service.name', value: 'orders-db' }],
    });
  }
  const built = buildTraceModel(traceFrameFromSpans(spans));
  if (!built.ok) {
    throw new Error(built.error);
  }
  return built.model;
}
