/** The fixture-mode scenario file (`sandbox/scenarios/<name>.json`, or generated into `sandbox/dist/scenarios/`). */
import type { DataFrameJSON } from '@grafana/data';
import type { PromExemplarSeries } from './prometheusApi';

export interface ScenarioDataSource {
  uid: string;
  type: string;
  name: string;
  isDefault?: boolean;
  jsonData?: Record<string, unknown>;
}

/** A panel query as saved in the dashboard (Prometheus query model). */
export interface ScenarioTarget {
  refId: string;
  expr: string;
  legendFormat?: string;
  range?: boolean;
  instant?: boolean;
  exemplar?: boolean;
  interval?: string;
  hide?: boolean;
  datasource?: { type: string; uid: string };
}

/** One dashboard panel of a multi-panel scenario: its saved model and what its own queries returned. */
export interface ScenarioPanel {
  /** Grafana's legacy panel id (the VizPanel key is `panel-<id>`). */
  id: number;
  title: string;
  options?: Record<string, unknown>;
  fieldConfig?: { defaults: Record<string, unknown>; overrides: unknown[] };
  pluginVersion?: string;
  targets?: ScenarioTarget[];
  series?: DataFrameJSON[];
  annotations?: DataFrameJSON[];
  /** Repeat the panel once per value of this dashboard variable (Grafana's `repeat`). */
  repeat?: string;
}

/** A custom dashboard variable (Grafana's `custom` type: a fixed list of values). */
export interface ScenarioVariable {
  name: string;
  values: string[];
  /** Selected values; `$__all` selects every value. */
  current?: string[];
}

export interface Scenario {
  description?: string;
  timeRange: { from: number; to: number };
  /** Saved panel options; the plugin's migration handler and defaults are applied on load. */
  options?: Record<string, unknown>;
  /** Saved field config of the single panel (defaults and overrides), as a dashboard JSON holds it. */
  fieldConfig?: { defaults: Record<string, unknown>; overrides: unknown[] };
  /** Plugin version the options were saved with (missing → migration runs, as in Grafana). */
  pluginVersion?: string;
  targets?: ScenarioTarget[];
  /** What Grafana puts in `PanelData.series`. */
  series: DataFrameJSON[];
  /** What Grafana puts in `PanelData.annotations` (exemplar frames, already with dataTopic). */
  annotations?: DataFrameJSON[];
  /** Trace frames by trace ID; IDs not listed answer like Grafana's Tempo data source for an unknown trace. */
  traces?: Record<string, DataFrameJSON>;
  datasources?: ScenarioDataSource[];
  /** What Prometheus' `/api/v1/query_exemplars` returns, for resource calls; derived from `annotations` when absent. */
  rawExemplars?: PromExemplarSeries[];
  /** Grafana feature toggles the scenario's Grafana runs with (`config.featureToggles`). */
  featureToggles?: Record<string, boolean>;
  /** Delay for trace queries, for loading-state tests. */
  traceDelayMs?: number;
  /** A dashboard of several panels; without it the scenario is one panel made of the fields above. */
  panels?: ScenarioPanel[];
  variables?: ScenarioVariable[];
}

export const DEFAULT_DATASOURCES: ScenarioDataSource[] = [
  {
    uid: 'prometheus',
    type: 'prometheus',
    name: 'Prometheus',
    isDefault: true,
    jsonData: {
      timeInterval: '15s',
      httpMethod: 'POST',
      exemplarTraceIdDestinations: [{ name: 'trace_id', datasourceUid: 'tempo' }],
    },
  },
  { uid: 'tempo', type: 'tempo', name: 'Tempo', jsonData: {} },
  { uid: 'jaeger', type: 'jaeger', name: 'Jaeger', jsonData: {} },
  { uid: 'zipkin', type: 'zipkin', name: 'Zipkin', jsonData: {} },
];

/** Live mode: the local stack scrapes every second, and Grafana users set the scrape interval to match. */
export const LIVE_DATASOURCES: ScenarioDataSource[] = DEFAULT_DATASOURCES.map((source) =>
  source.type === 'prometheus' ? { ...source, jsonData: { ...source.jsonData, timeInterval: '1s' } } : source
);
