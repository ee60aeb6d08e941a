import {
  CoreApp,
  DataFrame,
  DataQueryRequest,
  DataSourceInstanceSettings,
  rangeUtil,
  ScopedVars,
  TimeRange,
} from '@grafana/data';
import { DataQuery, TimeZone } from '@grafana/schema';
import { LatencyQuery } from '../../data/promql';

/** A Prometheus query as Grafana's Prometheus data source takes it. */
export interface PromQuery extends DataQuery {
  expr: string;
  range: boolean;
  instant: boolean;
  exemplar: boolean;
  legendFormat: string;
}

/**
 * Exemplars are a property of the histogram, not of a quantile: ask for them once, on the first query of the
 * histogram. Grafana's Prometheus data source (`shouldRunExemplarQuery`) drops the flag from every target whose
 * histogram an earlier visible target already queries, so a flag on any later query would be lost.
 */
export function builderTargets(
  queries: LatencyQuery[],
  prometheus: DataSourceInstanceSettings,
  exemplars: boolean
): PromQuery[] {
  return queries.map((q, i) => ({
    refId: q.refId,
    datasource: { type: prometheus.type, uid: prometheus.uid },
    expr: q.expr,
    legendFormat: q.legendFormat,
    range: true,
    instant: false,
    exemplar: exemplars && i === 0,
  }));
}

/**
 * The data source derives a per-target key from `panelId + refId`; clones of a repeated panel share the panel id
 * and the builder's refIds, so the request carries refIds made unique by the panel instance, taken off again on
 * the frames that come back.
 */
const INSTANCE_SEPARATOR = '~';

function withInstanceRefId(refId: string, instanceKey: string): string {
  return `${refId}${INSTANCE_SEPARATOR}${instanceKey}`;
}

export function withoutInstanceRefIds(frames: DataFrame[], instanceKey: string): DataFrame[] {
  const suffix = `${INSTANCE_SEPARATOR}${instanceKey}`;
  return frames.map((frame) =>
    frame.refId?.endsWith(suffix) ? { ...frame, refId: frame.refId.slice(0, -suffix.length) } : frame
  );
}

export interface BuilderRequestInputs {
  instanceKey: string;
  panelId: number;
  timeRange: TimeRange;
  timeZone: TimeZone;
  width: number;
  targets: PromQuery[];
  minInterval?: string;
  /** The panel's scoped variables (Scenes: `__sceneObject`, so that the panel's own scope interpolates). */
  scopedVars?: ScopedVars;
}

export function builderRequest(inputs: BuilderRequestInputs): DataQueryRequest<PromQuery> {
  const maxDataPoints = Math.max(50, Math.round(inputs.width));
  const { interval, intervalMs } = rangeUtil.calculateInterval(inputs.timeRange, maxDataPoints, inputs.minInterval);
  return {
    app: CoreApp.Dashboard,
    requestId: `exemplar-trace-query-${inputs.instanceKey}`,
    panelId: inputs.panelId,
    timezone: inputs.timeZone,
    range: inputs.timeRange,
    rangeRaw: inputs.timeRange.raw,
    interval,
    intervalMs,
    maxDataPoints,
    targets: inputs.targets.map((t) => ({ ...t, refId: withInstanceRefId(t.refId, inputs.instanceKey) })),
    scopedVars: {
      ...inputs.scopedVars,
      __interval: { text: interval, value: interval },
      __interval_ms: { text: String(intervalMs), value: intervalMs },
    },
    startTime: Date.now(),
  };
}
