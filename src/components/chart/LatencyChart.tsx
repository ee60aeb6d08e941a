import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, TimeRange } from '@grafana/data';
import { ScaleDistribution, TimeZone, VizLegendOptions, VizTooltipOptions } from '@grafana/schema';
import { UPlotChart, useStyles2, VizLayout } from '@grafana/ui';
import { summarizeCluster } from '../../cluster';
import { PanelView } from '../../view/panelView';
import { testIds } from '../testIds';
import { chartLegend } from './ChartLegend';
import { ExemplarCanvas } from './ExemplarCanvas';
import { PlotTooltip } from './PlotTooltip';
import { MarkerAnnouncement } from './MarkerAnnouncement';
import { OffLogAxisNote } from './OffLogAxisNote';
import { useClusterLayout } from './useClusterLayout';
import { useMarkerKeyboard } from './useMarkerKeyboard';
import { useMarkerPointer } from './useMarkerPointer';
import { useOpenCluster } from './useOpenCluster';
import { usePlot } from './usePlot';
import { useMarkerStyle } from './useMarkerStyle';
import { axisStyleOf } from './plotStyle';

export interface LatencyChartProps {
  model: PanelView;
  width: number;
  height: number;
  timeRange: TimeRange;
  timeZone: TimeZone;
  colors: string[];
  /** Colour of each exemplar's marker. */
  exemplarColor: (exemplar: number) => string;
  /** 1 = draw this exemplar (visible series, passes the filter, exemplars shown). */
  include: Uint8Array;
  clusterRadius: number;
  legend: VizLegendOptions;
  tooltip: VizTooltipOptions;
  opacity: number;
  /** Series whose line is not drawn. */
  hidden: Set<number>;
  hiddenInLegend: Set<number>;
  hiddenInTooltip: Set<number>;
  /** Undefined where Grafana's PanelContext handles legend clicks (see useSeriesVisibility). */
  onLegendClick?: (series: number, toggle: boolean) => void;
  onChangeTimeRange: (range: { from: number; to: number }) => void;
  /** Opens the trace preview for the members of a cluster, starting at its representative. */
  onOpenExemplars: (members: Uint32Array, first: number) => void;
  /** The representative of the marker under the pointer, -1 when none (prefetches its trace on hover). */
  onHoverExemplar?: (exemplar: number) => void;
}

export function LatencyChart(props: LatencyChartProps) {
  const { model, timeRange, timeZone, colors, hidden } = props;
  const styles = useStyles2(getStyles);
  const unit = model.series[0]?.unit ?? 's';
  // The latency axis' scale: the series' field config `custom.scaleDistribution` (overrides included).
  const { scaleDistribution } = axisStyleOf(model.series);
  const { plotRef, geometry, config, plotData } = usePlot({
    model,
    include: props.include,
    colors,
    hidden,
    timeRange,
    timeZone,
    unit,
    scaleDistribution,
  });
  const layout = useClusterLayout(geometry, model, props.include, props.clusterRadius);
  const openCluster = useOpenCluster(layout, props.onOpenExemplars);
  const pointer = useMarkerPointer(plotRef, layout, openCluster, props.onHoverExemplar);
  const { focused, onKeyDown } = useMarkerKeyboard(layout, openCluster);
  const { hovered } = pointer;

  const markerStyle = useMarkerStyle(props.exemplarColor, props.opacity);
  const emphasised = useMemo(() => [hovered, focused].filter((c) => c >= 0), [hovered, focused]);

  const focusedSummary =
    layout && focused >= 0 ? summarizeCluster(layout.clusters, focused, model.exemplars) : undefined;

  return (
    <div
      className={styles.chart}
      tabIndex={0}
      role="application"
      aria-label={`Latency chart with ${layout?.clusters.count ?? 0} exemplar markers. Arrow keys move between markers, Enter opens the trace preview.`}
      onClickCapture={pointer.onClickCapture}
      onMouseMove={pointer.onMouseMove}
      onMouseLeave={pointer.onMouseLeave}
      onKeyDown={onKeyDown}
      data-testid={testIds.chart.plot}
    >
      <VizLayout
        width={props.width}
        height={props.height}
        legend={chartLegend({
          series: model.series,
          colors,
          hidden,
          hiddenInLegend: props.hiddenInLegend,
          options: props.legend,
          unit,
          onLegendClick: props.onLegendClick,
        })}
      >
        {(vizWidth: number, vizHeight: number) => (
          <UPlotChart
            config={config}
            data={plotData}
            width={vizWidth}
            height={vizHeight}
            plotRef={(u) => (plotRef.current = u)}
          >
            <PlotTooltip
              config={config}
              layout={layout}
              model={model}
              colors={colors}
              hiddenInTooltip={props.hiddenInTooltip}
              exemplarColor={props.exemplarColor}
              unit={unit}
              timeZone={timeZone}
              tooltip={props.tooltip}
              onZoom={props.onChangeTimeRange}
            />
          </UPlotChart>
        )}
      </VizLayout>
      {geometry && layout && (
        <ExemplarCanvas plot={geometry.plot} layout={layout} style={markerStyle} emphasised={emphasised} />
      )}
      <OffLogAxisNote model={model} include={props.include} log={scaleDistribution?.type === ScaleDistribution.Log} />
      <MarkerAnnouncement summary={focusedSummary} unit={unit} />
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  chart: css({
    position: 'relative',
    outline: 'none',
    '&:focus-visible': { boxShadow: `0 0 0 2px ${theme.colors.primary.main}` },
  }),
});
