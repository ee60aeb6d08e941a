import { jaegerGrpcComplexFrame } from './__fixtures__/grafanaTraceFrames';
import { exemplarSpanId, findSpanPosition } from './exemplarSpan';
import { buildTraceModel } from './model';

const built = buildTraceModel(jaegerGrpcComplexFrame());
const model = built.ok ? built.model : undefined;

describe("the exemplar's own span", () => {
  it.each(['span_id', 'spanID', 'spanId', 'span.id'])('is read from the %s label', (name) => {
    const labels: Record<string, string> = { trace_id: '3fa414edcef6ad90', [name]: '0f5c1808567e4403' };
    expect(exemplarSpanId((n) => labels[n])).toBe('0f5c1808567e4403');
  });

  it('is absent when no such label has a value', () => {
    expect(exemplarSpanId((n) => (n === 'span_id' ? ' ' : undefined))).toBeUndefined();
  });

  it('is found in the trace whatever the case and leading zeros', () => {
    expect(findSpanPosition(model!, '0F5C1808567E4403')).toBe(1);
    expect(findSpanPosition(model!, 'f5c1808567e4403')).toBe(1);
    expect(findSpanPosition(model!, '00000000000000000f5c1808567e4403')).toBe(1);
  });

  it('is -1 when the trace has no such span', () => {
    expect(findSpanPosition(model!, 'deadbeefdeadbeef')).toBe(-1);
    expect(findSpanPosition(model!, undefined)).toBe(-1);
    expect(findSpanPosition(model!, '')).toBe(-1);
  });
});
