import uPlot from 'uplot';
import type { AxisProjection } from '../../cluster';

/** uPlot's `distr` of a linear scale and of a logarithmic one. */
const LINEAR_DISTRIBUTION = 1;
const LOG_DISTRIBUTION = 3;

/**
 * Values → CSS pixels on the plot for one uPlot scale, as uPlot's `valToPos` computes them. A linear or log scale
 * with a range is read once as numbers (two `valToPos` calls fix base and slope; a log scale is linear in the log
 * of the value, whatever its base); any other scale is called per value.
 */
export function scaleProjection(plot: uPlot, scaleKey: string): AxisProjection {
  const scale = plot.scales[scaleKey];
  const min = scale?.min;
  const max = scale?.max;
  if (typeof min !== 'number' || typeof max !== 'number' || !(max > min)) {
    return (value) => plot.valToPos(value, scaleKey);
  }
  const base = plot.valToPos(min, scaleKey);
  const top = plot.valToPos(max, scaleKey);
  if (scale?.distr === LINEAR_DISTRIBUTION) {
    const slope = (top - base) / (max - min);
    if (Number.isFinite(base) && Number.isFinite(slope)) {
      return { origin: min, base, slope };
    }
  }
  if (scale?.distr === LOG_DISTRIBUTION && min > 0) {
    const origin = Math.log(min);
    const slope = (top - base) / (Math.log(max) - origin);
    if (Number.isFinite(base) && Number.isFinite(slope)) {
      return { origin, base, slope, log: true };
    }
  }
  return (value) => plot.valToPos(value, scaleKey);
}
