/**
 * What Grafana's Go backend (pkg/promlib) does with one Prometheus query of `POST /api/ds/query`: the step
 * (models/query.go calculatePrometheusInterval), the built-in variables ($__interval, $__rate_interval, $__range…),
 * the range aligned to the step, `query_range` → frames, and when the query asks for them `query_exemplars` →
 * sampled exemplar frames. The frontend part (template variables, which target asks for exemplars) is done before.
 */
import type { DataFrameJSON } from '@grafana/data';
import type { PromError } from '../../shared/prometheusApi';
import { exemplarFrames, matrixFrames, type PromQueryShape } from '../../shared/prometheusFrames';
import { alignRange, calculateStepMs, formatSeconds, interpolateBuiltins } from '../../shared/promInterval';
import type { LivePromBackend } from './promBackend';

/** Per query: what went to Prometheus and what came back, for `window.__sandbox`. */
export interface PromQueryRecord {
  refId: string;
  expr: string;
  stepMs: number;
  exemplar: boolean;
  seriesFrames: number;
  exemplarFrames: number;
  exemplarRows: number;
  error?: string;
}

/** A query as the backend receives it: template variables replaced, built-ins left. */
export interface BackendPromQuery {
  refId: string;
  expr: string;
  legendFormat?: string;
  exemplar?: boolean;
  interval?: string;
  intervalFactor?: number;
}

export interface BackendRange {
  fromMs: number;
  toMs: number;
  intervalMs: number;
  maxDataPoints?: number;
  utcOffsetSec: number;
}

export interface BackendResult {
  frames: DataFrameJSON[];
  record: PromQueryRecord;
  error?: string;
}

function promErrorMessage(error: PromError): string {
  return `${error.errorType}: ${error.error}`;
}

export async function executePromQuery(
  backend: LivePromBackend,
  query: BackendPromQuery,
  range: BackendRange,
  scrapeInterval: string,
  signal: AbortSignal
): Promise<BackendResult> {
  const { fromMs, toMs } = range;
  const stepMs = calculateStepMs({
    fromMs,
    toMs,
    intervalMs: range.intervalMs,
    maxDataPoints: range.maxDataPoints,
    queryInterval: query.interval,
    scrapeInterval,
    intervalFactor: query.intervalFactor,
  });
  const expr = interpolateBuiltins({
    expr: query.expr,
    intervalMs: range.intervalMs,
    stepMs,
    queryInterval: query.interval,
    scrapeInterval,
    rangeMs: toMs - fromMs,
  });
  const { startMs, endMs } = alignRange(fromMs, toMs, stepMs, range.utcOffsetSec);
  const shape: PromQueryShape = { refId: query.refId, expr, stepMs, legendFormat: query.legendFormat };
  const frames: DataFrameJSON[] = [];
  const record: PromQueryRecord = {
    refId: query.refId,
    expr,
    stepMs,
    exemplar: Boolean(query.exemplar),
    seriesFrames: 0,
    exemplarFrames: 0,
    exemplarRows: 0,
  };
  let error: string | undefined;

  const matrix = await backend.queryRange(
    { query: expr, start: formatSeconds(startMs), end: formatSeconds(endMs), step: formatSeconds(stepMs) },
    signal
  );
  if (matrix.status === 'success') {
    frames.push(...matrixFrames(matrix.data.result, shape));
    record.seriesFrames = matrix.data.result.length;
  } else {
    error = promErrorMessage(matrix);
    record.error = error;
  }
  if (query.exemplar) {
    const exemplars = await backend.queryExemplars(
      { query: expr, start: formatSeconds(startMs), end: formatSeconds(endMs) },
      signal
    );
    // Like pkg/promlib: a failed exemplar query is logged and the rest of the response kept.
    if (exemplars.status === 'success') {
      const json = exemplarFrames(exemplars.data ?? [], shape);
      frames.push(...json);
      record.exemplarFrames = json.length;
      record.exemplarRows = json.reduce((sum, frame) => sum + (frame.data?.values[0]?.length ?? 0), 0);
    } else {
      console.warn('Exemplar query failed', expr, promErrorMessage(exemplars));
    }
  }
  return { frames, record, error };
}
