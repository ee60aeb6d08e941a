import fc from 'fast-check';
import { placeTooltip } from './placeTooltip';

const viewport = { width: 1000, height: 600 };
const size = { width: 300, height: 200 };

describe('placeTooltip', () => {
  it('goes below and right of the point where it fits', () => {
    expect(placeTooltip({ x: 100, y: 100 }, size, viewport)).toEqual({ left: 110, top: 110 });
  });

  it('flips up near the bottom edge and left near the right edge', () => {
    expect(placeTooltip({ x: 900, y: 550 }, size, viewport)).toEqual({ left: 590, top: 340 });
  });

  it('stays inside the viewport wherever the point is, when it is smaller than the viewport', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 600 }), (x, y) => {
        const { left, top } = placeTooltip({ x, y }, size, viewport);
        return left >= 0 && top >= 0 && left + size.width <= viewport.width && top + size.height <= viewport.height;
      })
    );
  });
});
