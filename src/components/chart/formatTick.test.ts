import { getValueFormat } from '@grafana/data';
import { formatTick } from './formatTick';

describe('formatTick', () => {
  const seconds = getValueFormat('s');

  it('drops the zeros that the increment decimals leave after a rescaled unit', () => {
    // Increments 0.005 s, 0.1 s and 0.01 s give 3, 1 and 2 decimals; formatted in ms they were stray.
    expect(formatTick(seconds, 0.015, 3)).toBe('15 ms');
    expect(formatTick(seconds, 0.9, 1)).toBe('900 ms');
    expect(formatTick(seconds, 0.6, 2)).toBe('600 ms');
  });

  it('keeps the decimals a tick needs', () => {
    expect(formatTick(seconds, 0.0125, 4)).toBe('12.5 ms');
    expect(formatTick(seconds, 2.5, 1)).toBe('2.5 s');
    expect(formatTick(seconds, 0.002, 3)).toBe('2 ms');
  });

  it('formats without decimals as the unit does when the increment is whole', () => {
    expect(formatTick(seconds, 10, undefined)).toBe('10 s');
    expect(formatTick(getValueFormat('ms'), 1500, undefined)).toBe('1.50 s');
  });
});
