import { parseQuantiles } from './quantilesText';

describe('parseQuantiles', () => {
  it.each([
    ['0.5, 0.9, 0.99', [0.5, 0.9, 0.99]],
    ['p50 p99.9', [0.5, 0.999]],
    ['99, 50', [0.5, 0.99]],
    ['0.99,0.99', [0.99]],
  ])('%s', (text, quantiles) => expect(parseQuantiles(text)).toEqual({ ok: true, quantiles }));

  it.each(['', 'p0', '100', 'fast', '-0.5'])('refuses %j', (text) => expect(parseQuantiles(text).ok).toBe(false));
});
