import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { ScaleDistribution } from '@grafana/schema';
import { UPlotChart, useStyles2, VizLayout } from '@grafana/ui';
import { testIds } from '../testIds';
import { chartLegend } from './ChartLegend';
import { ExemplarCanvas } from './ExemplarCanvas';
import { KeyboardTooltip } from './KeyboardTooltip';
import { PlotTooltip } from './PlotTooltip';
import { MarkerAnnouncement } from './MarkerAnnouncement';
import { OffLogAxisNote } from './OffLogAxisNote';
import { useMarkerInteraction } from './useMarkerInteraction';
import { usePlot } from './usePlot';
import { useMarkerStyle } from './useMarkerStyle';
import { axisStyleOf } from './plotStyle';
import { LatencyChartProps } from './latencyChartProps';
import { useRegionSelect } from './useRegionSelect';

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
  // The markers take the model, the include mask, the cluster radius and the open/hover callbacks from the props.
  const interaction = useMarkerInteraction({ ...props, plotRef, geometry });
  const { layout, pointer, keyboard, emphasised, focusedSummary, keyboardTooltip } = interaction;
  const region = useRegionSelect(geometry?.plot, props.region);
  // What a marker's tooltip shows, under the pointer and under the keyboard's focus alike.
  const markerTooltip = {
    model,
    unit,
    timeZone,
    exemplarColor: props.exemplarColor,
    allLabels: props.exemplarOptions.allLabelsInTooltip,
  };
  const markerStyle = useMarkerStyle(props.exemplarColor, props.opacity, props.exemplarOptions.colorMode === 'series');

  return (
    <div
      className={styles.chart}
      tabIndex={0}
      role="application"
      aria-label={`Latency chart with ${layout?.clusters.count ?? 0} exemplar markers. Arrow keys move between markers, Home and End go to the first and last, Enter opens the trace preview, B draws a selection box.`}
      onClickCapture={pointer.onClickCapture}
      onMouseMove={pointer.onMouseMove}
      onMouseLeave={pointer.onMouseLeave}
      onKeyDown={(event) => region.onKeyDown(event) || keyboard.onKeyDown(event)}
      onFocus={keyboard.onFocus}
      onBlur={keyboard.onBlur}
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
              {...markerTooltip}
              colors={colors}
              hiddenInTooltip={props.hiddenInTooltip}
              tooltip={props.tooltip}
              onZoom={props.onChangeTimeRange}
              times={plotData[0]}
            />
          </UPlotChart>
        )}
      </VizLayout>
      {geometry && layout && (
        <ExemplarCanvas plot={geometry.plot} layout={layout} style={markerStyle} emphasised={emphasised} />
      )}
      {region.overlay}
      <OffLogAxisNote model={model} include={props.include} log={scaleDistribution?.type === ScaleDistribution.Log} />
      <MarkerAnnouncement summary={focusedSummary} unit={unit} />
      {layout && keyboardTooltip >= 0 && (
        <KeyboardTooltip {...markerTooltip} plotRef={plotRef} layout={layout} cluster={keyboardTooltip} />
      )}
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
