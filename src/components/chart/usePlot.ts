import { useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import { TimeRange } from '@grafana/data';
import { ScaleDistribution, ScaleDistributionConfig, TimeZone } from '@grafana/schema';
import { useTheme2 } from '@grafana/ui';
import { alignSeries } from '../../data/align';
import { PanelView } from '../../view/panelView';
import { axisStyleOf, LatencyAxisStyle, LineStyle, lineStyleOf } from './plotStyle';
import { buildPlotConfig, plotDataWith } from './buildPlotConfig';
import { reportGeometryOnDraw } from './plotIdentity';
import { PlotGeometry } from './useClusterLayout';

interface PlotInputs {
  model: PanelView;
  include: Uint8Array;
  colors: string[];
  hidden: Set<number>;
  timeRange: TimeRange;
  timeZone: TimeZone;
  unit: string;
  /** Linear unless the field config says otherwise. */
  scaleDistribution?: ScaleDistributionConfig;
}

const LINEAR: ScaleDistributionConfig = { type: ScaleDistribution.Linear };

/** uPlot's config and data for the quantile lines, and where the plot landed (for clustering the markers). */
export function usePlot({
  model,
  include,
  colors,
  hidden,
  timeRange,
  timeZone,
  unit,
  scaleDistribution = LINEAR,
}: PlotInputs) {
  const theme = useTheme2();
  // A ref, not state: a variable of the render holding the plot would be kept by the closures made in that
  // render (config hooks among them), chaining every plot ever drawn.
  const plotRef = useRef<uPlot | null>(null);
  const [geometry, setGeometry] = useState<PlotGeometry>();

  const { exemplarMax, exemplarMinPositive } = useMemo(() => {
    let max = 0;
    let minPositive = Infinity;
    const { value, size } = model.exemplars;
    for (let i = 0; i < size; i++) {
      if (include[i]) {
        max = value[i] > max ? value[i] : max;
        minPositive = value[i] > 0 && value[i] < minPositive ? value[i] : minPositive;
      }
    }
    return { exemplarMax: max, exemplarMinPositive: minPositive < Infinity ? minPositive : 0 };
  }, [model.exemplars, include]);
  const aligned = useMemo(() => alignSeries(model.series), [model.series]);
  // One array per data: Grafana's UPlotChart compares it by identity, and a new one redraws the whole plot.
  const plotData = useMemo(
    () => plotDataWith([aligned.x, ...aligned.ys], { timeRange, exemplarMax, exemplarMinPositive }),
    [aligned, timeRange, exemplarMax, exemplarMinPositive]
  );

  // The config only changes with the plot's structure: a new config makes UPlotChart re-create uPlot, a
  // refresh only hands it new data (colours are compared by value: they are recomputed for each refresh).
  const seriesCount = model.series.length;
  const colorKey = colors.join('\n');
  // By value: the field config hands a new object on each render.
  const distributionType = scaleDistribution.type;
  const logBase = scaleDistribution.log;
  const lines = useMemo(() => model.series.map(lineStyleOf), [model.series]);
  const axis = useMemo(() => axisStyleOf(model.series), [model.series]);
  const styleKey = JSON.stringify([lines, axis]);
  const config = useMemo(() => {
    const [lineStyles, axisStyle] = JSON.parse(styleKey) as [LineStyle[], LatencyAxisStyle];
    const builder = buildPlotConfig({
      seriesCount,
      colors: colorKey.split('\n'),
      hidden,
      theme,
      timeZone,
      unit,
      scaleDistribution: { type: distributionType, log: logBase },
      lines: lineStyles,
      axis: axisStyle,
    });
    reportGeometryOnDraw(builder, setGeometry);
    return builder;
  }, [seriesCount, colorKey, hidden, theme, timeZone, unit, distributionType, logBase, styleKey]);

  return { plotRef, geometry, config, plotData };
}
