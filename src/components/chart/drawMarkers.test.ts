import fc from 'fast-check';
import type { Clusters } from '../../cluster';
import { clusterRadius, countLabel, drawEmphasis, drawMarkers, MarkerStyle } from './drawMarkers';

describe('clusterRadius', () => {
  it('keeps a visible gap between the outlines of any two markers the clustering keeps apart', () => {
    // Markers are more than `separation` apart; circles are stroked with a 1.5 px outline (half of it outside).
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10_000_000 }),
        fc.integer({ min: 2, max: 10_000_000 }),
        fc.double({ min: 14, max: 200, noNaN: true }),
        (a, b, separation) => {
          const outerA = clusterRadius(a, separation) + 0.75;
          const outerB = clusterRadius(b, separation) + 0.75;
          expect(separation - outerA - outerB).toBeGreaterThanOrEqual(2 - 1e-9);
        }
      )
    );
  });

  it('grows with the count until the separation caps it, and is never smaller than a diamond', () => {
    expect(clusterRadius(2, 40)).toBeLessThan(clusterRadius(50, 40));
    expect(clusterRadius(50, 40)).toBeLessThan(clusterRadius(5000, 40));
    expect(clusterRadius(1_000_000, 20)).toBe(clusterRadius(10_000_000, 20));
    expect(clusterRadius(1_000_000, 2)).toBe(5);
  });
});

describe('countLabel', () => {
  it.each([
    [2, '2'],
    [999, '999'],
    [1000, '1k'],
    [2549, '2.5k'],
    [9_949, '9.9k'],
    [9_950, '10k'],
    [99_999, '100k'],
    [999_499, '999k'],
    [1_234_567, '1.2M'],
  ])('%d → %s', (count, label) => {
    expect(countLabel(count)).toBe(label);
  });

  it('never takes more than four characters', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_000_000 }), (count) => countLabel(count).length <= 4));
  });
});

/** A 2D context that records the discs (arc radius, fill colour) and texts drawn; text is `charPx` wide per character. */
function recordingContext(charPx: number) {
  const arcs: Array<{ r: number; start: number; end: number }> = [];
  const fills: string[] = [];
  const ctx = {
    save: () => undefined,
    restore: () => undefined,
    beginPath: () => undefined,
    moveTo: () => undefined,
    closePath: () => undefined,
    stroke: () => undefined,
    fillText: () => undefined,
    drawImage: () => undefined,
    arc: (_x: number, _y: number, r: number, start: number, end: number) => arcs.push({ r, start, end }),
    fill() {
      fills.push(this.fillStyle);
    },
    measureText: (text: string) => ({ width: text.length * charPx }),
    fillStyle: '',
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, arcs, fills };
}

/** One cluster of the given member colours (by exemplar index), separation 20 px. */
function oneCluster(size: number): Clusters {
  return {
    count: 1,
    x: Float64Array.of(50),
    y: Float64Array.of(50),
    size: Uint32Array.of(size),
    representative: Uint32Array.of(0),
    memberStart: Uint32Array.of(0, size),
    members: Uint32Array.from({ length: size }, (_, i) => i),
    clusterOf: new Int32Array(size),
    errorCount: new Uint32Array(1),
    radiusPx: 20,
  };
}

const style = (colorOf: (exemplar: number) => string, splitMixed: boolean): MarkerStyle => ({
  colorOf,
  opacity: 1,
  textColor: 'white',
  outline: 'white',
  highlight: 'black',
  devicePixelRatio: 1,
  splitMixed,
});

describe('drawMarkers', () => {
  it("grows a badge to its count's text when the smallest font does not fit, and rings it outside", () => {
    const narrow = recordingContext(1);
    drawMarkers(
      narrow.ctx,
      oneCluster(9600),
      style(() => 'red', false)
    );
    expect(narrow.arcs[0].r).toBe(clusterRadius(9600, 20));
    // "9.6k" 4 × 6 px at the 9 px font: 24 px, still 18.7 px at the smallest font; the circle is 16.5 px across.
    const wide = recordingContext(6);
    drawMarkers(
      wide.ctx,
      oneCluster(9600),
      style(() => 'red', false)
    );
    const grown = wide.arcs[0].r;
    expect(2 * (grown - 1.5)).toBeGreaterThanOrEqual((4 * 6 * 7) / 9 - 1e-9);
    drawEmphasis(wide.ctx, oneCluster(9600), { highlight: 'black' }, [0]);
    expect(wide.arcs.at(-1)!.r).toBeGreaterThan(grown);
  });

  it('draws a cluster of two series as slices in proportion, and as one colour when not asked to split', () => {
    const colorOf = (exemplar: number) => (exemplar < 3 ? 'green' : 'blue');
    const split = recordingContext(1);
    drawMarkers(split.ctx, oneCluster(4), style(colorOf, true));
    expect(split.fills.slice(0, 2)).toEqual(['green', 'blue']);
    const [green, blue] = split.arcs;
    expect((green.end - green.start) / (blue.end - blue.start)).toBeCloseTo(3);
    const whole = recordingContext(1);
    drawMarkers(whole.ctx, oneCluster(4), style(colorOf, false));
    expect(whole.fills.slice(0, 1)).toEqual(['green']);
    expect(whole.arcs[0].end - whole.arcs[0].start).toBeCloseTo(2 * Math.PI);
  });
});
