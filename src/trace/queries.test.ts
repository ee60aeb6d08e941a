import { buildTraceIdQuery, normalizeTraceId } from './queries';

const ID32 = '4bf92f3577b34da6a3ce929d0e0e4736';
const ID16 = 'a3ce929d0e0e4736';

describe('buildTraceIdQuery', () => {
  it('builds Tempo trace lookups as a hex-only TraceQL query', () => {
    expect(buildTraceIdQuery('tempo', ID32)).toEqual({ refId: 'A', queryType: 'traceql', query: ID32 });
  });

  it('builds Jaeger trace lookups without a queryType', () => {
    const query = buildTraceIdQuery('jaeger', ID16);
    expect(query).toEqual({ refId: 'A', query: ID16 });
    expect(query).not.toHaveProperty('queryType');
  });

  it('builds Zipkin trace lookups with queryType traceID', () => {
    expect(buildTraceIdQuery('zipkin', ID16)).toEqual({ refId: 'A', queryType: 'traceID', query: ID16 });
  });

  it('normalizes whitespace and case', () => {
    expect(buildTraceIdQuery('tempo', `  ${ID32.toUpperCase()}\n`)).toEqual({
      refId: 'A',
      queryType: 'traceql',
      query: ID32,
    });
  });

  it('rejects other data source types', () => {
    expect(buildTraceIdQuery('loki', ID32)).toEqual({
      error: 'Data source type "loki" cannot look up traces by ID here; use Tempo, Jaeger or Zipkin.',
    });
  });

  it.each([
    ['empty', '', 'The trace ID is empty.'],
    ['blank', '   ', 'The trace ID is empty.'],
    [
      'not hex',
      'zz f92f3577b34da6',
      '"zz f92f3577b34da6" is not a trace ID: trace IDs are hexadecimal digits (0-9, a-f), not "z".',
    ],
    [
      'space inside',
      'a3ce929d 0e0e4736',
      '"a3ce929d 0e0e4736" is not a trace ID: trace IDs are hexadecimal digits (0-9, a-f), not " ".',
    ],
    [
      'TraceQL',
      '{ span.http.status_code = 500 }',
      '"{ span.http.status_code = 500 }" is not a trace ID: trace IDs are hexadecimal digits (0-9, a-f), not "{".',
    ],
    ['33-digit', `0${ID32}`, `"0${ID32}" is not a trace ID: 33 hex digits, at most 32 (128 bits) allowed.`],
  ])('rejects a %s trace ID with a message that says why', (_name, id, message) => {
    expect(buildTraceIdQuery('tempo', id)).toEqual({ error: message });
  });

  it('shortens very long input in the message', () => {
    const result = normalizeTraceId('f'.repeat(100));
    expect(result).toEqual({
      error: `"${'f'.repeat(40)}…" is not a trace ID: 100 hex digits, at most 32 (128 bits) allowed.`,
    });
  });
});

describe('normalizeTraceId pads IDs whose leading zeros were trimmed, as Tempo pads them', () => {
  it.each([
    ['31 digits (Tempo trimmed one zero)', 'a17f9f61386f57e7ef85acedc120f82', '0a17f9f61386f57e7ef85acedc120f82'],
    ['17 digits', '1a3ce929d0e0e4736', '0000000000000001a3ce929d0e0e4736'],
    ['16 digits stay 64-bit', ID16, ID16],
    ['15 digits', '3ce929d0e0e4736', '03ce929d0e0e4736'],
    ['1 digit', '7', '0000000000000007'],
    ['32 digits unchanged', ID32, ID32],
  ])('%s', (_name, raw, padded) => {
    expect(normalizeTraceId(raw)).toEqual({ traceId: padded });
  });

  it('queries Tempo with the padded ID', () => {
    expect(buildTraceIdQuery('tempo', 'a17f9f61386f57e7ef85acedc120f82')).toEqual({
      refId: 'A',
      queryType: 'traceql',
      query: '0a17f9f61386f57e7ef85acedc120f82',
    });
  });
});
