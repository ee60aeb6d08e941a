import { growthRatio, linearBound } from './growth';

/** Work the engine cannot skip: the sum is returned through a module variable. */
let sink = 0;

describe('growthRatio', () => {
  it('tells linear work from quadratic work', () => {
    const linear = (n: number) => {
      for (let i = 0; i < n; i++) {
        sink += i % 7;
      }
    };
    const quadratic = (n: number) => {
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          sink += (i ^ j) & 1;
        }
      }
    };
    expect(growthRatio(linear, 2_000_000, 8)).toBeLessThan(linearBound(8));
    expect(growthRatio(quadratic, 400, 8, 3)).toBeGreaterThan(linearBound(8));
    expect(sink).toBeGreaterThan(0);
  });
});
