import { numberFrom } from './numberFrom';

describe('numberFrom', () => {
  it.each([
    [1.5, 1.5],
    ['0.25', 0.25],
    [' 7 ', 7],
    ['1e3', 1000],
    [-0, -0],
    [new Date(1_700_000_000_000), 1_700_000_000_000],
  ])('reads %p as %p', (cell, expected) => {
    expect(numberFrom(cell)).toBe(expected);
  });

  it.each([
    [''],
    ['  '],
    ['abc'],
    [null],
    [undefined],
    [true],
    [[1]],
    [{}],
    [{ toString: 0 }],
    [{ valueOf: () => 3 }],
    [Symbol('x')],
    [BigInt(2)],
  ])('gives NaN for %p without calling into it', (cell) => {
    expect(numberFrom(cell)).toBeNaN();
  });
});
