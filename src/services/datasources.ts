import { DataSourceInstanceSettings } from '@grafana/data';
import { TRACING_DATASOURCE_TYPES } from '../links/mapping';
import { DataSourceInfo, ExemplarTraceIdDestination } from '../links/types';
import { PanelServices } from './panelServices';

/** Data source types that speak Prometheus' API through Grafana's Prometheus library (promlib). */
const PROMETHEUS_TYPES = ['prometheus', 'grafana-amazonprometheus-datasource', 'grafana-azureprometheus-datasource'];

export function isPrometheusType(type: string | undefined): boolean {
  return PROMETHEUS_TYPES.includes(type ?? '');
}

/** The Prometheus data source to query: the chosen one, else the default if it is Prometheus, else the first. */
export function resolvePrometheus(services: PanelServices, uid: string): DataSourceInstanceSettings | undefined {
  if (uid) {
    return services.getInstanceSettings(uid);
  }
  const fallback = services.getInstanceSettings(undefined);
  if (isPrometheusType(fallback?.type)) {
    return fallback;
  }
  return services.listDataSources({ type: 'prometheus' })[0];
}

export function tracingDatasources(services: PanelServices): DataSourceInfo[] {
  return services
    .listDataSources({ tracing: true })
    .filter((ds) => TRACING_DATASOURCE_TYPES.includes(ds.type))
    .map(({ uid, name, type }) => ({ uid, name, type }));
}

/** The Prometheus data source's own exemplar → trace settings, read defensively (it is user JSON). */
export function exemplarDestinations(settings: DataSourceInstanceSettings | undefined): ExemplarTraceIdDestination[] {
  const raw = (settings?.jsonData as { exemplarTraceIdDestinations?: unknown } | undefined)
    ?.exemplarTraceIdDestinations;
  if (!Array.isArray(raw)) {
    return [];
  }
  return raw.filter(
    (d): d is ExemplarTraceIdDestination =>
      typeof d === 'object' && d !== null && typeof (d as { name?: unknown }).name === 'string'
  );
}

/** Which Prometheus-compatible store the data source talks to (`jsonData.prometheusType`), when set. */
export function prometheusStoreType(settings: DataSourceInstanceSettings | undefined): string | undefined {
  const type = (settings?.jsonData as { prometheusType?: unknown } | undefined)?.prometheusType;
  return typeof type === 'string' && type ? type : undefined;
}
