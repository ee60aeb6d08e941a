import { logRange } from './buildPlotConfig';

describe('logRange', () => {
  it('covers the lines and the exemplars, with both bounds positive', () => {
    const [min, max] = logRange(10, { min: 0.05, max: 0.8 }, { minPositive: 0.012, max: 11.5 });
    expect(min).toBeGreaterThan(0);
    expect(min).toBeLessThanOrEqual(0.012);
    expect(max).toBeGreaterThanOrEqual(11.5 * 1.08);
    // Rounded out to the axis' increments, not to whole decades: 0.01…20, not 0.01…100.
    expect([min, max]).toEqual([0.01, 20]);
  });

  it('uses powers of two on a log2 axis', () => {
    const [min, max] = logRange(2, { min: 0.3, max: 3 }, { minPositive: 0, max: 0 });
    expect(Number.isInteger(Math.log2(min!))).toBe(true);
    expect(Number.isInteger(Math.log2(max!))).toBe(true);
    expect(min).toBeLessThanOrEqual(0.3);
    expect(max).toBeGreaterThanOrEqual(3);
  });

  it('ignores zero and negative extents and still gives a positive range', () => {
    expect(logRange(10, { min: null, max: null }, { minPositive: 0, max: 0 })).toEqual([1, 100]);
    expect(logRange(10, { min: -1, max: 0 }, { minPositive: 0, max: -3 })).toEqual([1, 100]);
    const [min, max] = logRange(10, { min: 0, max: 2 }, { minPositive: 0.5, max: 0 });
    expect(min).toBeGreaterThan(0);
    expect(max).toBeGreaterThan(min!);
  });

  it('widens a single value into a range around it', () => {
    const [min, max] = logRange(10, { min: 1, max: 1 }, { minPositive: 0, max: 0 });
    expect(min).toBeLessThan(1);
    expect(max).toBeGreaterThan(1);
  });
});
