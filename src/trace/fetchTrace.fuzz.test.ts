import { LoadingState, type DataQueryResponse } from '@grafana/data';
import fc from 'fast-check';
import { config as rxjsConfig, Observable } from 'rxjs';

import { checkoutTraceSpans, traceFrameFromSpans } from './__fixtures__/traceFrames';
import { createTraceFetcher, type TraceDataSource, type TraceFetchResult } from './fetchTrace';
import { normalizeTraceId } from './queries';

// Thousands of generated lookups: more than jest's default 5 s on a loaded two-core machine.
jest.setTimeout(30_000);

/**
 * What a tracing data source (or the proxy in front of it) may answer a trace lookup with: frames of any
 * shape, errors whose message is not text, several responses with odd states, a thrown value of any kind,
 * a query() that throws or never answers. The fetcher always settles with one of its outcomes, and every
 * outcome but `ok` and `cancelled` carries a sentence the drawer can show as text.
 */

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, '<img src=x onerror="window.__pwned=1">', 404, { status: 404 })
);

const frame = fc.oneof(
  { arbitrary: fc.constant(null).map(() => traceFrameFromSpans(checkoutTraceSpans())), weight: 3 },
  { arbitrary: fc.constant(null).map(() => traceFrameFromSpans([])), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      null,
      5,
      'x',
      {},
      { fields: null },
      { fields: [null] },
      { fields: [{ name: 'spanID', values: undefined }] },
      { fields: [{ name: 'spanID', values: ['a'] }] }
    ),
    weight: 2,
  },
  { arbitrary: hostileValue, weight: 1 }
);

const reportedError = fc.oneof(
  fc.record(
    {
      message: hostileValue,
      status: fc.constantFrom(404, 500, 502, undefined, '404'),
      data: fc.option(fc.record({ message: hostileValue }, { requiredKeys: [] }), { nil: undefined }),
    },
    { requiredKeys: [] }
  ),
  hostileValue
);

const response = fc.record(
  {
    data: fc.oneof(fc.array(frame, { maxLength: 3 }), hostileValue),
    error: reportedError,
    errors: fc.oneof(fc.array(reportedError, { maxLength: 2 }), hostileValue),
    state: fc.constantFrom(
      LoadingState.Done,
      LoadingState.Loading,
      LoadingState.Streaming,
      LoadingState.Error,
      undefined,
      'weird'
    ),
  },
  { requiredKeys: [] }
);

/** How the data source answers: a sequence of responses, then completion, an error, or nothing at all. */
const behaviour = fc.record({
  responses: fc.array(fc.oneof(response, hostileValue), { maxLength: 3 }),
  end: fc.oneof(
    { arbitrary: fc.constant({ kind: 'complete' as const }), weight: 6 },
    {
      arbitrary: fc.record({
        kind: fc.constant('error' as const),
        error: fc.oneof(
          hostileValue,
          fc.string().map((m) => new Error(m))
        ),
      }),
      weight: 3,
    },
    { arbitrary: fc.constant({ kind: 'never' as const }), weight: 1 }
  ),
  delivery: fc.constantFrom('observable', 'promise', 'throws', 'rejects'),
  dsType: fc.constantFrom('tempo', 'jaeger', 'zipkin', 'tempo', 'loki'),
  missing: fc.boolean(),
});

const STATUSES = ['ok', 'not-found', 'datasource-missing', 'unsupported-datasource', 'error', 'timeout', 'cancelled'];

describe('trace lookups against hostile data sources', () => {
  let unhandled: unknown[] = [];
  const previous = rxjsConfig.onUnhandledError;
  beforeAll(() => {
    // An exception thrown inside a subscriber is not lost by rxjs but rethrown later; collect it instead.
    rxjsConfig.onUnhandledError = (error) => unhandled.push(error);
  });
  afterAll(() => {
    rxjsConfig.onUnhandledError = previous;
  });

  it('always settle with one outcome, and every failure is a readable sentence', async () => {
    await fc.assert(
      fc.asyncProperty(behaviour, async (b) => {
        unhandled = [];
        const query = () => {
          if (b.delivery === 'throws') {
            throw (b.end.kind === 'error' ? b.end.error : new Error('query failed')) as Error;
          }
          if (b.delivery === 'rejects') {
            return Promise.reject(b.end.kind === 'error' ? b.end.error : undefined);
          }
          if (b.delivery === 'promise') {
            return Promise.resolve(b.responses[0] as DataQueryResponse);
          }
          return new Observable<DataQueryResponse>((subscriber) => {
            b.responses.forEach((r) => subscriber.next(r as DataQueryResponse));
            if (b.end.kind === 'complete') {
              subscriber.complete();
            } else if (b.end.kind === 'error') {
              subscriber.error(b.end.error);
            }
          });
        };
        const ds: TraceDataSource = { type: b.dsType, name: 'Tracing', query };
        const fetcher = createTraceFetcher({
          getDataSource: async () => (b.missing ? (undefined as unknown as TraceDataSource) : ds),
          timeoutMs: 5,
        });
        const result: TraceFetchResult = await fetcher.fetch({ datasourceUid: 'uid', traceId: TRACE_ID });
        expect(STATUSES).toContain(result.status);
        if ('message' in result) {
          expect(typeof result.message).toBe('string');
          expect(result.message.trim().length).toBeGreaterThan(0);
        }
        if (result.status === 'ok') {
          expect(result.model.spanCount).toBeGreaterThan(0);
        }
        // Nothing thrown inside the subscriber, to surface later as an uncaught error.
        expect(unhandled).toEqual([]);
      }),
      { numRuns: 3_000 }
    );
  });

  it('accept 1 to 32 hex digits as a trace ID, padded to 16 or 32, and quote anything else back shortened', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: 15, maxLength: 33 }),
          fc.constantFrom(
            '<img src=x onerror=alert(1)>',
            'javascript:alert(1)',
            ` ${TRACE_ID} `,
            '../../etc/passwd',
            'a'.repeat(10_000)
          )
        ),
        (raw) => {
          const result = normalizeTraceId(raw);
          if ('traceId' in result) {
            expect(result.traceId).toMatch(/^([0-9a-f]{16}|[0-9a-f]{32})$/);
            // Only leading zeros are added: the same 128-bit number Tempo looks up.
            expect(result.traceId.replace(/^0+/, '')).toBe(raw.trim().toLowerCase().replace(/^0+/, ''));
          } else {
            expect(result.error.length).toBeLessThan(120);
            expect(result.error).toMatch(
              /^(The trace ID is empty\.|".*" is not a trace ID: (trace IDs are hexadecimal digits \(0-9, a-f\), not ".+"|\d+ hex digits, at most 32 \(128 bits\) allowed)\.)$/su
            );
          }
        }
      ),
      { numRuns: 7_000 }
    );
  });
});
