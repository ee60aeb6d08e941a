import uPlot from 'uplot';
import { getValueFormat, GrafanaTheme2, TimeRange } from '@grafana/data';
import { ScaleDistributionConfig, TimeZone } from '@grafana/schema';
import { formatTick } from './formatTick';
import { LatencyAxisStyle, LineStyle } from './plotStyle';
import {
  AxisPlacement,
  DrawStyle,
  ScaleDirection,
  ScaleDistribution,
  ScaleOrientation,
  UPlotConfigBuilder,
} from '@grafana/ui';

export const LATENCY_SCALE = 'latency';

/** What changes with every refresh: it travels with the data so the plot (and its config) can stay. */
export interface ScaleInputs {
  timeRange: TimeRange;
  /** Largest exemplar shown, so slow outliers above the p99 line stay on the chart. */
  exemplarMax: number;
  /** Smallest positive exemplar shown (0 when none), so a log axis reaches down to the fastest one. */
  exemplarMinPositive: number;
}

const scaleInputsOf = new WeakMap<uPlot.AlignedData, ScaleInputs>();

/**
 * The data for uPlot with the scale inputs it is drawn with. A new config makes Grafana's UPlotChart
 * destroy and re-create the plot; new data only calls setData, which recomputes the scales from these.
 */
export function plotDataWith(data: uPlot.AlignedData, inputs: ScaleInputs): uPlot.AlignedData {
  scaleInputsOf.set(data, inputs);
  return data;
}

/** Structure of the plot: a change re-creates it. */
export interface PlotConfigInputs {
  seriesCount: number;
  colors: string[];
  hidden: Set<number>;
  theme: GrafanaTheme2;
  timeZone: TimeZone;
  unit: string;
  /** The latency axis' scale: linear, or log base 2 or 10 (the field config's `custom.scaleDistribution`). */
  scaleDistribution: ScaleDistributionConfig;
  /** Per series, from its field config. */
  lines: LineStyle[];
  /** The latency axis' field config: placement, label, width, soft and hard limits, decimals. */
  axis: LatencyAxisStyle;
}

type RangeFn = (u: uPlot, dataMin: number | null, dataMax: number | null) => uPlot.Range.MinMax;

/** Min and max (hard) and soft min and max of the field config over the computed range, as Grafana applies them. */
function withLimits(range: RangeFn, axis: LatencyAxisStyle): RangeFn {
  const { min, max, softMin, softMax } = axis;
  if (min === undefined && max === undefined && softMin === undefined && softMax === undefined) {
    return range;
  }
  return (u, dataMin, dataMax) => {
    let [low, high] = range(u, dataMin, dataMax);
    low = min ?? (softMin !== undefined && low !== null ? Math.min(low, softMin) : low);
    high = max ?? (softMax !== undefined && high !== null ? Math.max(high, softMax) : high);
    return [low, high];
  };
}

/** Headroom so the slowest (and on a log axis the fastest) exemplar's marker is not cut by the plot's edge. */
const EXEMPLAR_HEADROOM = 1.08;

/** Same padding and soft limits as Grafana's scale builder (softMin 0), with the headroom read at each setData. */
function linearRange(u: uPlot, dataMin: number | null, dataMax: number | null): uPlot.Range.MinMax {
  if (dataMin === null || dataMax === null) {
    return [dataMin, dataMax];
  }
  const exemplarMax = scaleInputsOf.get(u.data)?.exemplarMax ?? 0;
  const softMax = exemplarMax > 0 ? exemplarMax * EXEMPLAR_HEADROOM : 0;
  const range = uPlot.rangeNum(dataMin, dataMax, {
    min: { pad: 0.1, hard: -Infinity, soft: 0, mode: 1 },
    max: { pad: 0.1, hard: Infinity, soft: softMax, mode: softMax > 0 ? 1 : 3 },
  });
  return range[0]! >= range[1]! ? [0, 100] : range;
}

/**
 * A log axis over the lines and the exemplars (uPlot gives only the lines' positive extent). Both bounds stay
 * positive: zero and negative latencies are not on a log axis.
 */
export function logRange(
  base: number,
  lines: { min: number | null; max: number | null },
  exemplars: { minPositive: number; max: number }
): uPlot.Range.MinMax {
  const positive = (v: number | null | undefined): v is number => typeof v === 'number' && v > 0 && v < Infinity;
  const lows = [lines.min, exemplars.minPositive > 0 ? exemplars.minPositive / EXEMPLAR_HEADROOM : null];
  const highs = [lines.max, exemplars.max > 0 ? exemplars.max * EXEMPLAR_HEADROOM : null];
  const low = Math.min(...lows.filter(positive));
  const high = Math.max(...highs.filter(positive));
  if (!positive(low) || !positive(high)) {
    return [1, base * base];
  }
  // Out to a multiple of each bound's own magnitude (0.012 → 0.01, 12.4 → 20), not to whole magnitudes as uPlot's
  // rangeLog does (12.4 → 100), which would leave the top decade of a latency chart empty.
  const magnitude = (v: number) => base ** Math.floor(Math.log(v) / Math.log(base));
  const min = Math.floor(low / magnitude(low)) * magnitude(low);
  const max = Math.ceil(high / magnitude(high)) * magnitude(high);
  return max > min ? [min, max] : [low / base, high * base];
}

/** uPlot's log scale (distr 3) with the axis' base, as Grafana's UPlotScaleBuilder sets it; linear otherwise. */
function latencyScale(distribution: ScaleDistributionConfig, axis: LatencyAxisStyle) {
  if (distribution.type !== ScaleDistribution.Log) {
    return { distribution: ScaleDistribution.Linear, range: withLimits(linearRange, axis) };
  }
  const base = distribution.log === 2 ? 2 : 10;
  return {
    distribution: ScaleDistribution.Log,
    log: base,
    range: withLimits((u: uPlot, dataMin: number | null, dataMax: number | null): uPlot.Range.MinMax => {
      const inputs = scaleInputsOf.get(u.data);
      return logRange(
        base,
        { min: dataMin, max: dataMax },
        { minPositive: inputs?.exemplarMinPositive ?? 0, max: inputs?.exemplarMax ?? 0 }
      );
    }, axis),
  };
}

/** uPlot configuration of the latency lines: time axis, latency axis in the series' unit, one line per series. */
export function buildPlotConfig(inputs: PlotConfigInputs): UPlotConfigBuilder {
  const { theme, timeZone, unit } = inputs;
  const builder = new UPlotConfigBuilder(timeZone);
  // Room on the right for the last time label (centred on its tick, at the plot's edge when the range ends on
  // one); the other sides keep uPlot's automatic padding.
  builder.setPadding([null, theme.spacing.gridSize * 3, null, null]);
  const format = getValueFormat(unit);

  builder.addScale({
    scaleKey: 'x',
    isTime: true,
    orientation: ScaleOrientation.Horizontal,
    direction: ScaleDirection.Right,
    range: (u) => {
      const timeRange = scaleInputsOf.get(u.data)?.timeRange;
      return timeRange ? [timeRange.from.valueOf(), timeRange.to.valueOf()] : [null, null];
    },
  });
  builder.addAxis({
    scaleKey: 'x',
    isTime: true,
    placement: AxisPlacement.Bottom,
    timeZone,
    theme,
    grid: { show: true },
  });

  builder.addScale({
    scaleKey: LATENCY_SCALE,
    orientation: ScaleOrientation.Vertical,
    direction: ScaleDirection.Up,
    ...latencyScale(inputs.scaleDistribution, inputs.axis),
  });
  const { axis } = inputs;
  builder.addAxis({
    scaleKey: LATENCY_SCALE,
    placement: axis.placement === AxisPlacement.Auto ? AxisPlacement.Left : axis.placement,
    label: axis.label,
    size: axis.width,
    decimals: axis.decimals,
    theme,
    grid: { show: true },
    formatValue: (value, decimals) => formatTick(format, value, axis.decimals ?? decimals),
  });

  for (let i = 0; i < inputs.seriesCount; i++) {
    const line = inputs.lines[i];
    builder.addSeries({
      scaleKey: LATENCY_SCALE,
      theme,
      drawStyle: DrawStyle.Line,
      lineInterpolation: line.lineInterpolation,
      lineColor: inputs.colors[i],
      lineWidth: line.lineWidth,
      fillOpacity: line.fillOpacity,
      showPoints: line.showPoints,
      pointSize: line.pointSize,
      pointColor: inputs.colors[i],
      spanNulls: false,
      show: !inputs.hidden.has(i),
    });
  }
  return builder;
}
