import { DataFrame, FieldType } from '@grafana/data';
import { findLabel, labelsOf, labelValue } from './columnar';
import { exemplarFrame, shopResponse } from './__fixtures__/prometheusFrames';
import { exemplarSetFromFrames, isExemplarFrame } from './exemplarFrames';

describe('exemplarSetFromFrames', () => {
  it('reads Grafana exemplar frames into columns', () => {
    const { exemplars, times } = shopResponse();
    const { set, report } = exemplarSetFromFrames(exemplars);
    expect(set.size).toBe(3);
    expect(Array.from(set.timeMs)).toEqual([times[1] + 10, times[2] + 20, times[3] + 30]);
    expect(Array.from(set.value)).toEqual([0.38, 2.4, 0.02]);
    expect(set.labels.map((c) => c.name)).toEqual(['__name__', 'job', 'le', 'method', 'route', 'status', 'trace_id']);
    expect(labelsOf(set, 1)).toMatchObject({
      route: '/api/checkout',
      status: '500',
      trace_id: '00f067aa0ba902b7a3ce929d0e0e4736',
    });
    // Grafana writes "" for a label a row lacks: that is "absent", not an empty trace ID.
    expect(labelValue(findLabel(set, 'trace_id'), 2)).toBeUndefined();
    expect(labelValue(set.refIds, 0)).toBe('p99');
    expect(report).toEqual({ frames: 1, rejectedRows: 0, unusableFrames: 0, truncatedRows: 0 });
  });

  it('dictionary-encodes repeated label values', () => {
    const { exemplars } = shopResponse();
    const { set } = exemplarSetFromFrames(exemplars);
    expect(findLabel(set, 'job')!.dict).toEqual(['shop-api']);
    expect(Array.from(findLabel(set, 'route')!.codes)).toEqual([0, 1, 0]);
  });

  it('merges frames of several queries, with labels missing from some', () => {
    const a = exemplarFrame('A', [{ timeMs: 1, value: 0.1, labels: { trace_id: 'a1' } }]);
    const b = exemplarFrame('B', [{ timeMs: 2, value: 0.2, labels: { traceID: 'b1', route: '/x' } }]);
    const { set } = exemplarSetFromFrames([a, b]);
    expect(set.size).toBe(2);
    expect(labelsOf(set, 0)).toEqual({ trace_id: 'a1' });
    expect(labelsOf(set, 1)).toEqual({ traceID: 'b1', route: '/x' });
    expect(set.refIds.dict).toEqual(['A', 'B']);
  });

  it('rejects rows with unusable time or value and reports them', () => {
    const frame: DataFrame = {
      name: 'exemplar',
      length: 5,
      fields: [
        { name: 'Time', type: FieldType.time, config: {}, values: [1, null, 3, 4, 5] },
        { name: 'Value', type: FieldType.number, config: {}, values: [0.1, 0.2, NaN, -1, '0.5'] },
        { name: 'trace_id', type: FieldType.string, config: {}, values: ['a', 'b', 'c', 'd', 'e'] },
      ],
    };
    const { set, report } = exemplarSetFromFrames([frame]);
    expect(Array.from(set.value)).toEqual([0.1, 0.5]);
    expect(findLabel(set, 'trace_id')!.dict).toEqual(['a', 'e']);
    expect(report.rejectedRows).toBe(3);
  });

  it('reports frames without time or value fields instead of throwing', () => {
    const frame: DataFrame = {
      name: 'exemplar',
      length: 1,
      fields: [{ name: 'x', type: FieldType.string, config: {}, values: ['1'] }],
    };
    const { set, report } = exemplarSetFromFrames([frame]);
    expect(set.size).toBe(0);
    expect(report.unusableFrames).toBe(1);
  });

  it('stops at the cap and counts what it left out', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ timeMs: i, value: i / 10, labels: { trace_id: `t${i}` } }));
    const { set, report } = exemplarSetFromFrames([exemplarFrame('A', rows)], { cap: 4 });
    expect(set.size).toBe(4);
    expect(report.truncatedRows).toBe(6);
  });

  it('recognises exemplar frames by name or result type', () => {
    expect(isExemplarFrame({ name: 'exemplar', fields: [], length: 0 })).toBe(true);
    expect(isExemplarFrame({ meta: { custom: { resultType: 'exemplar' } }, fields: [], length: 0 })).toBe(true);
    expect(isExemplarFrame({ name: 'annotations', fields: [], length: 0 })).toBe(false);
  });
});

describe('label encoding at scale', () => {
  const n = 5000;
  const rows = Array.from({ length: n }, (_, i) => ({
    timeMs: i,
    value: i / n,
    // trace_id: distinct per row (identity-encoded); instance: 40 values (map); le: 3 values (scan).
    labels: {
      trace_id: `t${i}`,
      instance: `host-${i % 40}`,
      le: ['0.1', '0.5', '+Inf'][i % 3],
      ...(i % 7 === 0 ? {} : { status: '200' }),
    },
  }));
  const { set } = exemplarSetFromFrames([exemplarFrame('A', rows)]);

  it('keeps every value reachable, whatever the encoding', () => {
    for (const i of [0, 1, 2047, 2048, 4999]) {
      expect(labelsOf(set, i)).toEqual(rows[i].labels);
    }
  });

  it('deduplicates low-cardinality columns and identity-encodes distinct ones', () => {
    expect(findLabel(set, 'instance')!.dict).toHaveLength(40);
    expect(findLabel(set, 'le')!.dict).toEqual(['0.1', '0.5', '+Inf']);
    expect(findLabel(set, 'trace_id')!.dict).toHaveLength(n);
    expect(findLabel(set, 'status')!.codes[7]).toBe(-1);
  });
});
