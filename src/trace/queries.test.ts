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
    ['not hex', 'zz f92f3577b34da6', '"zz f92f3577b34da6" is not a trace ID: expected 16 or 32 hexadecimal digits.'],
    ['too short', 'abc123', '"abc123" is not a trace ID: expected 16 or 32 hexadecimal digits.'],
    [
      '24 digits',
      'a3ce929d0e0e4736a3ce929d',
      '"a3ce929d0e0e4736a3ce929d" is not a trace ID: expected 16 or 32 hexadecimal digits.',
    ],
    [
      'TraceQL',
      '{ span.http.status_code = 500 }',
      '"{ span.http.status_code = 500 }" is not a trace ID: expected 16 or 32 hexadecimal digits.',
    ],
  ])('rejects a %s trace ID with a message', (_name, id, message) => {
    expect(buildTraceIdQuery('tempo', id)).toEqual({ error: message });
  });

  it('shortens very long input in the message', () => {
    const result = normalizeTraceId('f'.repeat(100));
    expect(result).toEqual({ error: `"${'f'.repeat(40)}…" is not a trace ID: expected 16 or 32 hexadecimal digits.` });
  });
});
