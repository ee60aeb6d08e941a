import type { TraceFetchResult, TraceRef } from '../trace/fetchTrace';
import type { TraceModel } from '../trace/types';
import { shopTrace } from './__fixtures__/regionFixtures';
import { evenSample, fetchRegionSample, traceCacheKey } from './sampleFetch';

const refs = (prefix: string, n: number): TraceRef[] =>
  Array.from({ length: n }, (_, i) => ({ datasourceUid: 'tempo', traceId: `${prefix}${i}` }));

/** A fetcher that answers after a tick, keeps count of requests in flight, and fails the IDs it is told to. */
function fakeFetcher(outcomes: Record<string, TraceFetchResult['status']> = {}) {
  const stats = { inFlight: 0, maxInFlight: 0, calls: [] as string[] };
  const fetchTrace = async (ref: TraceRef, signal: AbortSignal): Promise<TraceFetchResult> => {
    stats.calls.push(ref.traceId);
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 1));
    stats.inFlight--;
    if (signal.aborted) {
      return { status: 'cancelled' };
    }
    switch (outcomes[ref.traceId]) {
      case 'not-found':
        return { status: 'not-found', message: 'not found' };
      case 'error':
        return { status: 'error', message: 'boom' };
      case 'timeout':
        return { status: 'timeout', ms: 30_000 };
      default:
        return {
          status: 'ok',
          model: shopTrace({ traceId: ref.traceId, cacheHit: true }),
          frame: { fields: [], length: 0 },
        };
    }
  };
  return { fetchTrace, stats };
}

describe('evenSample', () => {
  it('keeps everything up to the limit, and spreads the sample over the whole list beyond it', () => {
    expect(evenSample([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(evenSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3)).toEqual([0, 5, 10]);
    expect(evenSample([1, 2], 0)).toEqual([]);
  });
});

describe('fetchRegionSample', () => {
  it('fetches at most perSide from each side with at most 4 requests in flight, reporting progress', async () => {
    const { fetchTrace, stats } = fakeFetcher();
    const progress: number[] = [];
    const result = await fetchRegionSample(
      { selection: refs('s', 80), baseline: refs('b', 30) },
      { fetchTrace },
      { perSide: 50, onProgress: ({ done, total }) => progress.push(done / total) }
    );
    expect(result.selection.traces).toHaveLength(50);
    expect(result.baseline.traces).toHaveLength(30);
    expect(stats.calls).toHaveLength(80);
    expect(stats.maxInFlight).toBe(4);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(1);
    expect(result.cancelled).toBe(false);
  });

  it('counts missing and failed traces with their messages instead of dropping them', async () => {
    const { fetchTrace } = fakeFetcher({ s1: 'not-found', s2: 'error', b0: 'timeout' });
    const result = await fetchRegionSample({ selection: refs('s', 4), baseline: refs('b', 2) }, { fetchTrace });
    expect(result.selection).toMatchObject({ sampled: 4, missing: 1, failed: 1, cancelled: 0 });
    expect(result.selection.traces.map((t) => t.traceId)).toEqual(['s0', 's3']);
    expect(result.selection.failures).toEqual([{ traceId: 's2', message: 'boom' }]);
    expect(result.baseline.failures).toEqual([{ traceId: 'b0', message: 'No answer within 30000 ms.' }]);
  });

  it('answers from the cache without a request, and fills it', async () => {
    const cache = new Map<string, TraceModel>();
    const cachedRef = refs('s', 1)[0];
    cache.set(traceCacheKey(cachedRef), shopTrace({ traceId: 's0', cacheHit: false }));
    const { fetchTrace, stats } = fakeFetcher();
    const result = await fetchRegionSample({ selection: refs('s', 3), baseline: [] }, { fetchTrace, cache });
    expect(stats.calls).toEqual(['s1', 's2']);
    expect(result.selection.fromCache).toBe(1);
    expect(cache.size).toBe(3);
  });

  it('stops on abort and counts what it did not fetch as cancelled', async () => {
    const controller = new AbortController();
    const { fetchTrace, stats } = fakeFetcher();
    const result = await fetchRegionSample(
      { selection: refs('s', 50), baseline: refs('b', 50) },
      { fetchTrace },
      { signal: controller.signal, onProgress: ({ done }) => done === 6 && controller.abort() }
    );
    expect(result.cancelled).toBe(true);
    expect(stats.calls.length).toBeLessThan(12);
    for (const side of [result.selection, result.baseline]) {
      expect(side.traces.length + side.missing + side.failed + side.cancelled).toBe(side.sampled);
    }
    expect(result.selection.cancelled + result.baseline.cancelled).toBeGreaterThan(80);
  });

  it('counts a fetcher that throws as a failure', async () => {
    const fetchTrace = () => Promise.reject(new Error('network down'));
    const result = await fetchRegionSample({ selection: refs('s', 2), baseline: [] }, { fetchTrace });
    expect(result.selection).toMatchObject({ failed: 2, traces: [] });
    expect(result.selection.failures[0].message).toBe('network down');
  });
});
