import { clusterExemplars } from './cluster';
import { projectToPixels } from './project';
import { unplacedCountOf } from './testPoints';

describe('projectToPixels', () => {
  const timeMs = Float64Array.from([1000, 2000, 3000]);
  const value = Float64Array.from([0.1, 1, 0]);
  const xOf = (t: number) => (t - 1000) / 10;
  const logYOf = (v: number) => 400 - 100 * Math.log10(v / 0.001);

  it('applies the scales to the first `size` exemplars', () => {
    const { x, y } = projectToPixels(timeMs, value, 2, xOf, logYOf);
    expect(Array.from(x)).toEqual([0, 100]);
    expect(y[0]).toBeCloseTo(200);
    expect(y[1]).toBeCloseTo(100);
  });

  it('writes into caller buffers that are long enough and replaces short ones', () => {
    const buffers = { x: new Float64Array(10), y: new Float64Array(10) };
    const reused = projectToPixels(timeMs, value, 3, xOf, logYOf, buffers);
    expect(reused.x).toBe(buffers.x);
    expect(reused.y).toBe(buffers.y);
    const short = { x: new Float64Array(1), y: new Float64Array(1) };
    const grown = projectToPixels(timeMs, value, 3, xOf, logYOf, short);
    expect(grown.x).not.toBe(short.x);
    expect(grown.x.length).toBe(3);
  });

  it('passes a log scale of 0 through as a non-finite position, which clustering leaves unplaced', () => {
    const { x, y } = projectToPixels(timeMs, value, 3, xOf, logYOf);
    expect(y[2]).toBe(Infinity);
    const clusters = clusterExemplars({ x, y, size: 3, value }, 10);
    expect(clusters.clusterOf[2]).toBe(-1);
    expect(unplacedCountOf(clusters)).toBe(1);
  });
});

describe('projectToPixels with a linear scale as numbers', () => {
  it('gives what the same scale as a function gives', () => {
    const timeMs = Float64Array.from([1_735_689_600_000, 1_735_689_660_000, 1_735_693_200_000]);
    const value = Float64Array.from([0.004, 0.25, 12]);
    const xScale = { origin: 1_735_689_600_000, base: 0, slope: 1200 / 3_600_000 };
    const yScale = { origin: 0, base: 400, slope: -400 / 15 };
    const asNumbers = projectToPixels(timeMs, value, 3, xScale, yScale);
    const asFunctions = projectToPixels(
      timeMs,
      value,
      3,
      (t) => ((t - xScale.origin) / 3_600_000) * 1200,
      (v) => 400 - (v / 15) * 400
    );
    for (let i = 0; i < 3; i++) {
      expect(asNumbers.x[i]).toBeCloseTo(asFunctions.x[i], 9);
      expect(asNumbers.y[i]).toBeCloseTo(asFunctions.y[i], 9);
    }
    expect(asNumbers.x[2]).toBeCloseTo(1200, 9);
  });
});
