/**
 * `buildTraceModel`: Grafana trace frame → the read-only model the drawer renders. Never throws: bad input
 * becomes `{ ok: false, error }`, damaged traces become a model plus `warnings`.
 */
import type { DataFrame } from '@grafana/data';

import { computeCriticalPath } from './criticalPath';
import { readTraceFrame, type SpanColumns } from './frameReader';
import { computeGeometry } from './geometry';
import { isErrorSpan } from './spanErrors';
import { buildSpanForest, type SpanForest } from './tree';
import type { ServiceSummary, TraceModel, TraceModelResult } from './types';
import { WarningCollector } from './warnings';

export function buildTraceModel(frame: DataFrame | undefined | null): TraceModelResult {
  try {
    const read = readTraceFrame(frame);
    if (!read.ok) {
      return read;
    }
    return { ok: true, model: assemble(read.columns) };
  } catch (error) {
    // A bug here must not take the drawer down; say what happened instead.
    return { ok: false, error: `Could not read the trace: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function assemble(columns: SpanColumns): TraceModel {
  const warnings = new WarningCollector();
  const forest = buildSpanForest(columns, warnings);
  const geometry = computeGeometry(columns, forest, warnings);
  const count = columns.count;

  const spanIds = new Array<string>(count);
  const operationNames = new Array<string>(count);
  const isError = new Uint8Array(count);
  const errorPositions: number[] = [];
  const errorRows = findErrorRows(columns);
  for (let p = 0; p < count; p++) {
    const row = forest.rowIndex[p];
    spanIds[p] = columns.spanIds[row];
    operationNames[p] = columns.operationNames[row];
    if (errorRows[row]) {
      isError[p] = 1;
      errorPositions.push(p);
    }
  }

  const { services, serviceIndex } = summarizeServices(columns, forest, geometry.selfTimeMs, isError);
  const rootPosition = pickRoot(forest, warnings);
  const criticalPath = computeCriticalPath({
    rootPosition,
    subtreeEnd: forest.subtreeEnd,
    parentPosition: forest.parentPosition,
    startMs: geometry.startMs,
    durationMs: geometry.durationMs,
    spanIds,
  });
  const onCriticalPath = new Uint8Array(count);
  for (const segment of criticalPath) {
    onCriticalPath[segment.position] = 1;
  }

  return {
    traceId: columns.traceId,
    root: {
      position: rootPosition,
      spanId: spanIds[rootPosition],
      serviceName: services[serviceIndex[rootPosition]].name,
      operationName: operationNames[rootPosition],
    },
    startMs: geometry.traceStartMs,
    endMs: geometry.traceEndMs,
    durationMs: geometry.traceDurationMs,
    spanCount: count,
    serviceCount: services.length,
    errorPositions: Int32Array.from(errorPositions),
    rowIndex: forest.rowIndex,
    spanIds,
    operationNames,
    depth: forest.depth,
    parentPosition: forest.parentPosition,
    subtreeEnd: forest.subtreeEnd,
    childCount: forest.childCount,
    serviceIndex,
    spanStartMs: geometry.startMs,
    spanDurationMs: geometry.durationMs,
    ownStartMs: geometry.ownStartMs,
    ownDurationMs: geometry.ownDurationMs,
    selfTimeMs: geometry.selfTimeMs,
    isError,
    isOrphan: forest.isOrphan,
    isClamped: geometry.isClamped,
    onCriticalPath,
    criticalPath,
    services,
    warnings: warnings.toList(),
    detailColumns: columns.details,
  };
}

/** Walks the frame rows in storage order: visiting tag arrays in display order is several times slower. */
function findErrorRows(columns: SpanColumns): Uint8Array {
  const errorRows = new Uint8Array(columns.count);
  const { statusCode, tags } = columns.details;
  for (let row = 0; row < columns.count; row++) {
    errorRows[row] = isErrorSpan(statusCode?.[row], tags?.[row]) ? 1 : 0;
  }
  return errorRows;
}

/**
 * The trace root: the earliest top-level span that declares no parent. Only when every top-level span is an
 * orphan or a cut cycle (a partial trace) does the earliest top-level span stand in.
 */
function pickRoot(forest: SpanForest, warnings: WarningCollector): number {
  let root = -1;
  let trueRoots = 0;
  for (let p = 0; p < forest.rowIndex.length; p = forest.subtreeEnd[p]) {
    if (forest.declaresNoParent[p]) {
      trueRoots++;
      root = root === -1 ? p : root;
    }
  }
  if (trueRoots > 1) {
    warnings.add('multiple-roots', undefined, trueRoots);
  }
  return root === -1 ? 0 : root;
}

function summarizeServices(columns: SpanColumns, forest: SpanForest, selfTimeMs: Float64Array, isError: Uint8Array) {
  const indexByName = new Map<string, number>();
  const services: ServiceSummary[] = [];
  const serviceIndex = new Int32Array(columns.count);
  let lastName: string | undefined;
  let index = -1;
  for (let p = 0; p < columns.count; p++) {
    const name = columns.serviceNames[forest.rowIndex[p]];
    // Neighbouring spans mostly share a service; skip the map lookup then.
    index = name === lastName ? index : (indexByName.get(name) ?? -1);
    lastName = name;
    if (index === -1) {
      index = services.length;
      indexByName.set(name, index);
      services.push({ name, spanCount: 0, errorCount: 0, selfTimeMs: 0 });
    }
    serviceIndex[p] = index;
    const service = services[index];
    service.spanCount++;
    service.errorCount += isError[p];
    service.selfTimeMs += selfTimeMs[p];
  }
  return { services, serviceIndex };
}
