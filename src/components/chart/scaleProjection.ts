import uPlot from 'uplot';
import type { AxisProjection } from '../../cluster';

/** uPlot's `distr` of a linear scale. */
const LINEAR_DISTRIBUTION = 1;

/**
 * Values → CSS pixels on the plot for one uPlot scale, as uPlot's `valToPos` computes them. A linear scale with a
 * range is read once as numbers (two `valToPos` calls fix base and slope); any other scale is called per value.
 */
export function scaleProjection(plot: uPlot, scaleKey: string): AxisProjection {
  const scale = plot.scales[scaleKey];
  const min = scale?.min;
  const max = scale?.max;
  if (scale?.distr === LINEAR_DISTRIBUTION && typeof min === 'number' && typeof max === 'number' && max > min) {
    const base = plot.valToPos(min, scaleKey);
    const slope = (plot.valToPos(max, scaleKey) - base) / (max - min);
    if (Number.isFinite(base) && Number.isFinite(slope)) {
      return { origin: min, base, slope };
    }
  }
  return (value) => plot.valToPos(value, scaleKey);
}
