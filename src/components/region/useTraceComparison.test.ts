import { act, renderHook, waitFor } from '@testing-library/react';
import { LRUCache } from 'lru-cache';
import type { EffectiveRule } from '../../links/types';
import { exemplarSetOf, shopTrace } from '../../region/__fixtures__/regionFixtures';
import type { TraceFetcher, TraceFetchResult, TraceRef } from '../../trace/fetchTrace';
import type { TraceModel } from '../../trace/types';
import { useTraceComparison } from './useTraceComparison';

const T0 = 1_700_000_000_000;
const hex = (i: number) => i.toString(16).padStart(32, '0');
// 120 slow exemplars (cache misses) and 120 fast ones (hits); one slow one without a trace ID, one unknown trace.
const set = exemplarSetOf(
  Array.from({ length: 240 }, (_, i) => ({
    timeMs: T0 + i * 1000,
    value: i < 120 ? 2 : 0.05,
    labels: i === 0 ? {} : ({ trace_id: hex(i) } as Record<string, string>),
  }))
);
const sides = {
  selection: Uint32Array.from({ length: 120 }, (_, i) => i),
  baseline: Uint32Array.from({ length: 120 }, (_, i) => 120 + i),
};
const rules: EffectiveRule[] = [
  {
    labelName: 'trace_id',
    kind: 'datasource',
    datasourceUid: 'tempo',
    origin: 'panel',
    datasource: { uid: 'tempo', name: 'Tempo', type: 'tempo' },
  },
];

function fakeFetcher(missing: string, gate?: Promise<void>) {
  const asked: string[] = [];
  const fetch = async (ref: TraceRef, signal?: AbortSignal): Promise<TraceFetchResult> => {
    asked.push(ref.traceId);
    await gate;
    if (signal?.aborted) {
      return { status: 'cancelled' };
    }
    if (ref.traceId === missing) {
      return { status: 'not-found', message: 'not found' };
    }
    const row = parseInt(ref.traceId, 16);
    return {
      status: 'ok',
      model: shopTrace({ traceId: ref.traceId, cacheHit: row >= 120 }),
      frame: { fields: [], length: 0 },
    };
  };
  const fetcher: TraceFetcher = { fetch: jest.fn(fetch), prefetch: jest.fn(), clear: jest.fn() };
  return { fetcher, asked };
}

describe('useTraceComparison', () => {
  it('samples 50 a side, counts the unlinked and the missing, and ranks the cause first; a second run uses the cache', async () => {
    const cache = new LRUCache<string, TraceModel>({ max: 200 });
    const { fetcher, asked } = fakeFetcher(hex(119));
    const hook = renderHook(() => useTraceComparison(fetcher, cache, set, rules, sides));
    await waitFor(() => expect(hook.result.current.state.running).toBe(false));
    const { fetched, comparison, sample } = hook.result.current.state;
    expect(sample.unlinked).toEqual({ selection: 1, baseline: 0 });
    expect(asked).toHaveLength(49 + 50);
    expect(fetched!.selection).toMatchObject({ sampled: 49, missing: 1, failed: 0 });
    expect(fetched!.selection.traces).toHaveLength(48);
    // The miss ties for first with the orders-db query that only misses run.
    const miss = comparison!.rows.find((row) => row.key === 'cache.hit' && row.value === 'false');
    expect(miss).toMatchObject({ selectionShare: 1, baselineShare: 0, difference: comparison!.rows[0].difference });

    act(() => hook.result.current.again());
    await waitFor(() => expect(hook.result.current.state.running).toBe(false));
    expect(hook.result.current.state.fetched!.selection.fromCache).toBe(48);
    // Only the missing trace is asked for again.
    expect(asked).toHaveLength(49 + 50 + 1);
  });

  it('cancels what is still waiting and compares what arrived, every trace counted', async () => {
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const { fetcher } = fakeFetcher('', gate);
    const cache = new LRUCache<string, TraceModel>({ max: 200 });
    const hook = renderHook(() => useTraceComparison(fetcher, cache, set, rules, sides));
    await waitFor(() => expect(hook.result.current.state.progress.total).toBe(99));
    act(() => hook.result.current.cancel());
    open();
    await waitFor(() => expect(hook.result.current.state.running).toBe(false));
    const { selection, baseline } = hook.result.current.state.fetched!;
    expect(selection.cancelled + baseline.cancelled).toBe(99);
    expect(selection.traces.length + baseline.traces.length).toBe(0);
  });
});
