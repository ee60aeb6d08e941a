import { useEffect, useMemo, useState } from 'react';
import { from, Observable, Subscription } from 'rxjs';
import {
  applyFieldOverrides,
  DataFrame,
  DataQueryResponse,
  DataSourceInstanceSettings,
  LoadingState,
  PanelData,
  PanelProps,
  TimeRange,
} from '@grafana/data';
import { useTheme2 } from '@grafana/ui';
import { errorMessage } from '../../data/errorMessage';
import { isExemplarFrame } from '../../data/exemplarFrames';
import { interpolateLatencyQuery, LatencyQuery, planLatencyQueries } from '../../data/promql';
import { splitFrames } from '../../data/seriesFrames';
import { isPrometheusType, resolvePrometheus } from '../../services/datasources';
import { PanelServices } from '../../services/panelServices';
import { seriesFieldConfigRegistry } from '../../fieldConfig';
import { PanelOptions } from '../../types';
import { builderRequest, builderTargets, PromQuery, withoutInstanceRefIds } from './builderRequest';
import { usePanelInstanceKey } from './panelInstance';
import { useQueryTimeRange } from './useQueryTimeRange';

export type { PromQuery } from './builderRequest';
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
  /** The range the frames answer: the panel's queries' (panel mode), the dashboard's (builder mode). */
  timeRange: TimeRange;
  /** Unique to this mounted panel (request ids; clones of a repeated panel share the legacy panel id). */
  instanceKey: string;
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

function panelData(data: PanelData, services: PanelServices, timeRange: TimeRange, instanceKey: string): LatencyData {
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
    panelExprs: targets
      .map((t) => t.expr)
      .filter((expr): expr is string => typeof expr === 'string' && expr.trim() !== ''),
    timeRange,
    instanceKey,
  };
}

/**
 * Latency frames for the panel: from its own query builder when a metric is set (run through the
 * Prometheus data source, following the dashboard's time range and refresh), else from the
 * panel's standard queries.
 */
export function useLatencyData(props: PanelProps<PanelOptions>, services: PanelServices): LatencyData {
  const { options, replaceVariables } = props;
  const builder = options.query.mode === 'builder' && options.query.metric.trim() !== '';
  const instanceKey = usePanelInstanceKey();
  const theme = useTheme2();
  const timeRange = useQueryTimeRange(props, services, builder);
  // Variables are filled in on every render (a repeated panel's own `$route`); the plan follows only their values.
  const interpolatedKey = JSON.stringify(
    builder ? interpolateLatencyQuery(options.query, replaceVariables) : options.query
  );
  const query = useMemo(() => JSON.parse(interpolatedKey) as PanelOptions['query'], [interpolatedKey]);
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
    timeRange.from.valueOf(),
    timeRange.to.valueOf(),
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
        const request = builderRequest({
          instanceKey,
          panelId: props.id,
          timeRange,
          timeZone: props.timeZone,
          width: props.width,
          targets,
          minInterval: ds.interval ?? undefined,
          scopedVars: props.data.request?.scopedVars,
        });
        const result = ds.query(request);
        const stream: Observable<DataQueryResponse> = result instanceof Observable ? result : from(result);
        subscription = stream.subscribe({
          next: (response) =>
            setState({
              key: refreshKey,
              loading: response.state === LoadingState.Loading,
              frames: withoutInstanceRefIds(response.data ?? [], instanceKey),
              errors: responseErrors(response),
            }),
          error: (err: unknown) =>
            setState({ key: refreshKey, loading: false, frames: [], errors: [errorMessage(err)] }),
        });
      })
      .catch(
        (err: unknown) =>
          !cancelled && setState({ key: refreshKey, loading: false, frames: [], errors: [errorMessage(err)] })
      );
    return () => {
      cancelled = true;
      subscription?.unsubscribe();
    };
    // refreshKey captures every input of the request; props itself changes on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refreshKey, builder, prometheus, services]);

  const { data } = props;
  const panelResult = useMemo(
    () => (builder ? undefined : panelData(data, services, timeRange, instanceKey)),
    [builder, data, services, timeRange, instanceKey]
  );
  const { fieldConfig, timeZone } = props;
  // Grafana applies field config and overrides (the legend's hideSeriesFrom among them) to the panel's own
  // queries' frames only; the builder's frames get the same treatment here.
  const builderFrames = useMemo(() => splitFrames(state.frames), [state.frames]);
  const builderSeries = useMemo(() => {
    const { series } = builderFrames;
    return series.length === 0
      ? series
      : applyFieldOverrides({
          data: series,
          fieldConfig,
          fieldConfigRegistry: seriesFieldConfigRegistry(),
          replaceVariables,
          theme,
          timeZone,
        });
  }, [builderFrames, fieldConfig, replaceVariables, theme, timeZone]);
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
        ? [
            `Data source "${chosen.name}" is of type "${chosen.type}", not Prometheus: choose a Prometheus data source in the Latency query options.`,
          ]
        : [
            query.datasourceUid
              ? `Prometheus data source "${query.datasourceUid}" was not found.`
              : 'No Prometheus data source is configured in this Grafana.',
          ];
    const { exemplars } = builderFrames;
    return {
      mode: 'builder',
      loading: false,
      seriesFrames: builderSeries,
      exemplarFrames: exemplars,
      errors: [...planErrors, ...dsErrors, ...state.errors],
      exemplarsRequested: query.exemplars,
      quantileByRefId: plan.ok ? Object.fromEntries(plan.queries.map((q) => [q.refId, q.quantile])) : undefined,
      prometheus,
      queries: plan.ok ? plan.queries : [],
      targets,
      panelExprs: [],
      timeRange,
      instanceKey,
    };
  }, [
    builder,
    plan,
    prometheus,
    chosen,
    query.datasourceUid,
    query.exemplars,
    builderFrames,
    state.errors,
    targets,
    builderSeries,
    timeRange,
    instanceKey,
  ]);
  const result = (builderResult ?? panelResult)!;
  return result.loading === loading || result.mode === 'panel' ? result : { ...result, loading };
}
