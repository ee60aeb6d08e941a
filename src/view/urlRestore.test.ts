import { exemplarSetOf } from '../region/__fixtures__/regionFixtures';
import type { EffectiveRule, TraceTarget } from '../links/types';
import { drawerStateFor, findExemplarOfTrace, restoreDrawer } from './urlRestore';

const T0 = 1_700_000_000_000;
const tempo = { uid: 'tempo', name: 'Tempo', type: 'tempo' };
const rules: EffectiveRule[] = [
  { labelName: 'trace_id', kind: 'datasource', datasourceUid: 'tempo', origin: 'datasource', datasource: tempo },
];
const set = exemplarSetOf(
  Array.from({ length: 6 }, (_, i) => ({
    timeMs: T0 + i * 1000,
    value: 0.1 * (i + 1),
    labels: { trace_id: `00000000000000a${i}` },
  }))
);
const all = new Uint8Array(6).fill(1);
const target = (row: number): TraceTarget => ({
  kind: 'datasource',
  traceId: `00000000000000A${row}`,
  labelName: 'trace_id',
  datasource: tempo,
  rule: rules[0],
});

describe('restoring the drawer from the URL', () => {
  it('finds the exemplar of a trace, whatever its leading zeros or case', () => {
    expect(findExemplarOfTrace(set, rules, { traceId: 'a3', datasourceUid: 'tempo', timeMs: 0 })).toBe(3);
    expect(findExemplarOfTrace(set, rules, { traceId: 'a3', datasourceUid: 'jaeger', timeMs: 0 })).toBe(-1);
    expect(findExemplarOfTrace(set, rules, { traceId: 'ff', datasourceUid: 'tempo', timeMs: 0 })).toBe(-1);
  });

  it('opens the exemplar when the panel holds it, else the trace itself from its data source', () => {
    const trace = { traceId: 'a2', datasourceUid: 'tempo', timeMs: T0 };
    expect(restoreDrawer({ view: 'trace', trace }, set, rules, all, [tempo])).toEqual({
      kind: 'exemplars',
      members: Uint32Array.of(2),
      first: 2,
    });
    const gone = { ...trace, traceId: 'beef' };
    expect(restoreDrawer({ view: 'trace', trace: gone }, set, rules, all, [tempo])).toEqual({
      kind: 'trace',
      trace: gone,
      datasource: tempo,
    });
    // A data source this Grafana does not have: no drawer.
    expect(restoreDrawer({ view: 'trace', trace: { ...gone, datasourceUid: 'nope' } }, set, rules, all, [tempo])).toBe(
      undefined
    );
  });

  it('gives a cluster back its members from the box the URL keeps', () => {
    const members = Uint32Array.of(1, 2, 4);
    const state = drawerStateFor(set, members, target(2), 2, 'trace')!;
    expect(state.view).toBe('cluster');
    expect(state.trace?.traceId).toBe('00000000000000a2');
    const restored = restoreDrawer(state, set, rules, all, [tempo]);
    // The box spans rows 1…4: row 3 lies inside it too.
    expect(restored).toEqual({ kind: 'exemplars', members: Uint32Array.of(1, 2, 3, 4), first: 2 });
    // Hidden exemplars stay out of it.
    const hidden = Uint8Array.of(1, 1, 1, 0, 1, 1);
    expect(restoreDrawer(state, set, rules, hidden, [tempo])).toMatchObject({ members: Uint32Array.of(1, 2, 4) });
  });

  it('keeps a single exemplar as a trace, and nothing for an exemplar without a trace to fetch', () => {
    expect(drawerStateFor(set, Uint32Array.of(5), target(5), 5, 'trace')).toEqual({
      view: 'trace',
      trace: { traceId: '00000000000000a5', datasourceUid: 'tempo', timeMs: T0 + 5000 },
    });
    expect(drawerStateFor(set, Uint32Array.of(5), undefined, 5, 'trace')).toBeUndefined();
  });
});
