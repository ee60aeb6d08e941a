import React, { ComponentProps, Dispatch, SetStateAction, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import { css } from '@emotion/css';
import { GrafanaTheme2, TimeRange } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { LegendDisplayMode, TooltipPlugin2, UPlotChart, UPlotConfigBuilder, useStyles2, useTheme2, VizLayout, VizLegend, VizLegendItem } from '@grafana/ui';
import { Direction, summarizeCluster } from '../../cluster';
import { alignSeries } from '../../data/align';
import { PanelModel } from '../../data/panelModel';
import { traceTargetFor } from '../../links/mapping';
import { testIds } from '../testIds';
import { buildPlotConfig, plotDataWith } from './buildPlotConfig';
import { ExemplarTooltip, SeriesTooltip } from './ChartTooltip';
import { exemplarAnnouncement } from './exemplarAnnouncement';
import { ExemplarCanvas } from './ExemplarCanvas';
import { ClusterLayout, geometryOf, PlotGeometry, sameGeometry, useClusterLayout } from './useClusterLayout';

type HoverMode = ComponentProps<typeof TooltipPlugin2>['hoverMode'];
/** TooltipHoverMode.xAll; the enum is a `const enum` that isolated modules cannot import. */
const HOVER_ALL_SERIES = 1 as HoverMode;

const KEY_DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** Where keyboard navigation starts: the earliest marker. */
function leftmostCluster(layout: ClusterLayout): number {
  let best = -1;
  for (let c = 0; c < layout.clusters.count; c++) {
    if (best < 0 || layout.clusters.x[c] < layout.clusters.x[best]) {
      best = c;
    }
  }
  return best;
}

/**
 * Clustering depends on where things land: re-cluster when size or scales change.
 * At module level on purpose: a hook closure made inside the component would share its render's scope, and
 * whatever that scope holds (an older plot, say) would live as long as this plot does.
 */
function reportGeometryOnDraw(builder: UPlotConfigBuilder, setGeometry: Dispatch<SetStateAction<PlotGeometry | undefined>>) {
  builder.addHook('draw', (u) => {
    const next = geometryOf(u);
    setGeometry((current) => (sameGeometry(current, next) ? current : next));
  });
}

const configRevisions = new WeakMap<UPlotConfigBuilder, number>();
let lastConfigRevision = 0;

/**
 * A number per config, to mount a fresh TooltipPlugin2 for each plot: its hooks on a new config close over
 * its state, which still holds the previous plot, whose config's hooks hold the one before … so every plot
 * ever drawn would stay in memory (found by the soak test's heap snapshots).
 */
function revisionOf(config: UPlotConfigBuilder): number {
  let revision = configRevisions.get(config);
  if (revision === undefined) {
    revision = ++lastConfigRevision;
    configRevisions.set(config, revision);
  }
  return revision;
}

export interface LatencyChartProps {
  model: PanelModel;
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
  opacity: number;
  hidden: Set<number>;
  onLegendClick: (series: number, toggle: boolean) => void;
  onChangeTimeRange: (range: { from: number; to: number }) => void;
  /** Opens the trace preview for the members of a cluster, starting at its representative. */
  onOpenExemplars: (members: Uint32Array, first: number) => void;
  /** The representative of the marker under the pointer, -1 when none (prefetches its trace on hover). */
  onHoverExemplar?: (exemplar: number) => void;
}

export function LatencyChart(props: LatencyChartProps) {
  const { model, timeRange, timeZone, colors, hidden } = props;
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const unit = model.series[0]?.unit ?? 's';
  // A ref, not state: a variable of the render holding the plot would be kept by the closures made in that
  // render (config hooks among them), chaining every plot ever drawn.
  const plotRef = useRef<uPlot | null>(null);
  const [geometry, setGeometry] = useState<PlotGeometry>();
  // Focus and hover refer to clusters of one layout: a new layout (zoom, resize, data) clears them.
  const [focus, setFocus] = useState<{ layout?: ClusterLayout; cluster: number }>({ cluster: -1 });
  const [hover, setHover] = useState<{ layout?: ClusterLayout; cluster: number }>({ cluster: -1 });

  const exemplarMax = useMemo(() => {
    let max = 0;
    for (let i = 0; i < model.exemplars.size; i++) {
      if (props.include[i] && model.exemplars.value[i] > max) {
        max = model.exemplars.value[i];
      }
    }
    return max;
  }, [model.exemplars, props.include]);
  const aligned = useMemo(() => alignSeries(model.series), [model.series]);
  // One array per data: Grafana's UPlotChart compares it by identity, and a new one redraws the whole plot.
  const plotData = useMemo(
    () => plotDataWith([aligned.x, ...aligned.ys], { timeRange, exemplarMax }),
    [aligned, timeRange, exemplarMax]
  );

  // The config only changes with the plot's structure: a new config makes UPlotChart re-create uPlot, a
  // refresh only hands it new data (colours are compared by value: they are recomputed for each refresh).
  const seriesCount = model.series.length;
  const colorKey = colors.join('\n');
  const config = useMemo(() => {
    const builder = buildPlotConfig({ seriesCount, colors: colorKey.split('\n'), hidden, theme, timeZone, unit });
    reportGeometryOnDraw(builder, setGeometry);
    return builder;
  }, [seriesCount, colorKey, hidden, theme, timeZone, unit]);

  const layout = useClusterLayout(geometry, model, props.include, props.clusterRadius);
  const focused = focus.layout === layout ? focus.cluster : -1;
  const hovered = hover.layout === layout ? hover.cluster : -1;

  /** The marker under a pointer event, -1 when none or not over uPlot's plotting area. */
  const clusterAt = (event: React.MouseEvent): number => {
    const over = plotRef.current?.over;
    if (!over || !layout || !over.contains(event.target as Node)) {
      return -1;
    }
    const rect = over.getBoundingClientRect();
    return layout.index.hitTest(event.clientX - rect.left, event.clientY - rect.top);
  };

  // Hover highlight follows the pointer over uPlot's plotting area.
  const onMouseMove = (event: React.MouseEvent) => {
    const cluster = clusterAt(event);
    setHover((current) => (current.layout === layout && current.cluster === cluster ? current : { layout, cluster }));
  };
  const onMouseLeave = () => setHover({ cluster: -1 });

  const { onHoverExemplar } = props;
  const hoveredExemplar = layout && hovered >= 0 ? layout.clusters.representative[hovered] : -1;
  useEffect(() => {
    onHoverExemplar?.(hoveredExemplar);
    return () => onHoverExemplar?.(-1);
  }, [onHoverExemplar, hoveredExemplar]);

  const { onOpenExemplars } = props;
  const openCluster = useCallback(
    (c: number) => {
      const clusters = layout?.clusters;
      if (clusters && c >= 0 && c < clusters.count) {
        onOpenExemplars(clusters.members.slice(clusters.memberStart[c], clusters.memberStart[c + 1]), clusters.representative[c]);
      }
    },
    [layout, onOpenExemplars]
  );

  // Capture phase: a click on a marker opens the preview and must not also pin the line tooltip.
  const onClickCapture = (event: React.MouseEvent) => {
    const c = clusterAt(event);
    if (c >= 0) {
      event.stopPropagation();
      event.preventDefault();
      openCluster(c);
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!layout || layout.clusters.count === 0) {
      return;
    }
    const direction = KEY_DIRECTIONS[event.key];
    if (direction) {
      event.preventDefault();
      const next = focused >= 0 ? layout.index.nearestInDirection(focused, direction) : leftmostCluster(layout);
      setFocus({ layout, cluster: next >= 0 ? next : focused });
    } else if (event.key === 'Enter' && focused >= 0) {
      event.preventDefault();
      openCluster(focused);
    }
  };

  const markerStyle = useMemo(
    () => ({
      colorOf: props.exemplarColor,
      opacity: props.opacity,
      textColor: theme.colors.background.primary,
      outline: theme.colors.background.primary,
      highlight: theme.colors.text.primary,
    }),
    [props.exemplarColor, props.opacity, theme]
  );
  const emphasised = useMemo(() => [hovered, focused].filter((c) => c >= 0), [hovered, focused]);

  const legendItems: VizLegendItem[] = model.series.map((s, i) => ({
    label: s.name,
    color: colors[i],
    yAxis: 1,
    disabled: hidden.has(i),
    getItemKey: () => `${i}-${s.name}`,
  }));

  const focusedSummary = layout && focused >= 0 ? summarizeCluster(layout.clusters, focused, model.exemplars) : undefined;

  return (
    <div
      className={styles.chart}
      tabIndex={0}
      role="application"
      aria-label={`Latency chart with ${layout?.clusters.count ?? 0} exemplar markers. Arrow keys move between markers, Enter opens the trace preview.`}
      onClickCapture={onClickCapture}
      onMouseMove={onMouseMove}
      onMouseLeave={onMouseLeave}
      onKeyDown={onKeyDown}
      data-testid={testIds.chart.plot}
    >
      <VizLayout
        width={props.width}
        height={props.height}
        legend={
          <VizLayout.Legend placement="bottom">
            <VizLegend
              placement="bottom"
              displayMode={LegendDisplayMode.List}
              items={legendItems}
              onLabelClick={(item, event) => {
                const index = legendItems.indexOf(item);
                props.onLegendClick(index, event.ctrlKey || event.metaKey || event.shiftKey);
              }}
            />
          </VizLayout.Legend>
        }
      >
        {(vizWidth: number, vizHeight: number) => (
          <UPlotChart config={config} data={plotData} width={vizWidth} height={vizHeight} plotRef={(u) => (plotRef.current = u)}>
            <TooltipPlugin2
              key={revisionOf(config)}
              config={config}
              hoverMode={HOVER_ALL_SERIES}
              queryZoom={props.onChangeTimeRange}
              render={(u, dataIdxs) => {
                const c = layout && u.cursor.left !== undefined ? layout.index.hitTest(u.cursor.left, u.cursor.top ?? -1) : -1;
                if (layout && c >= 0) {
                  const summary = summarizeCluster(layout.clusters, c, model.exemplars);
                  const target = traceTargetFor(model.exemplars, summary.representative, model.rules);
                  return (
                    <ExemplarTooltip summary={summary} traceId={target?.traceId} unit={unit} timeZone={timeZone} color={props.exemplarColor(summary.representative)} />
                  );
                }
                return <SeriesTooltip u={u} dataIdxs={dataIdxs} series={model.series} colors={colors} hidden={hidden} timeZone={timeZone} unit={unit} />;
              }}
            />
          </UPlotChart>
        )}
      </VizLayout>
      {geometry && layout && <ExemplarCanvas plot={geometry.plot} layout={layout} style={markerStyle} emphasised={emphasised} />}
      <div className={styles.srOnly} aria-live="polite" data-testid={testIds.chart.liveRegion}>
        {exemplarAnnouncement(focusedSummary, unit)}
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  chart: css({
    position: 'relative',
    outline: 'none',
    '&:focus-visible': { boxShadow: `0 0 0 2px ${theme.colors.primary.main}` },
  }),
  srOnly: css({ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }),
});
