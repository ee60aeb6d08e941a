import fc from 'fast-check';
import {
  parsePanelUrlState,
  parseRegionUrl,
  regionUrlUpdate,
  serializePanelUrlState,
  type DrawerUrlState,
  type PanelUrlState,
} from './urlState';

/**
 * The drawer's URL state comes from links anyone can send. Whatever the query string holds, parsing never throws,
 * and what it accepts is state the panel could have written: writing it back and reading it again changes nothing.
 */

const FIELDS = ['trace', 'ds', 't', 'span', 'view', 'box', 'viewer'];
const hex = fc.stringMatching(/^[0-9a-f]{1,32}$/);
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const latency = fc.double({ min: 0, max: 1e6, noNaN: true });

/** Values that are near a valid one, valid, or junk of any kind. */
const value = fc.oneof(
  hex,
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  time.map(String),
  fc.double().map(String),
  fc.constantFrom('trace', 'cluster', 'selection', 'table', 'chart', '', 'NaN', '1e400', '-0', '__proto__'),
  fc.tuple(fc.double(), fc.double(), fc.double(), fc.double()).map((parts) => parts.join(',')),
  fc.stringMatching(/^[A-Za-z0-9._-]{1,45}$/)
);

const hostileSearch = fc
  .array(fc.tuple(fc.constantFrom(...FIELDS, 'x', ''), value), { maxLength: 10 })
  .map((pairs) => new URLSearchParams(pairs.map(([field, v]) => [field === '' ? 'etp-4' : `etp-4-${field}`, v])));

const validDrawer: fc.Arbitrary<DrawerUrlState> = fc
  .record({
    view: fc.constantFrom('trace' as const, 'cluster' as const, 'selection' as const),
    trace: fc.option(
      fc.record({ traceId: hex, datasourceUid: fc.stringMatching(/^[A-Za-z0-9._-]{1,40}$/), timeMs: time }),
      { nil: undefined }
    ),
    spanId: fc.option(hex, { nil: undefined }),
    box: fc.tuple(time, time, latency, latency).map(([a, b, c, d]) => ({
      fromMs: Math.min(a, b),
      toMs: Math.max(a, b),
      minValue: Math.min(c, d),
      maxValue: Math.max(c, d),
    })),
  })
  .filter((d) => d.view === 'selection' || d.trace !== undefined)
  .map((d) => ({
    view: d.view,
    trace: d.trace,
    spanId: d.trace ? d.spanId : undefined,
    box: d.view === 'trace' ? undefined : d.box,
  }));

function reparse(state: PanelUrlState): PanelUrlState {
  const update = serializePanelUrlState('4', state);
  const search = new URLSearchParams();
  Object.entries(update).forEach(([name, v]) => v !== undefined && search.set(name, v));
  return parsePanelUrlState('4', search);
}

describe('panel URL state under fuzzing', () => {
  it('never throws on a hostile query string, and what it accepts reads back the same', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const state = parsePanelUrlState('4', search);
        if (state.drawer?.trace) {
          expect(state.drawer.trace.traceId).toMatch(/^[0-9a-f]{1,32}$/);
          expect(Number.isFinite(state.drawer.trace.timeMs)).toBe(true);
        }
        expect(reparse(state)).toEqual(state);
        // A region the URL holds is a finite box, and writing it back reads the same.
        const region = parseRegionUrl('4', search);
        if (region) {
          const { fromMs, toMs, minValue, maxValue } = region.box;
          expect([fromMs, toMs, minValue, maxValue].every(Number.isFinite)).toBe(true);
          const written = new URLSearchParams();
          Object.entries(regionUrlUpdate('4', region)).forEach(([name, v]) => v !== undefined && written.set(name, v));
          expect(parseRegionUrl('4', written)).toEqual(region);
        }
      }),
      { numRuns: 3_000 }
    );
  });

  it('reads back every state the panel can write', () => {
    fc.assert(
      fc.property(validDrawer, fc.constantFrom(undefined, 'chart' as const, 'table' as const), (drawer, viewer) => {
        expect(reparse({ drawer, viewer })).toEqual({ drawer, viewer });
      }),
      { numRuns: 5_000 }
    );
  });
});
