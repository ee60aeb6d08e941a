/**
 * Fetches a trace by ID through a Grafana tracing data source, cancellable, with a timeout, an LRU cache of
 * good results and one shared request per trace however many callers ask at once. Services are passed in
 * (the panel passes `getDataSourceSrv().get`), so this runs in tests and the sandbox without Grafana.
 */
import { dateTime, LoadingState, type DataFrame, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { LRUCache } from 'lru-cache';
import { from, isObservable, type Observable, type Subscription } from 'rxjs';

import { errorMessage, nonEmptyText } from '../data/errorMessage';
import { buildTraceModel } from './model';
import { buildTraceIdQuery, isSupportedTraceDatasource, normalizeTraceId } from './queries';
import type { TraceModel } from './types';

export interface TraceDataSource {
  type: string;
  name: string;
  query: (request: DataQueryRequest) => Observable<DataQueryResponse> | Promise<DataQueryResponse>;
}

export interface TraceFetcherDeps {
  getDataSource: (uid: string) => Promise<TraceDataSource>;
  now?: () => number;
  /** Give up after this long; default 30 s (Grafana's default data proxy timeout). */
  timeoutMs?: number;
  /** How many fetched traces to keep; default 20. */
  cacheSize?: number;
}

export interface TraceRef {
  datasourceUid: string;
  traceId: string;
  /** Query range in ms since epoch; default the last hour. Pass the exemplar's time ± a margin when known. */
  timeRange?: { from: number; to: number };
}

export type TraceFetchResult =
  | { status: 'ok'; model: TraceModel; frame: DataFrame }
  | { status: 'not-found'; message: string }
  | { status: 'datasource-missing'; uid: string; message: string }
  | { status: 'unsupported-datasource'; type: string; message: string }
  | { status: 'error'; message: string }
  /** Refused before any query: asking the data source again cannot help. */
  | { status: 'invalid-trace-id'; message: string }
  | { status: 'timeout'; ms: number }
  | { status: 'cancelled' };

export interface TraceFetcher {
  /** Resolves (never rejects) with the outcome; `cancelled` as soon as `signal` aborts. */
  fetch(ref: TraceRef, signal?: AbortSignal): Promise<TraceFetchResult>;
  /** Warms the cache (e.g. on hover); the request runs to completion or timeout. */
  prefetch(ref: TraceRef): void;
  /** Empties the cache and cancels every request in flight. */
  clear(): void;
}

const DEFAULT_TRACE_TIMEOUT_MS = 30_000;
const DEFAULT_TRACE_CACHE_SIZE = 20;
const DEFAULT_LOOKBACK_MS = 60 * 60 * 1000;
const CANCELLED: TraceFetchResult = { status: 'cancelled' };

type OkResult = Extract<TraceFetchResult, { status: 'ok' }>;

interface Flight {
  promise: Promise<TraceFetchResult>;
  /** Callers still waiting; the request is cancelled when the last one leaves. */
  holders: number;
  cancel: () => void;
}

export function createTraceFetcher(deps: TraceFetcherDeps): TraceFetcher {
  const now = deps.now ?? Date.now;
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TRACE_TIMEOUT_MS;
  const cache = new LRUCache<string, OkResult>({ max: Math.max(1, deps.cacheSize ?? DEFAULT_TRACE_CACHE_SIZE) });
  const flights = new Map<string, Flight>();
  let requestCount = 0;

  function startFlight(key: string, ref: TraceRef, traceId: string): Flight {
    let settle: (result: TraceFetchResult) => void = () => {};
    let subscription: Subscription | undefined;
    let finished = false;
    const flight: Flight = {
      promise: new Promise<TraceFetchResult>((resolve) => (settle = resolve)),
      holders: 0,
      cancel: () => finish(CANCELLED),
    };
    const timer = setTimeout(() => finish({ status: 'timeout', ms: timeoutMs }), timeoutMs);

    function finish(result: TraceFetchResult) {
      if (finished) {
        return;
      }
      finished = true;
      clearTimeout(timer);
      subscription?.unsubscribe();
      if (flights.get(key) === flight) {
        flights.delete(key);
      }
      if (result.status === 'ok') {
        cache.set(key, result);
      }
      settle(result);
    }

    const run = async () => {
      let dataSource: TraceDataSource | undefined;
      try {
        dataSource = await deps.getDataSource(ref.datasourceUid);
      } catch (error) {
        dataSource = undefined;
        finish(datasourceMissing(ref.datasourceUid, errorMessage(error)));
        return;
      }
      if (finished) {
        return;
      }
      if (!dataSource) {
        finish(datasourceMissing(ref.datasourceUid));
        return;
      }
      if (!isSupportedTraceDatasource(dataSource.type)) {
        finish({
          status: 'unsupported-datasource',
          type: dataSource.type,
          message: `Data source "${dataSource.name}" is of type "${dataSource.type}", which cannot look up traces by ID; map the label to a Tempo, Jaeger or Zipkin data source.`,
        });
        return;
      }
      const query = buildTraceIdQuery(dataSource.type, traceId);
      if ('error' in query) {
        finish({ status: 'error', message: query.error });
        return;
      }
      const startTime = now();
      const range = ref.timeRange ?? { from: startTime - DEFAULT_LOOKBACK_MS, to: startTime };
      const intervalMs = Math.max(1000, Math.round((range.to - range.from) / 1000));
      const request: DataQueryRequest = {
        requestId: `exemplar-trace-preview-${++requestCount}`,
        range: {
          from: dateTime(range.from),
          to: dateTime(range.to),
          raw: { from: dateTime(range.from), to: dateTime(range.to) },
        },
        targets: [{ ...query, datasource: { type: dataSource.type, uid: ref.datasourceUid } }],
        interval: `${Math.round(intervalMs / 1000)}s`,
        intervalMs,
        scopedVars: {},
        timezone: 'browser',
        app: 'panel',
        startTime,
      };
      const responses = toObservable(dataSource.query(request));
      let lastResponse: DataQueryResponse | undefined;
      subscription = responses.subscribe({
        next: (response) => {
          lastResponse = response;
          if (response?.state !== LoadingState.Loading && response?.state !== LoadingState.Streaming) {
            finish(resultOfResponse(response, traceId));
          }
        },
        error: (error: unknown) => finish(resultOfThrown(error, traceId)),
        complete: () => finish(lastResponse ? resultOfResponse(lastResponse, traceId) : notFound(traceId)),
      });
      // A synchronous source (`of(...)`) may have finished inside subscribe(), before `subscription` was set.
      if (finished) {
        subscription.unsubscribe();
      }
    };
    run().catch((error: unknown) => finish({ status: 'error', message: errorMessage(error) }));
    return flight;
  }

  function fetch(ref: TraceRef, signal?: AbortSignal): Promise<TraceFetchResult> {
    if (signal?.aborted) {
      return Promise.resolve(CANCELLED);
    }
    const normalized = normalizeTraceId(ref.traceId);
    if ('error' in normalized) {
      return Promise.resolve({ status: 'invalid-trace-id', message: normalized.error });
    }
    const key = `${ref.datasourceUid}\u0000${normalized.traceId}`;
    const cached = cache.get(key);
    if (cached) {
      return Promise.resolve(cached);
    }
    let flight = flights.get(key);
    if (!flight) {
      flight = startFlight(key, ref, normalized.traceId);
      flights.set(key, flight);
    }
    const joined = flight;
    joined.holders++;

    return new Promise<TraceFetchResult>((resolve) => {
      let done = false;
      const leave = () => {
        if (done) {
          return;
        }
        done = true;
        joined.holders--;
        if (joined.holders === 0) {
          joined.cancel();
        }
        resolve(CANCELLED);
      };
      signal?.addEventListener('abort', leave, { once: true });
      joined.promise.then((result) => {
        signal?.removeEventListener('abort', leave);
        if (!done) {
          done = true;
          joined.holders--;
          resolve(result);
        }
      });
    });
  }

  return {
    fetch,
    prefetch: (ref) => {
      void fetch(ref);
    },
    clear: () => {
      cache.clear();
      for (const flight of [...flights.values()]) {
        flight.cancel();
      }
    },
  };
}

function toObservable(
  result: Observable<DataQueryResponse> | Promise<DataQueryResponse>
): Observable<DataQueryResponse> {
  return isObservable(result) ? result : from(Promise.resolve(result));
}

function resultOfResponse(response: DataQueryResponse | undefined, traceId: string): TraceFetchResult {
  // Tempo and Jaeger still report failures in the deprecated `error` as well as in `errors`.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const reported = response?.error ?? response?.errors?.[0];
  if (reported) {
    // Shown as text in the drawer: a message that is not text (an object would break React) is not used.
    const message =
      nonEmptyText(reported.message) ?? nonEmptyText(reported.data?.message) ?? 'The data source returned an error.';
    return looksNotFound(message, reported.status) ? notFound(traceId) : { status: 'error', message };
  }
  const frame = pickTraceFrame(response?.data);
  if (!frame) {
    return notFound(traceId);
  }
  const built = buildTraceModel(frame);
  return built.ok ? { status: 'ok', model: built.model, frame } : { status: 'error', message: built.error };
}

/** The trace frame of a response; an empty one (Jaeger's "no trace" answer) counts as none. */
function pickTraceFrame(data: unknown): DataFrame | undefined {
  if (!Array.isArray(data)) {
    return undefined;
  }
  const frames = data.filter((item): item is DataFrame => !!item && Array.isArray((item as DataFrame).fields));
  const hasSpans = (frame: DataFrame) => frame.fields.some((f) => f?.name === 'spanID' && (f.values?.length ?? 0) > 0);
  return frames.find((f) => f.meta?.preferredVisualisationType === 'trace' && hasSpans(f)) ?? frames.find(hasSpans);
}

function resultOfThrown(error: unknown, traceId: string): TraceFetchResult {
  const message = errorMessage(error);
  const status = (error as { status?: number } | null)?.status;
  return looksNotFound(message, status) ? notFound(traceId) : { status: 'error', message };
}

/**
 * Tempo answers a missing trace with "failed to get trace with id: … Status: 404 Not Found Body: trace not found"
 * (`pkg/tsdb/tempo/trace.go`); Jaeger and Zipkin with HTTP 404.
 */
function looksNotFound(message: string, status?: number): boolean {
  return status === 404 || /not found|\b404\b/i.test(message);
}

function notFound(traceId: string): TraceFetchResult {
  return {
    status: 'not-found',
    // Why, and what to do, depends on the exemplar's age: said by the drawer (notFoundAdvice), not here.
    message: `Trace ${traceId} was not found.`,
  };
}

function datasourceMissing(uid: string, detail?: string): TraceFetchResult {
  return {
    status: 'datasource-missing',
    uid,
    message: `The tracing data source with UID "${uid}" was not found${detail ? ` (${detail})` : ''}. Check the panel's trace link mapping.`,
  };
}
