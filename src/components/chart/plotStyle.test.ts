import { AxisPlacement, LineInterpolation, ScaleDistribution, VisibilityMode } from '@grafana/schema';
import { LatencySeries } from '../../data/model';
import { axisStyleOf, lineStyleOf } from './plotStyle';
import { legendValues } from './legendValues';

function series(custom: Record<string, unknown>, extra: Partial<LatencySeries['style']> = {}): LatencySeries {
  return {
    refId: 'A',
    name: 'p99',
    labels: {},
    timeMs: Float64Array.of(1, 2, 3),
    value: Float64Array.of(0.1, NaN, 0.4),
    unit: 's',
    style: { custom, ...extra },
  };
}

describe('plot style from field config', () => {
  it('reads the line options the Time series panel has, and falls back on anything odd', () => {
    expect(
      lineStyleOf(series({ lineWidth: 3, fillOpacity: 20, lineInterpolation: 'smooth', showPoints: 'always' }))
    ).toEqual({
      lineWidth: 3,
      fillOpacity: 20,
      lineInterpolation: LineInterpolation.Smooth,
      showPoints: VisibilityMode.Always,
      pointSize: 5,
    });
    expect(lineStyleOf(series({ lineWidth: '3', fillOpacity: 900, lineInterpolation: 'wiggly' }))).toMatchObject({
      lineWidth: 1,
      fillOpacity: 0,
      lineInterpolation: LineInterpolation.Linear,
    });
  });

  it('reads the axis from the first series: placement, label, soft and hard limits, decimals, log scale', () => {
    const axis = axisStyleOf([
      series(
        { axisPlacement: 'right', axisLabel: 'Latency', axisSoftMax: 2, scaleDistribution: { type: 'log', log: 2 } },
        { min: 0.01, decimals: 1 }
      ),
      series({ axisPlacement: 'left' }),
    ]);
    expect(axis).toMatchObject({
      placement: AxisPlacement.Right,
      label: 'Latency',
      softMax: 2,
      min: 0.01,
      decimals: 1,
    });
    expect(axis.scaleDistribution).toEqual({ type: ScaleDistribution.Log, log: 2 });
    expect(axisStyleOf([series({ scaleDistribution: { type: 'log', log: 7 } })]).scaleDistribution.log).toBe(10);
    expect(axisStyleOf([]).scaleDistribution).toEqual({ type: ScaleDistribution.Linear });
  });
});

describe('legend values', () => {
  it('computes the chosen calcs with reduceField, in the unit and decimals of the series', () => {
    const values = legendValues(series({}, { decimals: 0 }), ['mean', 'max'], 's');
    expect(values.map((v) => [v.title, v.text])).toEqual([
      ['Mean', '250 ms'],
      ['Max', '400 ms'],
    ]);
    expect(legendValues(series({}), [], 's')).toEqual([]);
    expect(legendValues(series({}), ['no-such-calc'], 's')).toEqual([]);
  });
});
