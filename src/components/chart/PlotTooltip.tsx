import React, { ComponentProps } from 'react';
import uPlot from 'uplot';
import { LinkModel } from '@grafana/data';
import { TimeZone, TooltipDisplayMode, VizTooltipOptions } from '@grafana/schema';
import { TooltipPlugin2, UPlotConfigBuilder } from '@grafana/ui';
import { rowAtTime } from '../../data/align';
import { LatencySeries } from '../../data/model';
import { PanelView } from '../../view/panelView';
import { ClusterTooltip } from './ClusterTooltip';
import { FitInViewport } from './FitInViewport';
import { SeriesTooltip } from './SeriesTooltip';
import { revisionOf } from './plotIdentity';
import { ClusterLayout } from './useClusterLayout';

type HoverMode = ComponentProps<typeof TooltipPlugin2>['hoverMode'];
/** TooltipHoverMode.xOne and xAll; the enum is a `const enum` that isolated modules cannot import. */
const HOVER_ONE_SERIES = 0 as HoverMode;
const HOVER_ALL_SERIES = 1 as HoverMode;

interface Props {
  config: UPlotConfigBuilder;
  layout?: ClusterLayout;
  model: PanelView;
  colors: string[];
  hiddenInTooltip: Set<number>;
  exemplarColor: (exemplar: number) => string;
  unit: string;
  timeZone: TimeZone;
  /** The panel's tooltip options: single or all lines (exemplars show in every mode), sort order. */
  tooltip: VizTooltipOptions;
  onZoom: (range: { from: number; to: number }) => void;
  /** The plot's shared time axis (uPlot's x values): a data index of the tooltip is a position in it. */
  times: ArrayLike<number>;
  /** List every exemplar label in its tooltip (the panel's `exemplars.allLabelsInTooltip`). */
  allLabels?: boolean;
}

/** A line's data links at one time of the shared axis (uPlot series index, 1-based), none where it has no point. */
function seriesLinksAt(series: LatencySeries[], seriesIdx: number, timeMs: number): LinkModel[] {
  const line = series[seriesIdx - 1];
  const row = line?.links ? rowAtTime(line, timeMs) : -1;
  return row >= 0 ? line.links!(row) : [];
}

/** Grafana's tooltip plugin: the exemplar or cluster under the cursor, else every line's value at that time. */
export function PlotTooltip({
  config,
  layout,
  model,
  colors,
  hiddenInTooltip,
  exemplarColor,
  unit,
  timeZone,
  tooltip,
  onZoom,
  times,
  allLabels,
}: Props) {
  return (
    <TooltipPlugin2
      key={revisionOf(config)}
      config={config}
      hoverMode={tooltip.mode === TooltipDisplayMode.Single ? HOVER_ONE_SERIES : HOVER_ALL_SERIES}
      queryZoom={onZoom}
      getDataLinks={(seriesIdx, dataIdx) => seriesLinksAt(model.series, seriesIdx, times[dataIdx])}
      maxWidth={tooltip.maxWidth}
      render={(u, dataIdxs, seriesIdx, isPinned, _dismiss, _range, _viaSync, dataLinks) => (
        <FitInViewport u={u} maxHeight={tooltip.maxHeight}>
          {content(u, dataIdxs, seriesIdx, isPinned, dataLinks)}
        </FitInViewport>
      )}
    />
  );

  function content(
    u: uPlot,
    dataIdxs: Array<number | null>,
    seriesIdx: number | null | undefined,
    isPinned: boolean,
    dataLinks: LinkModel[]
  ) {
    const c = layout && u.cursor.left !== undefined ? layout.index.hitTest(u.cursor.left, u.cursor.top ?? -1) : -1;
    if (layout && c >= 0) {
      return (
        <ClusterTooltip
          layout={layout}
          cluster={c}
          model={model}
          unit={unit}
          timeZone={timeZone}
          exemplarColor={exemplarColor}
          allLabels={allLabels}
        />
      );
    }
    return (
      <SeriesTooltip
        u={u}
        dataIdxs={dataIdxs}
        series={model.series}
        colors={colors}
        hidden={hiddenInTooltip}
        timeZone={timeZone}
        unit={unit}
        seriesIdx={seriesIdx ?? null}
        options={tooltip}
        pinned={isPinned}
        links={dataLinks}
      />
    );
  }
}
