import { useEffect, useState } from 'react';
import type { TraceFetcher, TraceFetchResult } from '../../trace/fetchTrace';

export type TracePreviewState = { status: 'idle' } | { status: 'loading' } | TraceFetchResult;

/**
 * Fetches one trace for the drawer. Choosing another trace or closing the drawer aborts the
 * request in flight (the data source query is unsubscribed); `retry` fetches again.
 */
export function useTracePreview(
  fetcher: TraceFetcher,
  ref: { datasourceUid: string; traceId: string; timeRange?: { from: number; to: number } } | undefined
): { state: TracePreviewState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  // The answer remembers which request it answers: anything else is still loading.
  const [answer, setAnswer] = useState<{ key: string; result: TraceFetchResult }>();
  const key = ref ? `${ref.datasourceUid}/${ref.traceId}/${attempt}` : '';

  useEffect(() => {
    if (!ref) {
      return;
    }
    const controller = new AbortController();
    fetcher.fetch(ref, controller.signal).then((result) => {
      if (!controller.signal.aborted) {
        setAnswer({ key, result });
      }
    });
    return () => controller.abort();
    // `key` identifies the request; `ref` is a new object for the same trace on re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetcher, key]);

  const state: TracePreviewState = !ref
    ? { status: 'idle' }
    : answer?.key === key
      ? answer.result
      : { status: 'loading' };
  return { state, retry: () => setAttempt((n) => n + 1) };
}
