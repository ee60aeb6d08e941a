/**
 * Fetches a bounded sample of traces for both sides of a region: at most `perSide` from each, at most
 * `concurrency` requests in flight, cancellable, with progress. The fetch function and the cache are passed in
 * (the panel passes its trace fetcher and trace cache), so this is plain TypeScript the tests drive directly.
 * Every sampled trace ends in exactly one outcome: a trace that is missing or failed is counted, never dropped.
 */
import type { TraceFetchResult, TraceRef } from '../trace/fetchTrace';
import type { TraceModel } from '../trace/types';

const DEFAULT_SAMPLE_PER_SIDE = 50;
const DEFAULT_FETCH_CONCURRENCY = 4;

export type SideName = 'selection' | 'baseline';

interface TraceCache {
  get(key: string): TraceModel | undefined;
  set(key: string, model: TraceModel): void;
}

export interface SampleFetchDeps {
  fetchTrace: (ref: TraceRef, signal: AbortSignal) => Promise<TraceFetchResult>;
  cache?: TraceCache;
}

export interface SampleFetchOptions {
  perSide?: number;
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (progress: SampleProgress) => void;
}

interface SampleProgress {
  done: number;
  total: number;
}

interface SideOutcome {
  /** Traces fetched (or found in the cache), in sample order. */
  traces: TraceModel[];
  /** How many were asked for: traces + missing + failed + cancelled. */
  sampled: number;
  /** The data source has no such trace (yet). */
  missing: number;
  /** Errors, timeouts, bad IDs, a missing data source … each with its message in `failures`. */
  failed: number;
  /** Not fetched because the run was cancelled. */
  cancelled: number;
  failures: Array<{ traceId: string; message: string }>;
  /** How many came from the cache, without a request. */
  fromCache: number;
}

export interface SampleFetchResult {
  selection: SideOutcome;
  baseline: SideOutcome;
  cancelled: boolean;
}

/**
 * Up to `max` items spread evenly over the list (first, last and evenly between), so a sample of the time range
 * covers all of it, and the same region always samples the same traces (the cache then answers a second look).
 */
export function evenSample<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) {
    return [...items];
  }
  if (max <= 0) {
    return [];
  }
  if (max === 1) {
    return [items[0]];
  }
  const step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, k) => items[Math.round(k * step)]);
}

export function traceCacheKey(ref: TraceRef): string {
  return `${ref.datasourceUid}\u0000${ref.traceId.toLowerCase()}`;
}

function emptyOutcome(sampled: number): SideOutcome {
  return { traces: [], sampled, missing: 0, failed: 0, cancelled: 0, failures: [], fromCache: 0 };
}

function failureMessage(result: Exclude<TraceFetchResult, { status: 'ok' | 'cancelled' | 'not-found' }>): string {
  return result.status === 'timeout' ? `No answer within ${result.ms} ms.` : result.message;
}

interface Job {
  side: SideName;
  index: number;
  ref: TraceRef;
}

export async function fetchRegionSample(
  refs: Record<SideName, readonly TraceRef[]>,
  deps: SampleFetchDeps,
  options: SampleFetchOptions = {}
): Promise<SampleFetchResult> {
  const perSide = Math.max(0, Math.floor(options.perSide ?? DEFAULT_SAMPLE_PER_SIDE));
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_FETCH_CONCURRENCY));
  const signal = options.signal ?? new AbortController().signal;
  const sample = { selection: evenSample(refs.selection, perSide), baseline: evenSample(refs.baseline, perSide) };
  const outcome = { selection: emptyOutcome(sample.selection.length), baseline: emptyOutcome(sample.baseline.length) };
  // Results land by sample position, so the order of the traces does not depend on which request finished first.
  const slots: Record<SideName, Array<TraceModel | undefined>> = { selection: [], baseline: [] };
  // Alternate the sides, so a cancelled run still has some of each to compare.
  const jobs: Job[] = [];
  for (let k = 0; k < Math.max(sample.selection.length, sample.baseline.length); k++) {
    for (const side of ['selection', 'baseline'] as const) {
      if (k < sample[side].length) {
        jobs.push({ side, index: k, ref: sample[side][k] });
      }
    }
  }
  const total = jobs.length;
  let done = 0;
  let next = 0;
  const report = () => options.onProgress?.({ done, total });

  const settle = (job: Job, result: TraceFetchResult) => {
    const side = outcome[job.side];
    if (result.status === 'ok') {
      slots[job.side][job.index] = result.model;
    } else if (result.status === 'cancelled') {
      side.cancelled++;
    } else if (result.status === 'not-found') {
      side.missing++;
    } else {
      side.failed++;
      side.failures.push({ traceId: job.ref.traceId, message: failureMessage(result) });
    }
    done++;
    report();
  };

  const runOne = async (job: Job) => {
    if (signal.aborted) {
      settle(job, { status: 'cancelled' });
      return;
    }
    const key = traceCacheKey(job.ref);
    const cached = deps.cache?.get(key);
    if (cached) {
      outcome[job.side].fromCache++;
      slots[job.side][job.index] = cached;
      done++;
      report();
      return;
    }
    let result: TraceFetchResult;
    try {
      result = await deps.fetchTrace(job.ref, signal);
    } catch (error) {
      // The fetcher promises never to reject; one that does still gets its trace counted.
      result = { status: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    if (signal.aborted && result.status !== 'ok') {
      result = { status: 'cancelled' };
    }
    if (result.status === 'ok') {
      deps.cache?.set(key, result.model);
    }
    settle(job, result);
  };

  const worker = async () => {
    while (next < jobs.length) {
      await runOne(jobs[next++]);
    }
  };
  report();
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  for (const side of ['selection', 'baseline'] as const) {
    outcome[side].traces = slots[side].filter((model): model is TraceModel => model !== undefined);
  }
  return { ...outcome, cancelled: signal.aborted };
}
