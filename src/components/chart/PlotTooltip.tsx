import React, { ComponentProps } from 'react';
import { TimeZone } from '@grafana/schema';
import { TooltipPlugin2, UPlotConfigBuilder } from '@grafana/ui';
import { summarizeCluster } from '../../cluster';
import { PanelView } from '../../view/panelView';
import { traceTargetFor } from '../../links/mapping';
import { ExemplarTooltip, SeriesTooltip } from './ChartTooltip';
import { revisionOf } from './plotIdentity';
import { ClusterLayout } from './useClusterLayout';

type HoverMode = ComponentProps<typeof TooltipPlugin2>['hoverMode'];
/** TooltipHoverMode.xAll; the enum is a `const enum` that isolated modules cannot import. */
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
  onZoom: (range: { from: number; to: number }) => void;
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
  onZoom,
}: Props) {
  return (
    <TooltipPlugin2
      key={revisionOf(config)}
      config={config}
      hoverMode={HOVER_ALL_SERIES}
      queryZoom={onZoom}
      render={(u, dataIdxs) => {
        const c = layout && u.cursor.left !== undefined ? layout.index.hitTest(u.cursor.left, u.cursor.top ?? -1) : -1;
        if (layout && c >= 0) {
          const summary = summarizeCluster(layout.clusters, c, model.exemplars);
          const target = traceTargetFor(model.exemplars, summary.representative, model.rules);
          return (
            <ExemplarTooltip
              summary={summary}
              traceId={target?.traceId}
              unit={unit}
              timeZone={timeZone}
              color={exemplarColor(summary.representative)}
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
          />
        );
      }}
    />
  );
}
