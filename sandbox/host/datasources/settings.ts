/** DataSourceInstanceSettings as Grafana's boot data carries them, built from a scenario's data source list. */
import {
  type DataSourceInstanceSettings,
  type DataSourceJsonData,
  type DataSourcePluginMeta,
  PluginType,
} from '@grafana/data';
import type { ScenarioDataSource } from '../../shared/scenario';

const TRACING_TYPES = ['tempo', 'jaeger', 'zipkin'];
const TYPE_NAMES: Record<string, string> = {
  prometheus: 'Prometheus',
  tempo: 'Tempo',
  jaeger: 'Jaeger',
  zipkin: 'Zipkin',
};

function pluginMeta(type: string): DataSourcePluginMeta {
  return {
    id: type,
    name: TYPE_NAMES[type] ?? type,
    type: PluginType.datasource,
    module: `core:plugin/${type}`,
    baseUrl: `public/app/plugins/datasource/${type}`,
    info: {
      author: { name: 'Grafana Labs' },
      description: '',
      links: [],
      logos: {
        small: `public/app/plugins/datasource/${type}/img/logo.svg`,
        large: `public/app/plugins/datasource/${type}/img/logo.svg`,
      },
      screenshots: [],
      updated: '',
      version: '',
    },
    metrics: type === 'prometheus',
    tracing: TRACING_TYPES.includes(type),
    annotations: type === 'prometheus',
    alerting: type === 'prometheus',
    backend: true,
  };
}

export function toInstanceSettings(
  source: ScenarioDataSource,
  id: number
): DataSourceInstanceSettings<DataSourceJsonData> {
  return {
    id,
    uid: source.uid,
    type: source.type,
    name: source.name,
    isDefault: source.isDefault ?? false,
    access: 'proxy',
    readOnly: true,
    url: `/api/datasources/proxy/uid/${source.uid}`,
    jsonData: (source.jsonData ?? {}) as DataSourceJsonData,
    meta: pluginMeta(source.type),
  };
}
