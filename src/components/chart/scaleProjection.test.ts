import fc from 'fast-check';
import type uPlot from 'uplot';
import { projectToPixels } from '../../cluster';
import { scaleProjection } from './scaleProjection';

/** The part of uPlot that scaleProjection reads: scales and valToPos (uPlot's linear formula for a vertical scale). */
function plotWith(
  scale: { distr: number; min: number | null; max: number | null },
  heightPx: number,
  valToPos?: (v: number) => number
): uPlot {
  const linear = (v: number) => heightPx * (1 - (v - scale.min!) / (scale.max! - scale.min!));
  return { scales: { y: scale }, valToPos: (v: number) => (valToPos ?? linear)(v) } as unknown as uPlot;
}

describe('scaleProjection', () => {
  it('reads a linear scale as numbers that give what valToPos gives, also for epoch-millisecond times', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          // A time axis: epoch milliseconds, spans from 1 ms to 30 years.
          fc.tuple(fc.double({ min: 1e12, max: 2e12, noNaN: true }), fc.double({ min: 1, max: 1e12, noNaN: true })),
          // A latency axis: seconds, spans from 1 µs.
          fc.tuple(fc.double({ min: -10, max: 100, noNaN: true }), fc.double({ min: 1e-6, max: 1e5, noNaN: true }))
        ),
        fc.integer({ min: 1, max: 8000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }),
        ([min, span], height, shares) => {
          const plot = plotWith({ distr: 1, min, max: min + span }, height);
          const projection = scaleProjection(plot, 'y');
          expect(typeof projection).toBe('object');
          const values = Float64Array.from(shares, (share) => min + share * span);
          const { y } = projectToPixels(values, values, values.length, projection, projection);
          values.forEach((v, i) =>
            expect(Math.abs(y[i] - plot.valToPos(v, 'y'))).toBeLessThan(1e-6 * Math.max(1, height))
          );
        }
      ),
      { numRuns: 2_000 }
    );
  });

  it('reads a log scale as numbers in log space that give what valToPos gives, whatever the base', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e3, noNaN: true }),
        fc.double({ min: 1.01, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 8000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (min, factor, height, shares) => {
          const max = min * factor;
          // uPlot's log scale: log10 for either base (the base only picks the ticks).
          const pos = (v: number) => height * (1 - (Math.log10(v) - Math.log10(min)) / Math.log10(max / min));
          const plot = plotWith({ distr: 3, min, max }, height, pos);
          const projection = scaleProjection(plot, 'y');
          expect(typeof projection).toBe('object');
          const values = Float64Array.from(shares, (share) => min * factor ** share);
          const { y } = projectToPixels(values, values, values.length, projection, projection);
          values.forEach((v, i) => expect(Math.abs(y[i] - pos(v))).toBeLessThan(1e-6 * Math.max(1, height)));
        }
      ),
      { numRuns: 2_000 }
    );
  });

  it('calls valToPos per value for other scales and for a scale without a range', () => {
    const log = plotWith({ distr: 3, min: 0, max: 10 }, 400, () => 200);
    const empty = plotWith({ distr: 1, min: null, max: null }, 400, () => 7);
    const flat = plotWith({ distr: 1, min: 5, max: 5 }, 400, () => 9);
    for (const [plot, value, expected] of [
      [log, 0.1, 200], // a log scale down to 0 has no log space to read
      [empty, 3, 7],
      [flat, 5, 9],
    ] as const) {
      const projection = scaleProjection(plot, 'y');
      expect(typeof projection).toBe('function');
      expect(
        projectToPixels(Float64Array.of(value), Float64Array.of(value), 1, projection, projection).y[0]
      ).toBeCloseTo(expected, 9);
    }
  });
});
