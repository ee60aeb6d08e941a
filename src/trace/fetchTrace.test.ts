import { createDataFrame, FieldType, LoadingState, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { Observable, of, Subject, throwError } from 'rxjs';

import { checkoutTraceSpans, traceFrameFromSpans } from './__fixtures__/traceFrames';
import { createTraceFetcher, type TraceDataSource } from './fetchTrace';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const ref = { datasourceUid: 'tempo-uid', traceId: TRACE_ID };
const NOW = Date.UTC(2024, 0, 1, 12);

function dataSource(
  respond: (request: DataQueryRequest) => Observable<DataQueryResponse> | Promise<DataQueryResponse>,
  type = 'tempo'
) {
  const query = jest.fn(respond);
  const ds: TraceDataSource = { type, name: `My ${type}`, query };
  return { ds, query };
}

function fetcherFor(ds: TraceDataSource, options: { timeoutMs?: number; cacheSize?: number } = {}) {
  const getDataSource = jest.fn(async (uid: string) => {
    if (uid !== ref.datasourceUid) {
      throw new Error(`Data source ${uid} was not found`);
    }
    return ds;
  });
  return { fetcher: createTraceFetcher({ getDataSource, now: () => NOW, ...options }), getDataSource };
}

/** An Observable that never emits and records whether its teardown ran. */
function hangingSource() {
  const state = { subscribed: 0, tornDown: 0 };
  const observable = new Observable<DataQueryResponse>(() => {
    state.subscribed++;
    return () => state.tornDown++;
  });
  return { observable, state };
}

const okResponse = (): DataQueryResponse => ({
  data: [traceFrameFromSpans(checkoutTraceSpans())],
  state: LoadingState.Done,
});

describe('createTraceFetcher', () => {
  afterEach(() => jest.useRealTimers());

  it('fetches through the data source with a full request and builds the model', async () => {
    const { ds, query } = dataSource(() => of(okResponse()));
    const { fetcher } = fetcherFor(ds);
    const result = await fetcher.fetch({ ...ref, traceId: ` ${TRACE_ID.toUpperCase()} ` });

    expect(result.status).toBe('ok');
    if (result.status === 'ok') {
      expect(result.model.spanCount).toBe(7);
      expect(result.model.root.operationName).toBe('GET /checkout');
    }
    const request = query.mock.calls[0][0];
    expect(request.targets).toEqual([
      { refId: 'A', queryType: 'traceql', query: TRACE_ID, datasource: { type: 'tempo', uid: 'tempo-uid' } },
    ]);
    expect(request).toMatchObject({
      timezone: 'browser',
      app: 'panel',
      startTime: NOW,
      scopedVars: {},
      intervalMs: 3600,
    });
    expect(request.requestId).toMatch(/^exemplar-trace-preview-\d+$/);
    expect(request.range.from.valueOf()).toBe(NOW - 3_600_000);
    expect(request.range.to.valueOf()).toBe(NOW);
  });

  it('uses a given time range', async () => {
    const { ds, query } = dataSource(() => of(okResponse()));
    const { fetcher } = fetcherFor(ds);
    await fetcher.fetch({ ...ref, timeRange: { from: 1000, to: 61_000 } });
    const { range } = query.mock.calls[0][0];
    expect([range.from.valueOf(), range.to.valueOf()]).toEqual([1000, 61_000]);
  });

  it('accepts a data source whose query returns a Promise', async () => {
    const { ds } = dataSource(async () => okResponse(), 'jaeger');
    const { fetcher } = fetcherFor(ds);
    expect((await fetcher.fetch(ref)).status).toBe('ok');
  });

  it('serves a second fetch from the cache', async () => {
    const { ds, query } = dataSource(() => of(okResponse()));
    const { fetcher } = fetcherFor(ds);
    const first = await fetcher.fetch(ref);
    const second = await fetcher.fetch(ref);
    expect(second).toBe(first);
    expect(query).toHaveBeenCalledTimes(1);
    fetcher.clear();
    await fetcher.fetch(ref);
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('evicts the least recently used trace beyond cacheSize', async () => {
    const { ds, query } = dataSource(() => of(okResponse()));
    const { fetcher } = fetcherFor(ds, { cacheSize: 1 });
    await fetcher.fetch(ref);
    await fetcher.fetch({ ...ref, traceId: 'a3ce929d0e0e4736' });
    await fetcher.fetch(ref);
    expect(query).toHaveBeenCalledTimes(3);
  });

  it('shares one request between concurrent fetches of the same trace', async () => {
    const responses = new Subject<DataQueryResponse>();
    const { ds, query } = dataSource(() => responses);
    const { fetcher } = fetcherFor(ds);
    const both = Promise.all([fetcher.fetch(ref), fetcher.fetch(ref)]);
    fetcher.prefetch(ref);
    await Promise.resolve();
    await Promise.resolve();
    responses.next(okResponse());
    const [a, b] = await both;
    expect(a.status).toBe('ok');
    expect(b).toBe(a);
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('a prefetched trace is then fetched from the cache: one data source query', async () => {
    const { ds, query } = dataSource(() => of(okResponse()));
    const { fetcher } = fetcherFor(ds);
    fetcher.prefetch(ref);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(query).toHaveBeenCalledTimes(1);
    const result = await fetcher.fetch(ref, new AbortController().signal);
    expect(result.status).toBe('ok');
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('a fetch that joins a prefetch in flight and is aborted leaves the prefetch running, and its result cached', async () => {
    const responses = new Subject<DataQueryResponse>();
    const { ds, query } = dataSource(() => responses);
    const { fetcher } = fetcherFor(ds);
    fetcher.prefetch(ref);
    const drawer = new AbortController();
    const joined = fetcher.fetch(ref, drawer.signal);
    await new Promise((resolve) => setTimeout(resolve, 0));
    drawer.abort();
    expect(await joined).toEqual({ status: 'cancelled' });
    expect(responses.observed).toBe(true);
    responses.next(okResponse());
    expect((await fetcher.fetch(ref)).status).toBe('ok');
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('prefetching a cached trace asks nothing', async () => {
    const { ds, query } = dataSource(() => of(okResponse()));
    const { fetcher } = fetcherFor(ds);
    await fetcher.fetch(ref);
    fetcher.prefetch(ref);
    fetcher.prefetch({ ...ref, traceId: TRACE_ID.toUpperCase() });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('waits past loading responses for the final one', async () => {
    const responses = new Subject<DataQueryResponse>();
    const { ds } = dataSource(() => responses);
    const { fetcher } = fetcherFor(ds);
    const pending = fetcher.fetch(ref);
    await new Promise((resolve) => setTimeout(resolve, 0));
    responses.next({ data: [], state: LoadingState.Loading });
    responses.next(okResponse());
    expect((await pending).status).toBe('ok');
  });

  it.each([
    ['no frames', { data: [] }],
    [
      "Jaeger's empty trace frame",
      { data: [createDataFrame({ fields: [{ name: 'trace', type: FieldType.trace, values: [] }] })] },
    ],
    ['an empty trace frame', { data: [traceFrameFromSpans([])] }],
    [
      "Tempo's trace-not-found error",
      {
        data: [],
        error: { message: `failed to get trace with id: ${TRACE_ID} Status: 404 Not Found Body: trace not found` },
      },
    ],
    ['a 404 in errors', { data: [], errors: [{ message: 'request failed', status: 404 }] }],
  ])('maps %s to not-found', async (_name, response) => {
    const { ds } = dataSource(() => of(response as DataQueryResponse));
    const result = await fetcherFor(ds).fetcher.fetch(ref);
    expect(result).toEqual({
      status: 'not-found',
      message: expect.stringContaining(`Trace ${TRACE_ID} was not found`),
    });
  });

  it('does not cache not-found, so a retry asks again', async () => {
    const { ds, query } = dataSource(() => of({ data: [] }));
    const { fetcher } = fetcherFor(ds);
    await fetcher.fetch(ref);
    await fetcher.fetch(ref);
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('maps response errors to error with the message', async () => {
    const { ds } = dataSource(() => of({ data: [], errors: [{ message: 'upstream unavailable' }] }));
    expect(await fetcherFor(ds).fetcher.fetch(ref)).toEqual({ status: 'error', message: 'upstream unavailable' });
  });

  it('maps a thrown Grafana fetch error to error with its message', async () => {
    const { ds } = dataSource(() =>
      throwError(() => ({ status: 502, statusText: 'Bad Gateway', data: { message: 'bad gateway from tempo' } }))
    );
    expect(await fetcherFor(ds).fetcher.fetch(ref)).toEqual({ status: 'error', message: 'bad gateway from tempo' });
  });

  it('maps a frame that is not a trace to error', async () => {
    const notTrace = createDataFrame({ fields: [{ name: 'spanID', type: FieldType.string, values: ['a'] }] });
    const { ds } = dataSource(() => of({ data: [notTrace] }));
    expect(await fetcherFor(ds).fetcher.fetch(ref)).toEqual({
      status: 'error',
      message: 'Not a trace frame: fields "startTime", "duration" missing.',
    });
  });

  it('reports a missing data source with its uid', async () => {
    const { ds } = dataSource(() => of(okResponse()));
    const result = await fetcherFor(ds).fetcher.fetch({ ...ref, datasourceUid: 'gone' });
    expect(result).toEqual({
      status: 'datasource-missing',
      uid: 'gone',
      message: expect.stringContaining('"gone" was not found'),
    });
  });

  it('reports data sources that cannot look up traces', async () => {
    const { ds, query } = dataSource(() => of(okResponse()), 'loki');
    const result = await fetcherFor(ds).fetcher.fetch(ref);
    expect(result).toEqual({
      status: 'unsupported-datasource',
      type: 'loki',
      message: expect.stringContaining('My loki'),
    });
    expect(query).not.toHaveBeenCalled();
  });

  it('rejects a bad trace ID without asking the data source', async () => {
    const { ds } = dataSource(() => of(okResponse()));
    const { fetcher, getDataSource } = fetcherFor(ds);
    const result = await fetcher.fetch({ ...ref, traceId: 'nope' });
    // Its own status: the drawer must not blame the data source nor offer a retry that cannot help.
    expect(result).toEqual({
      status: 'invalid-trace-id',
      message: expect.stringContaining('"nope" is not a trace ID'),
    });
    expect(getDataSource).not.toHaveBeenCalled();
  });

  it('times out, unsubscribing from the request', async () => {
    jest.useFakeTimers();
    const { observable, state } = hangingSource();
    const { ds } = dataSource(() => observable);
    const pending = fetcherFor(ds, { timeoutMs: 5000 }).fetcher.fetch(ref);
    await jest.advanceTimersByTimeAsync(4999);
    expect(state).toEqual({ subscribed: 1, tornDown: 0 });
    await jest.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ status: 'timeout', ms: 5000 });
    expect(state.tornDown).toBe(1);
  });

  it('cancels on abort, running the Observable teardown', async () => {
    const { observable, state } = hangingSource();
    const { ds } = dataSource(() => observable);
    const controller = new AbortController();
    const pending = fetcherFor(ds).fetcher.fetch(ref, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(state.subscribed).toBe(1);
    controller.abort();
    expect(await pending).toEqual({ status: 'cancelled' });
    expect(state.tornDown).toBe(1);
  });

  it('keeps a shared request alive while another caller still waits', async () => {
    const { observable, state } = hangingSource();
    const { ds } = dataSource(() => observable);
    const { fetcher } = fetcherFor(ds);
    const leaving = new AbortController();
    const staying = new AbortController();
    const first = fetcher.fetch(ref, leaving.signal);
    const second = fetcher.fetch(ref, staying.signal);
    await new Promise((resolve) => setTimeout(resolve, 0));
    leaving.abort();
    expect(await first).toEqual({ status: 'cancelled' });
    expect(state.tornDown).toBe(0);
    staying.abort();
    expect(await second).toEqual({ status: 'cancelled' });
    expect(state.tornDown).toBe(1);
  });

  it('cancels before the data source resolves without querying it', async () => {
    const { ds, query } = dataSource(() => of(okResponse()));
    const { fetcher } = fetcherFor(ds);
    const controller = new AbortController();
    const pending = fetcher.fetch(ref, controller.signal);
    controller.abort();
    expect(await pending).toEqual({ status: 'cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(query).not.toHaveBeenCalled();
  });

  it('returns cancelled at once for an already aborted signal', async () => {
    const { ds, query } = dataSource(() => of(okResponse()));
    const controller = new AbortController();
    controller.abort();
    expect(await fetcherFor(ds).fetcher.fetch(ref, controller.signal)).toEqual({ status: 'cancelled' });
    expect(query).not.toHaveBeenCalled();
  });

  it('clear() cancels requests in flight', async () => {
    const { observable, state } = hangingSource();
    const { ds } = dataSource(() => observable);
    const { fetcher } = fetcherFor(ds);
    const pending = fetcher.fetch(ref);
    await new Promise((resolve) => setTimeout(resolve, 0));
    fetcher.clear();
    expect(await pending).toEqual({ status: 'cancelled' });
    expect(state.tornDown).toBe(1);
  });
});

describe('createTraceFetcher with malformed answers', () => {
  it('shows a generic sentence when the reported error message is not text', async () => {
    for (const message of [{ nested: true }, 42, '  ']) {
      const { ds } = dataSource(() => of({ data: [], error: { message: message as never, status: 500 } }));
      const { fetcher } = fetcherFor(ds);
      expect(await fetcher.fetch(ref)).toEqual({ status: 'error', message: 'The data source returned an error.' });
    }
  });

  it('skips frames with null fields instead of throwing inside the subscription', async () => {
    const { ds } = dataSource(() => of({ data: [{ fields: [null] }] } as unknown as DataQueryResponse));
    const { fetcher } = fetcherFor(ds, { timeoutMs: 200 });
    // Before: a TypeError inside the subscriber, rethrown later by rxjs, and the drawer waiting for the timeout.
    expect((await fetcher.fetch(ref)).status).toBe('not-found');
  });
});
