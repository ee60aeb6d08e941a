import fc from 'fast-check';
import { clusterRadius, countLabel } from './drawMarkers';

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
    [99_999, '100k'],
  ])('%d → %s', (count, label) => {
    expect(countLabel(count)).toBe(label);
  });
});
