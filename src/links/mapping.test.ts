import { labelsOf } from '../data/columnar';
import { exemplarSetFromFrames } from '../data/exemplarFrames';
import { exemplarFrame } from '../data/__fixtures__/prometheusFrames';
import { defaultOptions, LabelMappingOptions } from '../types';
import { countLinkedExemplars, effectiveRules, MappingInputs, suggestedRule, traceTargetFor } from './mapping';

const tempo = { uid: 'tempo', name: 'Tempo', type: 'tempo' };
const jaeger = { uid: 'jaeger', name: 'Jaeger', type: 'jaeger' };

function setWith(labels: Array<Record<string, string>>) {
  return exemplarSetFromFrames([
    exemplarFrame(
      'A',
      labels.map((l, i) => ({ timeMs: i, value: 0.1, labels: l }))
    ),
  ]).set;
}

function inputs(options: Partial<LabelMappingOptions>, extra: Partial<MappingInputs> = {}): MappingInputs {
  return {
    options: { ...defaultOptions.labelMapping, ...options },
    datasourceDestinations: [],
    tracingDatasources: [tempo, jaeger],
    ...extra,
  };
}

describe('label mapping', () => {
  it('uses the Prometheus data source destinations by default', () => {
    const set = setWith([{ trace_id: 'abc' }]);
    const rules = effectiveRules(
      inputs({}, { datasourceDestinations: [{ name: 'trace_id', datasourceUid: 'jaeger' }] }),
      set
    );
    expect(traceTargetFor(set, 0, rules)).toMatchObject({ kind: 'datasource', traceId: 'abc', datasource: jaeger });
    expect(rules[0].origin).toBe('datasource');
  });

  it('lets panel rules win over the data source defaults', () => {
    const set = setWith([{ trace_id: 'abc' }]);
    const rules = effectiveRules(
      inputs(
        { rules: [{ labelName: 'trace_id', kind: 'url', url: 'https://x/${__value.raw}', displayLabel: 'Open in X' }] },
        { datasourceDestinations: [{ name: 'trace_id', datasourceUid: 'tempo' }] }
      ),
      set
    );
    expect(traceTargetFor(set, 0, rules)).toMatchObject({
      kind: 'url',
      url: 'https://x/abc',
      displayLabel: 'Open in X',
    });
  });

  it('keeps a rule still being written out of force: it does not break the data source mapping of its label', () => {
    const set = setWith([{ trace_id: 'abc' }]);
    const destinations = { datasourceDestinations: [{ name: 'trace_id', datasourceUid: 'tempo' }] };
    for (const draft of [
      { labelName: 'trace_id', kind: 'datasource' as const },
      { labelName: 'trace_id', kind: 'url' as const, url: '  ' },
      { labelName: ' ', kind: 'datasource' as const, datasourceUid: 'jaeger' },
    ]) {
      const rules = effectiveRules(inputs({ rules: [draft] }, destinations), set);
      expect(traceTargetFor(set, 0, rules)).toMatchObject({ kind: 'datasource', traceId: 'abc', datasource: tempo });
    }
  });

  it('starts a new rule from the data source mapping, else trace_id to Tempo first', () => {
    expect(suggestedRule([{ name: 'traceID', datasourceUid: 'jaeger' }], [tempo, jaeger])).toEqual({
      labelName: 'traceID',
      kind: 'datasource',
      datasourceUid: 'jaeger',
    });
    expect(suggestedRule([{ name: 'trace_id', url: 'https://x/${__value.raw}' }], [])).toMatchObject({
      labelName: 'trace_id',
      kind: 'url',
      url: 'https://x/${__value.raw}',
    });
    expect(suggestedRule([{ name: '' }], [jaeger, tempo])).toEqual({
      labelName: 'trace_id',
      kind: 'datasource',
      datasourceUid: 'tempo',
      url: undefined,
      displayLabel: undefined,
    });
  });

  it('auto-detects traceID when the data source maps trace_id, linking to the same place', () => {
    const set = setWith([{ traceID: 'def' }]);
    const rules = effectiveRules(
      inputs({}, { datasourceDestinations: [{ name: 'trace_id', datasourceUid: 'jaeger' }] }),
      set
    );
    expect(rules.map((r) => [r.labelName, r.origin])).toEqual([
      ['trace_id', 'datasource'],
      ['traceID', 'auto'],
    ]);
    expect(traceTargetFor(set, 0, rules)).toMatchObject({ kind: 'datasource', traceId: 'def', datasource: jaeger });
  });

  it('auto-detects to Tempo first when nothing else is configured', () => {
    const set = setWith([{ trace_id: 'abc' }]);
    const rules = effectiveRules(inputs({}, { tracingDatasources: [jaeger, tempo] }), set);
    expect(traceTargetFor(set, 0, rules)).toMatchObject({ datasource: tempo });
  });

  it('does not auto-detect or use defaults when turned off', () => {
    const set = setWith([{ trace_id: 'abc' }]);
    const rules = effectiveRules(
      inputs(
        { autoDetect: false, useDatasourceDefaults: false },
        { datasourceDestinations: [{ name: 'trace_id', datasourceUid: 'tempo' }] }
      ),
      set
    );
    expect(rules).toEqual([]);
    expect(traceTargetFor(set, 0, rules)).toBeUndefined();
  });

  it('marks a rule whose data source is gone as broken, with the reason', () => {
    const set = setWith([{ trace_id: 'abc' }]);
    const rules = effectiveRules(
      inputs({ rules: [{ labelName: 'trace_id', kind: 'datasource', datasourceUid: 'gone' }] }),
      set
    );
    expect(traceTargetFor(set, 0, rules)).toMatchObject({
      kind: 'broken',
      traceId: 'abc',
      reason: expect.stringContaining('"gone" was not found'),
    });
  });

  it('marks a refused URL as broken instead of linking to it', () => {
    const set = setWith([{ trace_id: 'abc' }]);
    const rules = effectiveRules(
      inputs({ rules: [{ labelName: 'trace_id', kind: 'url', url: 'javascript:alert(${__value.raw})' }] }),
      set
    );
    expect(traceTargetFor(set, 0, rules)).toMatchObject({ kind: 'broken', reason: expect.stringContaining('Refused') });
  });

  it('takes the first rule whose label the exemplar carries, per exemplar', () => {
    const set = setWith([{ trace_id: 'a' }, { traceId: 'b' }, { route: '/x' }]);
    const rules = effectiveRules(inputs({}), set);
    expect(traceTargetFor(set, 0, rules)).toMatchObject({ labelName: 'trace_id', traceId: 'a' });
    expect(traceTargetFor(set, 1, rules)).toMatchObject({ labelName: 'traceId', traceId: 'b' });
    expect(traceTargetFor(set, 2, rules)).toBeUndefined();
    expect(countLinkedExemplars(set, rules)).toBe(2);
  });
});

describe('labels named like Object internals', () => {
  it('keeps an exemplar label named __proto__ for display and URL templates', () => {
    const set = setWith([JSON.parse('{"trace_id":"abc","__proto__":"p1"}')]);
    expect(Object.entries(labelsOf(set, 0))).toEqual([
      ['__proto__', 'p1'],
      ['trace_id', 'abc'],
    ]);
    const rules = effectiveRules(
      inputs({
        rules: [{ labelName: 'trace_id', kind: 'url', url: 'https://t/${__value.raw}?p=${__data.fields.__proto__}' }],
      }),
      set
    );
    expect(traceTargetFor(set, 0, rules)).toMatchObject({ kind: 'url', url: 'https://t/abc?p=p1' });
  });
});
