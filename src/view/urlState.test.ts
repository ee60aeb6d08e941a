import {
  panelUrlKey,
  parsePanelUrlState,
  parseRegionUrl,
  regionUrlUpdate,
  serializePanelUrlState,
  viewerUrlUpdate,
  type PanelUrlState,
} from './urlState';

const TRACE = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', datasourceUid: 'tempo', timeMs: 1_700_000_000_123 };
const BOX = { fromMs: 1_700_000_000_000, toMs: 1_700_000_060_000, minValue: 0.25, maxValue: 1.5 };

/** What the page's query string holds after `locationService.partial(update)` on `search`. */
function applied(update: Record<string, string | undefined>, search = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [name, value] of Object.entries(update)) {
    if (value === undefined) {
      next.delete(name);
    } else {
      next.set(name, value);
    }
  }
  return next;
}

function roundTrip(key: string, state: PanelUrlState, search?: URLSearchParams): PanelUrlState {
  return parsePanelUrlState(key, applied(serializePanelUrlState(key, state), search));
}

describe('panel URL state', () => {
  it('keeps an open trace with its span, view and viewer through the query string', () => {
    const state: PanelUrlState = {
      drawer: { view: 'trace', trace: TRACE, spanId: '00f067aa0ba902b7' },
      viewer: 'table',
    };
    const search = applied(serializePanelUrlState('4', state));
    expect(search.get('etp-4-trace')).toBe(TRACE.traceId);
    expect(search.get('etp-4-ds')).toBe('tempo');
    expect(search.get('etp-4-t')).toBe('1700000000123');
    expect(search.get('etp-4-span')).toBe('00f067aa0ba902b7');
    expect(search.has('etp-4-view')).toBe(false);
    expect(parsePanelUrlState('4', search)).toEqual(state);
  });

  it('keeps a cluster and a selection with their boxes', () => {
    const cluster: PanelUrlState = { drawer: { view: 'cluster', trace: TRACE, box: BOX } };
    expect(roundTrip('4', cluster)).toEqual({ drawer: { ...cluster.drawer, spanId: undefined }, viewer: undefined });
    const selection: PanelUrlState = { drawer: { view: 'selection', box: BOX } };
    expect(roundTrip('4', selection).drawer).toEqual({ view: 'selection', box: BOX });
  });

  it('reads a box drawn either way round as the same box', () => {
    const search = new URLSearchParams({
      'etp-4-view': 'selection',
      'etp-4-box': `${BOX.toMs},${BOX.fromMs},1.5,0.25`,
    });
    expect(parsePanelUrlState('4', search).drawer?.box).toEqual(BOX);
  });

  it('leaves other panels, clones and Grafana parameters alone', () => {
    const other = new URLSearchParams({
      from: 'now-1h',
      'var-route': 'checkout',
      'etp-7-trace': 'abc',
      'etp-7-ds': 'x',
    });
    const search = applied(serializePanelUrlState('4', { drawer: { view: 'trace', trace: TRACE } }), other);
    expect(search.get('from')).toBe('now-1h');
    expect(search.get('var-route')).toBe('checkout');
    expect(search.get('etp-7-trace')).toBe('abc');
    expect(parsePanelUrlState('4c1', search)).toEqual({ drawer: undefined, viewer: undefined });
    // Closing the drawer takes every parameter of the panel away, and only those.
    const closed = applied(serializePanelUrlState('4', {}), search);
    expect([...closed.keys()].filter((name) => name.startsWith('etp-4-'))).toEqual([]);
    expect(closed.get('etp-7-trace')).toBe('abc');
  });

  it('sets the viewer choice alone, and keeps it when the drawer closes', () => {
    const open = applied(serializePanelUrlState('4', { drawer: { view: 'trace', trace: TRACE } }));
    const table = applied(viewerUrlUpdate('4', 'table'), open);
    expect(parsePanelUrlState('4', table)).toEqual({ drawer: { view: 'trace', trace: TRACE }, viewer: 'table' });
    const closed = applied(serializePanelUrlState('4', { viewer: 'table' }), table);
    expect(parsePanelUrlState('4', closed)).toEqual({ drawer: undefined, viewer: 'table' });
  });

  it('gives clones of a repeated panel keys of their own', () => {
    expect(panelUrlKey(4)).toBe('4');
    expect(panelUrlKey(4, 0)).toBe('4');
    expect(panelUrlKey(4, 2)).toBe('4c2');
    expect(panelUrlKey(Number.NaN)).toBe('0');
    expect(() => serializePanelUrlState('bad key&', {})).toThrow(/Panel URL key/);
  });

  it.each([
    ['a trace ID that is not hex', { 'etp-4-trace': 'zz<script>', 'etp-4-ds': 'tempo', 'etp-4-t': '1' }],
    ['a trace ID over 128 bits', { 'etp-4-trace': 'a'.repeat(33), 'etp-4-ds': 'tempo', 'etp-4-t': '1' }],
    ['a data source uid Grafana cannot have', { 'etp-4-trace': 'abc', 'etp-4-ds': '../../api', 'etp-4-t': '1' }],
    ['no time', { 'etp-4-trace': 'abc', 'etp-4-ds': 'tempo' }],
    ['a time that is not a number', { 'etp-4-trace': 'abc', 'etp-4-ds': 'tempo', 'etp-4-t': '0x10' }],
    ['a negative time', { 'etp-4-trace': 'abc', 'etp-4-ds': 'tempo', 'etp-4-t': '-5' }],
    ['a span ID that is not hex', { 'etp-4-trace': 'abc', 'etp-4-ds': 'tempo', 'etp-4-t': '1', 'etp-4-span': 'x' }],
    ['an unknown view', { 'etp-4-trace': 'abc', 'etp-4-ds': 'tempo', 'etp-4-t': '1', 'etp-4-view': 'admin' }],
    ['a cluster without a box', { 'etp-4-trace': 'abc', 'etp-4-ds': 'tempo', 'etp-4-t': '1', 'etp-4-view': 'cluster' }],
    ['a box of three numbers', { 'etp-4-view': 'selection', 'etp-4-box': '1,2,3' }],
    ['a box with Infinity', { 'etp-4-view': 'selection', 'etp-4-box': '1,2,3,Infinity' }],
    ['a selection span without a trace', { 'etp-4-view': 'selection', 'etp-4-box': '1,2,3,4', 'etp-4-span': 'ab' }],
  ])('opens no drawer for %s', (_, params) => {
    expect(parsePanelUrlState('4', new URLSearchParams(params)).drawer).toBeUndefined();
  });

  it('refuses a parameter given twice rather than picking one', () => {
    const search = new URLSearchParams(
      serializePanelUrlState('4', { drawer: { view: 'trace', trace: TRACE } }) as never
    );
    search.append('etp-4-trace', 'abcdef');
    expect(parsePanelUrlState('4', search).drawer).toBeUndefined();
  });

  it('reads trace and span IDs in any case as lower-case hex', () => {
    const search = new URLSearchParams({
      'etp-4-trace': 'ABCDEF',
      'etp-4-ds': 'tempo',
      'etp-4-t': '5',
      'etp-4-span': 'FF',
    });
    expect(parsePanelUrlState('4', search).drawer).toEqual({
      view: 'trace',
      trace: { traceId: 'abcdef', datasourceUid: 'tempo', timeMs: 5 },
      spanId: 'ff',
    });
  });

  it('keeps a region box alone (drawn) and with view=selection (its drawer open), leaving the viewer alone', () => {
    const viewer = new URLSearchParams({ 'etp-4-viewer': 'table', 'etp-4-trace': 'abc' });
    const drawn = applied(regionUrlUpdate('4', { box: BOX, open: false }), viewer);
    expect(drawn.get('etp-4-viewer')).toBe('table');
    expect(drawn.has('etp-4-trace') || drawn.has('etp-4-view')).toBe(false);
    expect(parseRegionUrl('4', drawn)).toEqual({ box: BOX, open: false });
    expect(parsePanelUrlState('4', drawn).drawer).toBeUndefined();
    const opened = applied(regionUrlUpdate('4', { box: BOX, open: true }), drawn);
    expect(opened.get('etp-4-view')).toBe('selection');
    expect(parseRegionUrl('4', opened)).toEqual({ box: BOX, open: true });
    const cleared = applied(regionUrlUpdate('4', undefined), opened);
    expect([...cleared.keys()]).toEqual(['etp-4-viewer']);
  });

  it.each([
    [
      'a cluster box',
      { 'etp-4-trace': 'abc', 'etp-4-ds': 'tempo', 'etp-4-t': '1', 'etp-4-view': 'cluster', 'etp-4-box': '1,2,3,4' },
    ],
    ['a box of three numbers', { 'etp-4-box': '1,2,3' }],
    ['a hostile box', { 'etp-4-view': 'selection', 'etp-4-box': '1,2,3,<script>' }],
    ['a box with a stray span', { 'etp-4-box': '1,2,3,4', 'etp-4-span': 'ab' }],
  ])('draws no region for %s', (_, params) => {
    expect(parseRegionUrl('4', new URLSearchParams(params))).toBeUndefined();
  });
});
