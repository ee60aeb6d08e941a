/**
 * A cell of a data frame or a JSON document as a number: numbers as they are, numeric text read, a Date as its
 * epoch ms, everything else (blank text, booleans, other objects, null) NaN. Never `Number(value)` on an
 * object: that runs the object's own `valueOf`/`toString`, which a hostile document can make throw
 * ({"toString": 0}).
 */
export function numberFrom(value: unknown): number {
  if (typeof value === 'number') {
    return value;
  }
  if (typeof value === 'string') {
    return value.trim() === '' ? NaN : Number(value);
  }
  return value instanceof Date ? Date.prototype.getTime.call(value) : NaN;
}
