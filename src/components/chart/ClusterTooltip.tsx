import React from 'react';
import { TimeZone } from '@grafana/schema';
import { summarizeCluster } from '../../cluster';
import { traceTargetFor } from '../../links/mapping';
import { clusterSeries } from '../../view/clusterSeries';
import { PanelView } from '../../view/panelView';
import { ExemplarTooltip } from './ChartTooltip';
import { ClusterLayout } from './useClusterLayout';

export interface ClusterTooltipProps {
  layout: ClusterLayout;
  cluster: number;
  model: PanelView;
  unit: string;
  timeZone: TimeZone;
  exemplarColor: (exemplar: number) => string;
  allLabels?: boolean;
}

/** The labels that tell the series apart (`route`): the Series row names them already. */
function seriesLabelNamesOf(model: PanelView): Set<string> {
  return new Set(model.groups.flatMap((group) => Object.keys(group.labels)).filter((name) => name !== '__name__'));
}

/** The tooltip of one marker, the same under the pointer and under the keyboard's focus ring. */
export function ClusterTooltip({ layout, cluster, model, exemplarColor, ...rest }: ClusterTooltipProps) {
  const summary = summarizeCluster(layout.clusters, cluster, model.exemplars);
  const { members, memberStart } = layout.clusters;
  const series = clusterSeries(
    members.subarray(memberStart[cluster], memberStart[cluster + 1]),
    model.groupOfExemplar,
    model.groups
  );
  return (
    <ExemplarTooltip
      {...rest}
      summary={summary}
      target={traceTargetFor(model.exemplars, summary.representative, model.rules)}
      color={exemplarColor(summary.representative)}
      series={series}
      seriesLabelNames={series.length > 0 ? seriesLabelNamesOf(model) : undefined}
    />
  );
}
