/**
 * Reads Grafana's trace frame into plain columns, **by field name**, never by position: Grafana's own
 * backends order the fields differently (Tempo `pkg/tsdb/tempo/trace_transform.go` puts `kind`,
 * `statusCode` … before `serviceTags`; Jaeger `pkg/tsdb/jaeger/querydata.go` has no `kind`/`statusCode`
 * at all and keeps the status in `tags`; Zipkin `pkg/tsdb/zipkin/handler_querydata.go` has no
 * `references`). Root spans carry `parentSpanID` as `''` (Tempo), `null` (Jaeger/Zipkin, `[]*string`)
 * or `undefined` (`TraceSpanRow` in `@grafana/data`). Columns it does not know (Tempo's newer `serviceNamespace`
 * …) are ignored. Parents named only in `references` are filled in by `parentsFromReferences`.
 */
import type { DataFrame, Field } from '@grafana/data';

import type { SpanDetailColumns } from './types';
import { numberFrom } from '../data/numberFrom';
import { parentsFromReferences } from './referenceParents';

export interface SpanColumns {
  count: number;
  traceId: string;
  spanIds: string[];
  /** `undefined` for spans that declare no parent. */
  parentSpanIds: Array<string | undefined>;
  operationNames: string[];
  serviceNames: string[];
  /** As given; NaN where the value is not a finite number (repaired later with a warning). */
  startMs: Float64Array;
  durationMs: Float64Array;
  details: SpanDetailColumns;
}

export type ReadFrameResult = { ok: true; columns: SpanColumns } | { ok: false; error: string };

const REQUIRED_FIELDS = ['spanID', 'startTime', 'duration'] as const;
const DETAIL_FIELDS: Array<keyof SpanDetailColumns> = [
  'serviceTags',
  'tags',
  'logs',
  'references',
  'kind',
  'statusCode',
  'statusMessage',
  'warnings',
  'stackTraces',
  'instrumentationLibraryName',
  'instrumentationLibraryVersion',
  'traceState',
];

const UNKNOWN_SERVICE = 'unknown service';
const UNKNOWN_OPERATION = 'unknown operation';

export function readTraceFrame(frame: DataFrame | undefined | null): ReadFrameResult {
  if (!frame || !Array.isArray(frame.fields)) {
    return { ok: false, error: 'No trace data: the response has no data frame.' };
  }
  const byName = new Map<string, Field>();
  for (const field of frame.fields) {
    if (field && typeof field.name === 'string' && !byName.has(field.name)) {
      byName.set(field.name, field);
    }
  }
  const missing = REQUIRED_FIELDS.filter((name) => !byName.has(name));
  if (missing.length > 0) {
    return {
      ok: false,
      error: `Not a trace frame: field${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} missing.`,
    };
  }
  const spanIdValues = valuesOf(byName.get('spanID'));
  const count = spanIdValues.length;
  if (count === 0) {
    return { ok: false, error: 'The trace has no spans.' };
  }

  const traceIdValues = valuesOf(byName.get('traceID'));
  const parentValues = valuesOf(byName.get('parentSpanID'));
  const operationValues = valuesOf(byName.get('operationName'));
  const serviceValues = valuesOf(byName.get('serviceName'));
  const startValues = valuesOf(byName.get('startTime'));
  const durationValues = valuesOf(byName.get('duration'));

  const spanIds = new Array<string>(count);
  const parentSpanIds = new Array<string | undefined>(count);
  const operationNames = new Array<string>(count);
  const serviceNames = new Array<string>(count);
  const startMs = new Float64Array(count);
  const durationMs = new Float64Array(count);
  let traceId = '';

  for (let row = 0; row < count; row++) {
    spanIds[row] = idString(spanIdValues[row]) || `(row ${row})`;
    parentSpanIds[row] = parentId(parentValues[row]);
    operationNames[row] = nonEmptyString(operationValues[row]) ?? UNKNOWN_OPERATION;
    serviceNames[row] = nonEmptyString(serviceValues[row]) ?? UNKNOWN_SERVICE;
    startMs[row] = finiteOrNaN(startValues[row]);
    durationMs[row] = finiteOrNaN(durationValues[row]);
    if (!traceId) {
      traceId = idString(traceIdValues[row]);
    }
  }

  parentsFromReferences(parentSpanIds, valuesOf(byName.get('references')), spanIds, traceId, parentId);

  const details: SpanDetailColumns = {};
  for (const name of DETAIL_FIELDS) {
    const field = byName.get(name);
    if (field) {
      details[name] = valuesOf(field);
    }
  }

  return {
    ok: true,
    columns: { count, traceId, spanIds, parentSpanIds, operationNames, serviceNames, startMs, durationMs, details },
  };
}

function valuesOf(field: Field | undefined): unknown[] {
  const values: unknown = field?.values;
  return Array.isArray(values) ? values : [];
}

function idString(value: unknown): string {
  if (typeof value === 'string') {
    return value.trim();
  }
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

const ALL_ZEROS = /^0+$/;

/** OTel encodes "no parent" as an all-zero span ID in some exporters; treat it like an absent one. */
function parentId(value: unknown): string | undefined {
  const id = idString(value);
  return id === '' || (id.charCodeAt(0) === 48 && ALL_ZEROS.test(id)) ? undefined : id;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function finiteOrNaN(value: unknown): number {
  const n = numberFrom(value);
  return Number.isFinite(n) ? n : NaN;
}
