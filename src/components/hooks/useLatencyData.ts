import { useEffect, useMemo, useState } from 'react';
import { from, Observable, Subscription } from 'rxjs';
import {
  CoreApp,
  DataFrame,
  DataQueryRequest,
  DataQueryResponse,
  DataSourceInstanceSettings,
  LoadingState,
  PanelData,
  PanelProps,
  rangeUtil,
} from '@grafana/data';
import { DataQuery } from '@grafana/schema';
import { isExemplarFrame } from '../../data/exemplarFrames';
import { LatencyQuery, planLatencyQueries } from '../../data/promql';
import { splitFrames } from '../../data/seriesFrames';
import { isPrometheusType, resolvePrometheus } from '../../services/datasources';
import { PanelServices } from '../../services/panelServices';
import { PanelOptions } from '../../types';

/** A Prometheus query as Grafana's Prometheus data source takes it. */
export interface PromQuery extends DataQuery {
  expr: string;
  range: boolean;
  instant: boolean;
  exemplar: boolean;
  legendFormat: string;
}

export interface LatencyData {
  mode: 'builder' | 'panel';
  loading: boolean;
  seriesFrames: DataFrame[];
  exemplarFrames: DataFrame[];
  errors: string[];
  exemplarsRequested: boolean;
  quantileByRefId?: Record<string, number>;
  prometheus?: DataSourceInstanceSettings;
  /** The builder's queries (empty in panel mode), for the editor and Explore links. */
  queries: LatencyQuery[];
  targets: PromQuery[];
  /** Expressions of the panel's own queries (panel mode), for the raw exemplar API. */
  panelExprs: string[];
}

interface FetchState {
  /** The refresh key the frames answer; differs from the current key while a request is in flight. */
  key: string;
  loading: boolean;
  frames: DataFrame[];
  errors: string[];
}

function responseErrors(response: DataQueryResponse): string[] {
  return (response.errors ?? []).map((e) => e.message || e.data?.message || 'The data source returned an error.');
}

/** Exemplars are a property of the histogram, not of a quantile: ask for them once, on the top quantile. */
export function builderTargets(queries: LatencyQuery[], prometheus: DataSourceInstanceSettings, exemplars: boolean): PromQuery[] {
  return queries.map((q, i) => ({
    refId: q.refId,
    datasource: { type: prometheus.type, uid: prometheus.uid },
    expr: q.expr,
    legendFormat: q.legendFormat,
    range: true,
    instant: false,
    exemplar: exemplars && i === queries.length - 1,
  }));
}

function buildRequest(props: PanelProps<PanelOptions>, targets: PromQuery[], minInterval?: string): DataQueryRequest<PromQuery> {
  const maxDataPoints = Math.max(50, Math.round(props.width));
  const { interval, intervalMs } = rangeUtil.calculateInterval(props.timeRange, maxDataPoints, minInterval);
  return {
    app: CoreApp.Dashboard,
    requestId: `exemplar-trace-${props.id}`,
    panelId: props.id,
    timezone: props.timeZone,
    range: props.timeRange,
    rangeRaw: props.timeRange.raw,
    interval,
    intervalMs,
    maxDataPoints,
    targets,
    scopedVars: {
      __interval: { text: interval, value: interval },
      __interval_ms: { text: String(intervalMs), value: intervalMs },
    },
    startTime: Date.now(),
  };
}

function panelData(data: PanelData, services: PanelServices): LatencyData {
  const targets = (data.request?.targets ?? []) as Array<Partial<PromQuery>>;
  const all = [...data.series, ...(data.annotations ?? [])];
  const exemplarFrames = all.filter(isExemplarFrame);
  const uid = targets[0]?.datasource?.uid;
  const errors = data.errors ?? [];
  return {
    mode: 'panel',
    loading: data.state === LoadingState.Loading,
    seriesFrames: data.series.filter((f) => !isExemplarFrame(f)),
    exemplarFrames,
    errors: errors.map((e) => e.message ?? 'Query failed'),
    exemplarsRequested: exemplarFrames.length > 0 || targets.some((t) => t.exemplar),
    prometheus: uid ? services.getInstanceSettings(uid) : undefined,
    queries: [],
    targets: [],
    panelExprs: targets.map((t) => t.expr).filter((expr): expr is string => typeof expr === 'string' && expr.trim() !== ''),
  };
}

/**
 * Latency frames for the panel: from its own query builder when a metric is set (run through the
 * Prometheus data source, following the dashboard's time range and refresh), else from the
 * panel's standard queries.
 */
export function useLatencyData(props: PanelProps<PanelOptions>, services: PanelServices): LatencyData {
  const { query } = props.options;
  const builder = query.metric.trim() !== '';
  const plan = useMemo(() => planLatencyQueries(query), [query]);
  const chosen = useMemo(
    () => (builder ? resolvePrometheus(services, query.datasourceUid) : undefined),
    [builder, services, query.datasourceUid]
  );
  // PromQL sent to another kind of data source answers with nothing, which would read as "no latency data".
  const prometheus = isPrometheusType(chosen?.type) ? chosen : undefined;
  const targets = useMemo(
    () => (plan.ok && prometheus ? builderTargets(plan.queries, prometheus, query.exemplars) : []),
    [plan, prometheus, query.exemplars]
  );
  const refreshKey = [
    props.timeRange.from.valueOf(),
    props.timeRange.to.valueOf(),
    props.data.request?.requestId,
    props.data.request?.startTime,
    Math.round(props.width / 50),
    JSON.stringify(targets),
  ].join('|');
  const [state, setState] = useState<FetchState>({ key: '', loading: false, frames: [], errors: [] });

  useEffect(() => {
    if (!builder || targets.length === 0 || !prometheus) {
      return;
    }
    let subscription: Subscription | undefined;
    let cancelled = false;
    services
      .getDataSource(prometheus.uid)
      .then((ds) => {
        if (cancelled) {
          return;
        }
        const result = ds.query(buildRequest(props, targets, ds.interval ?? undefined));
        const stream: Observable<DataQueryResponse> = result instanceof Observable ? result : from(result);
        subscription = stream.subscribe({
          next: (response) =>
            setState({ key: refreshKey, loading: response.state === LoadingState.Loading, frames: response.data ?? [], errors: responseErrors(response) }),
          error: (err: unknown) =>
            setState({ key: refreshKey, loading: false, frames: [], errors: [errorMessage(err)] }),
        });
      })
      .catch((err: unknown) => !cancelled && setState({ key: refreshKey, loading: false, frames: [], errors: [errorMessage(err)] }));
    return () => {
      cancelled = true;
      subscription?.unsubscribe();
    };
    // refreshKey captures every input of the request; props itself changes on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refreshKey, builder, prometheus, services]);

  const { data } = props;
  const panelResult = useMemo(() => (builder ? undefined : panelData(data, services)), [builder, data, services]);
  // Until the answer for the current inputs arrives, the previous frames stay on screen.
  const loading = targets.length > 0 && (state.key !== refreshKey || state.loading);
  const builderResult = useMemo((): LatencyData | undefined => {
    if (!builder) {
      return undefined;
    }
    const planErrors = plan.ok ? [] : [plan.error];
    const dsErrors = prometheus
      ? []
      : chosen
        ? [`Data source "${chosen.name}" is of type "${chosen.type}", not Prometheus: choose a Prometheus data source in the Latency query options.`]
        : [query.datasourceUid ? `Prometheus data source "${query.datasourceUid}" was not found.` : 'No Prometheus data source is configured in this Grafana.'];
    const { series, exemplars } = splitFrames(state.frames);
    return {
      mode: 'builder',
      loading: false,
      seriesFrames: series,
      exemplarFrames: exemplars,
      errors: [...planErrors, ...dsErrors, ...state.errors],
      exemplarsRequested: query.exemplars,
      quantileByRefId: plan.ok ? Object.fromEntries(plan.queries.map((q) => [q.refId, q.quantile])) : undefined,
      prometheus,
      queries: plan.ok ? plan.queries : [],
      targets,
      panelExprs: [],
    };
  }, [builder, plan, prometheus, chosen, query.datasourceUid, query.exemplars, state.frames, state.errors, targets]);
  const result = (builderResult ?? panelResult)!;
  return result.loading === loading || result.mode === 'panel' ? result : { ...result, loading };
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) {
    return err.message;
  }
  const fetchError = err as { data?: { message?: string; error?: string }; statusText?: string; message?: string } | undefined;
  return fetchError?.data?.message ?? fetchError?.data?.error ?? fetchError?.message ?? fetchError?.statusText ?? 'Request failed.';
}
