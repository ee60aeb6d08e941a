import { alignSeries, rowAtTime } from './align';
import { LatencySeries } from './model';

function s(times: number[], values: number[]): LatencySeries {
  return {
    refId: 'A',
    name: '',
    labels: {},
    timeMs: Float64Array.from(times),
    value: Float64Array.from(values),
    unit: 's',
  };
}

describe('alignSeries', () => {
  it('copies series that share their timestamps, with NaN as gaps', () => {
    expect(alignSeries([s([1, 2], [0.1, NaN]), s([1, 2], [0.3, 0.4])])).toEqual({
      x: [1, 2],
      ys: [
        [0.1, null],
        [0.3, 0.4],
      ],
    });
  });

  it('merges differing timestamps', () => {
    expect(alignSeries([s([1, 3], [0.1, 0.3]), s([2, 3], [0.2, Infinity])])).toEqual({
      x: [1, 2, 3],
      ys: [
        [0.1, null, 0.3],
        [null, 0.2, null],
      ],
    });
  });

  it('gives an empty axis for no series', () => {
    expect(alignSeries([])).toEqual({ x: [], ys: [] });
  });
});

describe('rowAtTime', () => {
  it("finds a series' own row for a time of the shared axis, -1 where the series has no point", () => {
    const series = { timeMs: Float64Array.of(10, 20, 40) } as LatencySeries;
    expect([10, 20, 30, 40].map((t) => rowAtTime(series, t))).toEqual([0, 1, -1, 2]);
  });
});
