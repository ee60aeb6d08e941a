import { renderHook } from '@testing-library/react';
import { exemplarSetFromFrames } from '../../data/exemplarFrames';
import { exemplarFrame } from '../../data/__fixtures__/prometheusFrames';
import { PanelView } from '../../view/panelView';
import { EffectiveRule } from '../../links/types';
import { TraceFetcher } from '../../trace/fetchTrace';
import { createHoverPrefetcher, PREFETCH_DELAY_MS } from './hoverPrefetch';
import { TRACE_WINDOW_MS } from './traceRef';
import { useTracePrefetch } from './useTracePrefetch';

describe('createHoverPrefetcher', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs once after the pointer rested on one key for the delay', () => {
    const run = jest.fn();
    const prefetcher = createHoverPrefetcher(300);
    prefetcher.hover('a', run);
    jest.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the pointer leaves before the delay', () => {
    const run = jest.fn();
    const prefetcher = createHoverPrefetcher(300);
    prefetcher.hover('a', run);
    jest.advanceTimersByTime(250);
    prefetcher.hover(undefined);
    jest.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });

  it('restarts the delay for a new key and forgets the old one (sweeping asks for nothing)', () => {
    const a = jest.fn();
    const b = jest.fn();
    const c = jest.fn();
    const prefetcher = createHoverPrefetcher(300);
    prefetcher.hover('a', a);
    jest.advanceTimersByTime(200);
    prefetcher.hover('b', b);
    jest.advanceTimersByTime(200);
    prefetcher.hover('c', c);
    jest.advanceTimersByTime(299);
    expect([a, b, c].map((f) => f.mock.calls.length)).toEqual([0, 0, 0]);
    jest.advanceTimersByTime(1);
    expect([a, b, c].map((f) => f.mock.calls.length)).toEqual([0, 0, 1]);
  });

  it('keeps the running delay when the same key is reported again', () => {
    const first = jest.fn();
    const again = jest.fn();
    const prefetcher = createHoverPrefetcher(300);
    prefetcher.hover('a', first);
    jest.advanceTimersByTime(200);
    prefetcher.hover('a', again);
    jest.advanceTimersByTime(100);
    expect(first).toHaveBeenCalledTimes(1);
    expect(again).not.toHaveBeenCalled();
  });

  it('hovering the same key after it ran arms it again; cancel() drops a pending one', () => {
    const run = jest.fn();
    const prefetcher = createHoverPrefetcher(300);
    prefetcher.hover('a', run);
    jest.advanceTimersByTime(300);
    prefetcher.hover('a', run);
    jest.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(2);
    prefetcher.hover('a', run);
    prefetcher.cancel();
    jest.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('defaults to a short delay', () => {
    expect(PREFETCH_DELAY_MS).toBeGreaterThanOrEqual(150);
    expect(PREFETCH_DELAY_MS).toBeLessThanOrEqual(500);
  });
});

describe('useTracePrefetch', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const { set } = exemplarSetFromFrames([
    exemplarFrame('A', [
      {
        timeMs: 1_700_000_000_000,
        value: 0.2,
        labels: { route: '/api/cart', trace_id: '4bf92f3577b34da6a3ce929d0e0e4736' },
      },
      {
        timeMs: 1_700_000_060_000,
        value: 0.9,
        labels: { route: '/api/checkout', trace_id: 'a3ce929d0e0e4736a3ce929d0e0e4736' },
      },
      { timeMs: 1_700_000_120_000, value: 0.5, labels: { route: '/api/cart' } },
    ]),
  ]);
  const rule: EffectiveRule = {
    labelName: 'trace_id',
    kind: 'datasource',
    datasourceUid: 'tempo',
    origin: 'panel',
    datasource: { uid: 'tempo', name: 'Tempo', type: 'tempo' },
  };
  const model = { exemplars: set, rules: [rule] } as unknown as PanelView;

  function setup(enabled = true) {
    const fetcher: TraceFetcher = { fetch: jest.fn(), prefetch: jest.fn(), clear: jest.fn() };
    const hook = renderHook(({ on }) => useTracePrefetch(fetcher, model, on), { initialProps: { on: enabled } });
    return { fetcher, hook };
  }

  it("prefetches the hovered exemplar's trace, with the drawer's time window, after the delay", () => {
    const { fetcher, hook } = setup();
    hook.result.current(0);
    jest.advanceTimersByTime(PREFETCH_DELAY_MS - 1);
    expect(fetcher.prefetch).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(fetcher.prefetch).toHaveBeenCalledWith({
      datasourceUid: 'tempo',
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      timeRange: { from: 1_700_000_000_000 - TRACE_WINDOW_MS, to: 1_700_000_000_000 + TRACE_WINDOW_MS },
    });
  });

  it('cancels when the pointer leaves (-1) or moves to another marker first', () => {
    const { fetcher, hook } = setup();
    hook.result.current(0);
    jest.advanceTimersByTime(200);
    hook.result.current(-1);
    jest.advanceTimersByTime(1000);
    expect(fetcher.prefetch).not.toHaveBeenCalled();
    hook.result.current(0);
    jest.advanceTimersByTime(200);
    hook.result.current(1);
    jest.advanceTimersByTime(PREFETCH_DELAY_MS);
    expect(fetcher.prefetch).toHaveBeenCalledTimes(1);
    expect(fetcher.prefetch).toHaveBeenCalledWith(
      expect.objectContaining({ traceId: 'a3ce929d0e0e4736a3ce929d0e0e4736' })
    );
  });

  it('prefetches nothing for an exemplar without a trace ID, or an index out of range', () => {
    const { fetcher, hook } = setup();
    hook.result.current(2);
    hook.result.current(99);
    jest.advanceTimersByTime(1000);
    expect(fetcher.prefetch).not.toHaveBeenCalled();
  });

  it('opening the drawer drops the pending prefetch, and nothing is prefetched while it is open', () => {
    const { fetcher, hook } = setup();
    hook.result.current(0);
    jest.advanceTimersByTime(100);
    hook.rerender({ on: false });
    jest.advanceTimersByTime(1000);
    hook.result.current(1);
    jest.advanceTimersByTime(1000);
    expect(fetcher.prefetch).not.toHaveBeenCalled();
    // Closing it does not by itself prefetch what was hovered before; the next hover does.
    hook.rerender({ on: true });
    jest.advanceTimersByTime(1000);
    expect(fetcher.prefetch).not.toHaveBeenCalled();
    hook.result.current(1);
    jest.advanceTimersByTime(PREFETCH_DELAY_MS);
    expect(fetcher.prefetch).toHaveBeenCalledTimes(1);
  });

  it('unmounting drops the pending prefetch', () => {
    const { fetcher, hook } = setup();
    hook.result.current(0);
    hook.unmount();
    jest.advanceTimersByTime(1000);
    expect(fetcher.prefetch).not.toHaveBeenCalled();
  });
});
