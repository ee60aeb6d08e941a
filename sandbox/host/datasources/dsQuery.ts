/**
 * `POST /api/ds/query` for Prometheus queries, the route Grafana's real Prometheus frontend (`@grafana/prometheus`,
 * a DataSourceWithBackend) sends its queries to. Answers like Grafana's query handler (pkg/api/ds_query.go →
 * pkg/promlib): `{ results: { <refId>: { status, frames, error? } } }`, frames in wire form. Live: each query through
 * `executePromQuery`; fixture: the scenario's frames by refId.
 */
import type { DataFrameJSON } from '@grafana/data';
import type { ResourceResult } from '../runtime/backendSrv';
import type { PromBackend } from './promBackend';
import type { PromQueryRecord } from './prometheus';
import { type BackendPromQuery, executePromQuery } from './promQueryBackend';

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

/**
 * The scenario's frames answering the asked queries, as a backend answers only what it was asked: series frames
 * whose query had the same quantile (the scenario's refIds are its own), the exemplar frames to the query that asks
 * for exemplars; each frame gets the asked refId.
 */
function fixtureResults(
  series: DataFrameJSON[],
  exemplars: DataFrameJSON[],
  queries: DsQuery[],
  scenarioTargets: BackendPromQuery[]
): Record<string, QueryResult> {
  const quantileOf = (expr: string) => QUANTILE.exec(expr)?.[1];
  const results: Record<string, QueryResult> = {};
  for (const query of queries) {
    const source =
      scenarioTargets.find((target) => quantileOf(target.expr) === quantileOf(query.expr)) ??
      (queries.length === 1 ? scenarioTargets[scenarioTargets.length - 1] : undefined);
    const frames = series.filter((frame) => source && frame.schema?.refId === source.refId);
    const withExemplars = query.exemplar ? exemplars : [];
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
