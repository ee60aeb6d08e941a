import { DataQuery } from '@grafana/schema';
import type { LatencyData, PromQuery } from '../hooks/useLatencyData';

/**
 * The latency queries Explore's metrics pane opens beside the trace: the query builder's own queries, or else the
 * panel's queries (as the panel menu's Explore takes the panel's targets) — those of the Prometheus data source
 * the panel reads, with a PromQL expression, not hidden.
 */
export function exploreLatencyQueries(
  data: Pick<LatencyData, 'mode' | 'targets' | 'prometheus'>,
  panelTargets: DataQuery[] | undefined
): PromQuery[] {
  if (data.mode === 'builder') {
    return data.targets;
  }
  return (panelTargets ?? []).filter((target): target is PromQuery => {
    const expr = (target as Partial<PromQuery>).expr;
    const uid = target.datasource?.uid;
    return !target.hide && typeof expr === 'string' && expr.trim() !== '' && (!uid || uid === data.prometheus?.uid);
  });
}
