/**
 * `POST /api/ds/query` for Prometheus queries, the route Grafana's real Prometheus frontend (`@grafana/prometheus`,
 * a DataSourceWithBackend) sends its queries to. Answers like Grafana's query handler (pkg/api/ds_query.go →
 * pkg/promlib): `{ results: { <refId>: { status, frames, error? } } }`, frames in wire form. Live: each query through
 * `executePromQuery`; fixture: the scenario's frames by refId.
 */
import type { DataFrameJSON } from '@grafana/data';
import type { ResourceResult } from '../runtime/backendSrv';
import type { PromBackend } from './promBackend';
import { type BackendPromQuery, executePromQuery, type PromQueryRecord } from './promQueryBackend';

interface DsQuery extends BackendPromQuery {
  hide?: boolean;
  intervalMs?: number;
  maxDataPoints?: number;
  utcOffsetSec?: number;
}

interface DsQueryBody {
  queries?: DsQuery[];
  from?: string;
  to?: string;
}

type QueryResult = { status: number; frames: DataFrameJSON[]; error?: string };

const QUANTILE = /histogram_quantile\(\s*([\d.]+)/;
const EQUALITY_MATCHER = /([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"/g;

const quantileOf = (expr: string | undefined) => (expr ? QUANTILE.exec(expr)?.[1] : undefined);

/**
 * Which quantile each scenario refId answered: from the scenario's targets, or, for a dashboard scenario whose
 * targets live in its panels, from the `executedQueryString` Grafana's backend puts on a query's first frame.
 */
function quantileByRefId(series: DataFrameJSON[], scenarioTargets: BackendPromQuery[]): Map<string, string> {
  const byRefId = new Map<string, string>();
  for (const target of scenarioTargets) {
    const quantile = quantileOf(target.expr);
    if (quantile !== undefined) {
      byRefId.set(target.refId, quantile);
    }
  }
  for (const frame of series) {
    const refId = frame.schema?.refId;
    const quantile = quantileOf(frame.schema?.meta?.executedQueryString);
    if (refId !== undefined && quantile !== undefined && !byRefId.has(refId)) {
      byRefId.set(refId, quantile);
    }
  }
  return byRefId;
}

/** The query's `label="value"` matchers, as a backend would apply them to the recorded series. */
function equalityMatchers(expr: string): Array<[string, string]> {
  return [...expr.matchAll(EQUALITY_MATCHER)]
    .filter(([, name]) => name !== 'le' && name !== '__name__')
    .map(([, name, value]) => [name, value.replace(/\\(.)/g, '$1')]);
}

function frameMatches(frame: DataFrameJSON, matchers: Array<[string, string]>): boolean {
  const labels = frame.schema?.fields?.find((field) => field.labels)?.labels ?? {};
  return matchers.every(([name, value]) => labels[name] === undefined || labels[name] === value);
}

/** An exemplar frame (long format: one field per label) with only the rows the matchers allow. */
function exemplarRowsMatching(frame: DataFrameJSON, matchers: Array<[string, string]>): DataFrameJSON {
  const fields = frame.schema?.fields ?? [];
  const values = frame.data?.values ?? [];
  const checks = matchers
    .map(([name, value]) => ({ column: fields.findIndex((field) => field.name === name), value }))
    .filter(({ column }) => column >= 0);
  if (checks.length === 0) {
    return frame;
  }
  const rows = (values[0] ?? [])
    .map((_, row) => row)
    .filter((row) => checks.every(({ column, value }) => values[column]?.[row] === value));
  return { ...frame, data: { ...frame.data, values: values.map((column) => rows.map((row) => column[row])) } };
}

/**
 * The scenario's frames answering the asked queries, as a backend answers only what it was asked: series frames
 * whose query had the same quantile (the scenario's refIds are its own) and whose labels the query's equality
 * matchers allow, the exemplar frames to the query that asks for exemplars; each frame gets the asked refId.
 */
function fixtureResults(
  series: DataFrameJSON[],
  exemplars: DataFrameJSON[],
  queries: DsQuery[],
  scenarioTargets: BackendPromQuery[]
): Record<string, QueryResult> {
  const quantiles = quantileByRefId(series, scenarioTargets);
  const lastRefId = scenarioTargets[scenarioTargets.length - 1]?.refId ?? series[series.length - 1]?.schema?.refId;
  const results: Record<string, QueryResult> = {};
  for (const query of queries) {
    const quantile = quantileOf(query.expr);
    const sourceRefId =
      [...quantiles.entries()].find(([, candidate]) => candidate === quantile)?.[0] ??
      (queries.length === 1 ? lastRefId : undefined);
    const matchers = equalityMatchers(query.expr);
    const frames = series.filter(
      (frame) => sourceRefId !== undefined && frame.schema?.refId === sourceRefId && frameMatches(frame, matchers)
    );
    const withExemplars = query.exemplar ? exemplars.map((frame) => exemplarRowsMatching(frame, matchers)) : [];
    results[query.refId] = {
      status: 200,
      frames: [...frames, ...withExemplars].map((frame) => ({
        ...frame,
        schema: { fields: [], ...frame.schema, refId: query.refId },
      })),
    };
  }
  return results;
}

export function dsQueryRoute(
  backend: PromBackend,
  scrapeInterval: string,
  scenarioTargets: BackendPromQuery[],
  onRecords: (records: PromQueryRecord[]) => void
) {
  return async (body: unknown, signal: AbortSignal): Promise<ResourceResult> => {
    const { queries = [], from, to } = (body ?? {}) as DsQueryBody;
    const visible = queries.filter((query) => !query.hide && query.expr);
    if (backend.kind === 'fixture') {
      const results = fixtureResults(backend.series, backend.annotations, visible, scenarioTargets);
      onRecords(
        visible.map((query) => ({
          refId: query.refId,
          expr: query.expr,
          stepMs: 0,
          exemplar: Boolean(query.exemplar),
          seriesFrames: results[query.refId]?.frames.length ?? 0,
          exemplarFrames: 0,
          exemplarRows: 0,
        }))
      );
      return { status: 200, data: { results } };
    }
    const fromMs = Number(from);
    const toMs = Number(to);
    const runs = await Promise.all(
      visible.map((query) =>
        executePromQuery(
          backend,
          query,
          {
            fromMs,
            toMs,
            intervalMs: query.intervalMs ?? 15_000,
            maxDataPoints: query.maxDataPoints,
            utcOffsetSec: query.utcOffsetSec ?? 0,
          },
          scrapeInterval,
          signal
        )
      )
    );
    onRecords(runs.map((run) => run.record));
    const results = Object.fromEntries(
      runs.map((run, index) => [
        visible[index].refId,
        run.error ? { status: 400, frames: run.frames, error: run.error } : { status: 200, frames: run.frames },
      ])
    );
    return { status: 200, data: { results } };
  };
}
