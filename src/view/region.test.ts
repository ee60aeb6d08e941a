import { parseExemplarFilter } from '../data/exemplarFilter';
import { exemplarSetOf } from '../region/__fixtures__/regionFixtures';
import { filterWith, narrowedTo, regionView, type RegionChoice } from './region';

const T0 = 1_700_000_000_000;
// Ten exemplars a second apart; the slow half (rows 5…9) on /api/cart, row 7 hidden.
const set = exemplarSetOf(
  Array.from({ length: 10 }, (_, i) => ({
    timeMs: T0 + i * 1000,
    value: i < 5 ? 0.05 : 1 + i,
    labels: { route: i >= 5 && i !== 8 ? '/api/cart' : '/api/search' },
  }))
);
const include = Uint8Array.from({ length: 10 }, (_, i) => (i === 7 ? 0 : 1));
const choice: RegionChoice = {
  box: { fromMs: T0, toMs: T0 + 9000, minValue: 1, maxValue: 100 },
  baseline: 'outside',
  narrow: [],
};

describe('regionView', () => {
  it('selects the visible exemplars in the box and summarizes them', () => {
    const view = regionView(set, include, choice);
    expect(Array.from(view.sides.selection)).toEqual([5, 6, 8, 9]);
    expect(Array.from(view.sides.baseline)).toEqual([0, 1, 2, 3, 4]);
    expect(view.summary.count).toBe(4);
    expect(view.summary.maxValue).toBe(10);
    expect(view.summary.spanMs).toBe(4000);
  });

  it('narrows the selection to a label value, leaving the baseline as it was', () => {
    const narrowed = narrowedTo(choice, 'route', '/api/cart');
    expect(narrowedTo(narrowed, 'route', '/api/cart')).toBe(narrowed);
    const view = regionView(set, include, narrowed);
    expect(Array.from(view.sides.selection)).toEqual([5, 6, 9]);
    expect(Array.from(view.sides.baseline)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('filterWith', () => {
  it('adds a matcher that reads back as the same value, whatever the characters', () => {
    for (const value of ['/api/cart', 'a "quoted" \\ value', 'x, y', '']) {
      const text = filterWith('{status=~"5.."}', 'route', value);
      const parsed = parseExemplarFilter(text);
      expect(parsed).toEqual({
        ok: true,
        matchers: [
          { label: 'status', op: '=~', value: '5..' },
          { label: 'route', op: '=', value },
        ],
      });
    }
  });

  it('starts an empty filter and does not repeat a matcher it has', () => {
    expect(filterWith('  ', 'route', '/a')).toBe('route="/a"');
    expect(filterWith('route="/a"', 'route', '/a')).toBe('route="/a"');
  });
});
