import fc from 'fast-check';
import { clusterExemplars } from './cluster';
import { countNotOnLogScale, naturalLogs } from './logValues';
import { projectToPixels } from './project';
import { unplacedCountOf } from './testPoints';

describe('naturalLogs', () => {
  it('takes the log of positive values and gives NaN for zero, negative and NaN ones', () => {
    const logs = naturalLogs(Float64Array.of(1, Math.E, 0, -2, NaN, 1e-9), 6);
    expect(logs[0]).toBe(0);
    expect(logs[1]).toBeCloseTo(1, 12);
    expect([logs[2], logs[3], logs[4]]).toEqual([NaN, NaN, NaN]);
    expect(logs[5]).toBeCloseTo(Math.log(1e-9), 12);
  });

  it('takes the logs once per value column and again for a new column', () => {
    const values = Float64Array.of(2, 4);
    const first = naturalLogs(values, 2);
    expect(naturalLogs(values, 2)).toBe(first);
    expect(naturalLogs(values.slice(), 2)).not.toBe(first);
  });
});

describe('countNotOnLogScale', () => {
  it('counts the included zero and negative values only', () => {
    const values = Float64Array.of(0, -1, 0.5, NaN, 0, 3);
    expect(countNotOnLogScale(values, 6)).toBe(3);
    expect(countNotOnLogScale(values, 6, Uint8Array.of(1, 0, 1, 1, 1, 1))).toBe(2);
    expect(countNotOnLogScale(values, 2)).toBe(2);
  });
});

describe('projectToPixels with a log scale as numbers', () => {
  // uPlot's vertical log10 scale from 1 ms to 10 s on 400 px: pos = 400 · (1 − (log10 v − log10 min) / span).
  const min = 0.001;
  const max = 10;
  const height = 400;
  const uPlotPos = (v: number) =>
    height * (1 - (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)));
  const logScale = {
    origin: Math.log(min),
    base: height,
    slope: -height / (Math.log(max) - Math.log(min)),
    log: true as const,
  };
  const flat = { origin: 0, base: 0, slope: 0 };

  it('puts every positive value where uPlot draws it, within a thousandth of a pixel', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-6, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 50 }), (vs) => {
        const values = Float64Array.from(vs);
        const { y } = projectToPixels(values, values, values.length, flat, logScale);
        vs.forEach((v, i) => expect(Math.abs(y[i] - uPlotPos(v))).toBeLessThan(1e-3));
      })
    );
  });

  it('leaves zero, negative and NaN latencies without a position, so clustering counts them unplaced', () => {
    const values = Float64Array.of(0.01, 0, -0.5, NaN, 1);
    const time = Float64Array.of(1, 2, 3, 4, 5);
    const { x, y } = projectToPixels(time, values, 5, { origin: 0, base: 0, slope: 10 }, logScale);
    expect([y[1], y[2], y[3]]).toEqual([NaN, NaN, NaN]);
    expect(y[0]).toBeCloseTo(uPlotPos(0.01), 9);
    const clusters = clusterExemplars({ x, y, size: 5, value: values }, 5);
    expect(unplacedCountOf(clusters)).toBe(3);
  });
});
