/** Reads one span's details (attributes, resource, events, links …) on selection, from the kept frame columns. */
import type { TraceKeyValuePair, TraceLog, TraceSpanReference } from '@grafana/data';

import { parseJsonCell } from './jsonCell';
import { eventsInMs } from './spanEvents';
import type { SpanDetails, TraceModel } from './types';
import { numberFrom } from '../data/numberFrom';

export function getSpanDetails(model: TraceModel, position: number): SpanDetails | undefined {
  if (!Number.isInteger(position) || position < 0 || position >= model.spanCount) {
    return undefined;
  }
  const row = model.rowIndex[position];
  const columns = model.detailColumns;
  const parent = model.parentPosition[position];
  const statusCode = numberFrom(columns.statusCode?.[row]);
  const startMs = model.ownStartMs[position];
  const tags = keyValues(columns.tags?.[row]);
  return {
    spanId: model.spanIds[position],
    parentSpanId: parent >= 0 ? model.spanIds[parent] : undefined,
    operationName: model.operationNames[position],
    serviceName: model.services[model.serviceIndex[position]].name,
    startMs,
    durationMs: model.ownDurationMs[position],
    isClamped: model.isClamped[position] === 1,
    kind: spanKind(columns.kind?.[row], tags),
    statusCode: columns.statusCode?.[row] == null || Number.isNaN(statusCode) ? undefined : statusCode,
    statusMessage: optionalString(columns.statusMessage?.[row]),
    tags,
    serviceTags: keyValues(columns.serviceTags?.[row]),
    logs: eventsInMs(
      arrayOf<TraceLog>(columns.logs?.[row], (log) => typeof log.timestamp === 'number' && Array.isArray(log.fields)),
      startMs
    ),
    references: arrayOf<TraceSpanReference>(columns.references?.[row], (ref) => typeof ref.spanID === 'string'),
    warnings: strings(columns.warnings?.[row]),
    stackTraces: strings(columns.stackTraces?.[row]),
    instrumentationLibraryName: optionalString(columns.instrumentationLibraryName?.[row]),
    instrumentationLibraryVersion: optionalString(columns.instrumentationLibraryVersion?.[row]),
    traceState: optionalString(columns.traceState?.[row]),
  };
}

/**
 * The kind column when it says something; else the `span.kind` tag, where Grafana's Jaeger HTTP backend keeps it
 * (it has no kind column) and where its gRPC backend's spans keep it when the column reads "unspecified".
 */
function spanKind(column: unknown, tags: TraceKeyValuePair[]): string | undefined {
  const fromColumn = optionalString(column);
  if (fromColumn && fromColumn !== 'unspecified') {
    return fromColumn;
  }
  const tag = tags.find((kv) => kv.key === 'span.kind')?.value;
  return (typeof tag === 'string' && tag !== '' ? tag : undefined) ?? fromColumn;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A tags cell (an array, or its JSON) as key-value pairs; anything else gives none. */
export function keyValues(cell: unknown): TraceKeyValuePair[] {
  return arrayOf<TraceKeyValuePair>(cell, (kv) => typeof kv.key === 'string');
}

function arrayOf<T>(cell: unknown, isValid: (item: T) => boolean): T[] {
  const parsed = parseJsonCell(cell);
  if (!Array.isArray(parsed)) {
    return [];
  }
  return parsed.filter((item): item is T => item !== null && typeof item === 'object' && isValid(item as T));
}

function strings(cell: unknown): string[] {
  const parsed = parseJsonCell(cell);
  return Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === 'string') : [];
}
