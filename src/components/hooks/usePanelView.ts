import { useMemo } from 'react';
import { PanelProps } from '@grafana/data';
import { buildPanelView, PanelView } from '../../view/panelView';
import { exemplarSelector, Interpolate, interpolateLatencyQuery } from '../../data/promql';
import { DataSourceInfo } from '../../links/types';
import { exemplarDestinations, isPrometheusType, prometheusStoreType } from '../../services/datasources';
import { PanelServices } from '../../services/panelServices';
import { LatencyQueryOptions, PanelOptions } from '../../types';
import { perfMark, perfMarks } from '../testIds';
import { useAllExemplars } from './useAllExemplars';
import { LatencyData, useLatencyData } from './useLatencyData';

/**
 * Selectors whose exemplars "All" mode reads: the builder's histogram, or the panel queries with
 * dashboard variables filled in (range macros only matter to the rate, not to which series match).
 */
function exemplarSelectors(data: LatencyData, query: LatencyQueryOptions, replaceVariables: Interpolate): string[] {
  const exprs =
    data.mode === 'builder' ? [exemplarSelector(interpolateLatencyQuery(query, replaceVariables))] : data.panelExprs;
  return Array.from(new Set(exprs.map((expr) => replaceVariables(expr).replace(/\$__\w+/g, '1m'))));
}

/**
 * What the panel shows, from its data: the latency frames (builder or panel queries), every raw exemplar in
 * *All* mode, and the model built from them.
 */
export function usePanelView(
  props: PanelProps<PanelOptions>,
  services: PanelServices,
  tracing: DataSourceInfo[],
  showExemplars: boolean
) {
  const { options, replaceVariables } = props;
  const data = useLatencyData(props, services);
  const { timeRange } = data;
  const allMode = options.exemplars.source === 'all';
  const selectors = useMemo(
    () => (allMode ? exemplarSelectors(data, options.query, replaceVariables) : []),
    [allMode, data, options.query, replaceVariables]
  );
  const all = useAllExemplars(
    allMode && showExemplars,
    services,
    data.prometheus,
    selectors,
    timeRange,
    options.exemplars.maxExemplars,
    `${props.data.request?.requestId}:${props.data.request?.startTime}`,
    data.instanceKey
  );
  const startTime = props.data.request?.startTime;
  // Grafana's Prometheus library thins exemplars unless its feature toggle says not to; other data sources do not.
  const unsampled =
    services.featureEnabled('disablePrometheusExemplarSampling') ||
    (data.prometheus !== undefined && !isPrometheusType(data.prometheus.type));
  const model = useMemo((): PanelView => {
    // Performance API: the panel starts on new data or options (the start of the paint-time measure).
    perfMark(perfMarks.data);
    const built = buildPanelView({
      mode: data.mode,
      seriesFrames: data.seriesFrames,
      exemplarFrames: data.exemplarFrames,
      errors: data.errors,
      options,
      quantileByRefId: data.quantileByRefId,
      exemplarsRequested: data.exemplarsRequested,
      datasourceDestinations: exemplarDestinations(data.prometheus),
      storeType: prometheusStoreType(data.prometheus),
      tracingDatasources: tracing,
      allExemplars: all.result,
      unsampled,
      rangeToMs: timeRange.to.valueOf(),
      // When the data was asked for: "now" for the question whether the range is too old for exemplars.
      nowMs: startTime ?? timeRange.to.valueOf(),
    });
    perfMark(perfMarks.modelEnd);
    return built;
  }, [data, options, tracing, timeRange, startTime, all.result, unsampled]);
  return { data, all, model };
}
