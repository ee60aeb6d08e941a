import {
  AxisPlacement,
  LineInterpolation,
  ScaleDistribution,
  ScaleDistributionConfig,
  VisibilityMode,
} from '@grafana/schema';
import { LatencySeries } from '../../data/model';
import { defaultSeriesFieldConfig as defaults, LINEAR_SCALE } from '../../fieldConfig';

/** How one line is drawn: the Time series panel's line options from the series' field config. */
export interface LineStyle {
  lineWidth: number;
  fillOpacity: number;
  lineInterpolation: LineInterpolation;
  showPoints: VisibilityMode;
  pointSize: number;
}

/** The latency axis: one for all lines, so the first series' config (defaults plus overrides) decides it. */
export interface LatencyAxisStyle {
  placement: AxisPlacement;
  label?: string;
  width?: number;
  softMin?: number;
  softMax?: number;
  min?: number;
  max?: number;
  decimals?: number;
  scaleDistribution: ScaleDistributionConfig;
}

function numberIn(value: unknown, fallback: number, low: number, high: number): number {
  return typeof value === 'number' && value >= low && value <= high ? value : fallback;
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Field config is dashboard JSON: every value is checked, anything odd falls back to the default. */
export function lineStyleOf(series: LatencySeries): LineStyle {
  const custom = series.style?.custom ?? {};
  return {
    lineWidth: numberIn(custom.lineWidth, defaults.lineWidth!, 0, 10),
    fillOpacity: numberIn(custom.fillOpacity, defaults.fillOpacity!, 0, 100),
    lineInterpolation: oneOf(custom.lineInterpolation, Object.values(LineInterpolation), defaults.lineInterpolation!),
    showPoints: oneOf(custom.showPoints, Object.values(VisibilityMode), defaults.showPoints!),
    pointSize: numberIn(custom.pointSize, defaults.pointSize!, 1, 40),
  };
}

function scaleDistributionOf(raw: unknown): ScaleDistributionConfig {
  const config = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (config.type !== ScaleDistribution.Log) {
    return LINEAR_SCALE;
  }
  return { type: ScaleDistribution.Log, log: config.log === 2 ? 2 : 10 };
}

export function axisStyleOf(series: LatencySeries[]): LatencyAxisStyle {
  const style = series[0]?.style;
  const custom = style?.custom ?? {};
  const label = typeof custom.axisLabel === 'string' && custom.axisLabel !== '' ? custom.axisLabel : undefined;
  return {
    placement: oneOf(custom.axisPlacement, Object.values(AxisPlacement), AxisPlacement.Auto),
    label,
    width: optionalNumber(custom.axisWidth),
    softMin: optionalNumber(custom.axisSoftMin),
    softMax: optionalNumber(custom.axisSoftMax),
    min: style?.min,
    max: style?.max,
    decimals: style?.decimals,
    scaleDistribution: scaleDistributionOf(custom.scaleDistribution),
  };
}
