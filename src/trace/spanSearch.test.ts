import { checkoutTraceSpans, traceFrameFromSpans } from './__fixtures__/traceFrames';
import { buildTraceModel } from './model';
import { searchSpans } from './spanSearch';
import type { TraceModel } from './types';

function model(jsonAsText = false): TraceModel {
  const spans = checkoutTraceSpans().map((span) =>
    span.operationName === 'SELECT cart'
      ? { ...span, tags: [{ key: 'db.system', value: 'postgresql' }] }
      : span.operationName === 'authorize'
        ? { ...span, serviceTags: [{ key: 'cloud.region', value: 'eu-west-1' }] }
        : span
  );
  const built = buildTraceModel(traceFrameFromSpans(spans, { jsonAsText }));
  if (!built.ok) {
    throw new Error(built.error);
  }
  return built.model;
}

const names = (m: TraceModel, found: number[]) => found.map((p) => m.operationNames[p]);

describe('searchSpans', () => {
  it('finds spans by operation name or service, case-insensitively, in display order', () => {
    const m = model();
    expect(names(m, searchSpans(m, 'CART'))).toEqual(['getCart', 'SELECT cart']);
    expect(names(m, searchSpans(m, 'payment'))).toEqual(['charge', 'fraudCheck']);
  });

  it('finds spans by attribute and resource attribute, as text or as key=value, JSON text columns too', () => {
    for (const m of [model(), model(true)]) {
      expect(names(m, searchSpans(m, 'postgres'))).toEqual(['SELECT cart']);
      expect(names(m, searchSpans(m, 'db.system=postgresql'))).toEqual(['SELECT cart']);
      expect(names(m, searchSpans(m, 'cloud.region = eu'))).toEqual(['authorize']);
      // key=value looks at attributes only: no operation is named so.
      expect(searchSpans(m, 'db.system=mysql')).toEqual([]);
    }
  });

  it('finds a span by its whole ID, and nothing for an empty query', () => {
    const m = model();
    expect(names(m, searchSpans(m, 'a000000000000005'))).toEqual(['fraudCheck']);
    expect(searchSpans(m, '   ')).toEqual([]);
  });
});
