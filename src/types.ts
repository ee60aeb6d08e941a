import {
  LegendDisplayMode,
  OptionsWithLegend,
  OptionsWithTooltip,
  SortOrder,
  TooltipDisplayMode,
} from '@grafana/schema';

/**
 * Panel options, versioned. Bump OPTIONS_VERSION and add a step to `migrations.ts`
 * whenever the shape or meaning of a field changes.
 */
export const OPTIONS_VERSION = 2;

/** Where the lines come from: the panel's own histogram query builder, or the panel's queries. */
export type QueryMode = 'builder' | 'panel';

export type LabelMatchOp = '=' | '!=' | '=~' | '!~';

export interface LabelFilter {
  label: string;
  op: LabelMatchOp;
  value: string;
}

/** The panel's own latency query builder. Inactive (panel queries are used) while `metric` is empty. */
export interface LatencyQueryOptions {
  mode: QueryMode;
  /** Prometheus data source uid; empty means the default Prometheus data source. */
  datasourceUid: string;
  /** Histogram base name (without `_bucket`), e.g. `http_server_request_duration_seconds`. */
  metric: string;
  /** Quantiles in (0, 1), e.g. [0.5, 0.9, 0.99]. */
  quantiles: number[];
  filters: LabelFilter[];
  groupBy: string[];
  /** Grafana legend format, e.g. `p{{quantile}} {{route}}`; empty gives the default legend. */
  legendFormat: string;
  /** Ask Prometheus for exemplars along with the quantile query. */
  exemplars: boolean;
}

export type ExemplarColorMode = 'series' | 'fixed' | 'status';
export type ExemplarSource = 'sampled' | 'all';

export interface ExemplarDisplayOptions {
  show: boolean;
  color: string;
  colorMode: ExemplarColorMode;
  /** Group markers that would overlap into one cluster marker. */
  cluster: boolean;
  /** Cluster radius in CSS pixels. */
  clusterRadius: number;
  /** 'sampled': what Grafana's Prometheus data source returns (thinned); 'all': raw exemplar API. */
  source: ExemplarSource;
  /** Upper bound on exemplars held in the browser in 'all' mode. */
  maxExemplars: number;
  /** List every label in the exemplar tooltip; off, scrape labels such as `__name__`, `le`, `instance` are folded. */
  allLabelsInTooltip: boolean;
  /** Client-side exemplar label filter, PromQL matcher syntax without braces: `status=~"5..", route="/api/cart"`. */
  filter: string;
}

export type TraceTargetKind = 'datasource' | 'url';

/** One label mapping rule: exemplar label → where its value is a trace ID. */
export interface LabelMappingRule {
  /** Exemplar label name, e.g. `trace_id`. */
  labelName: string;
  kind: TraceTargetKind;
  /** Tracing data source uid (Tempo, Jaeger, Zipkin) when kind = 'datasource'. */
  datasourceUid?: string;
  /** External URL template with `${__value.raw}` when kind = 'url'. */
  url?: string;
  /** Link text, e.g. "Open in OneUptime". */
  displayLabel?: string;
}

export interface LabelMappingOptions {
  rules: LabelMappingRule[];
  /** Use the Prometheus data source's own `exemplarTraceIdDestinations` when no rule matches. */
  useDatasourceDefaults: boolean;
  /** Look for common trace ID labels (trace_id, traceID, traceId, trace.id) when nothing else matches. */
  autoDetect: boolean;
}

export interface PanelOptions extends OptionsWithLegend, OptionsWithTooltip {
  /** Options schema version, see OPTIONS_VERSION. */
  version: number;
  query: LatencyQueryOptions;
  exemplars: ExemplarDisplayOptions;
  labelMapping: LabelMappingOptions;
}

const DEFAULT_QUANTILES = [0.5, 0.9, 0.99];

export const defaultOptions: PanelOptions = {
  version: OPTIONS_VERSION,
  legend: { showLegend: true, displayMode: LegendDisplayMode.List, placement: 'bottom', calcs: [] },
  tooltip: { mode: TooltipDisplayMode.Multi, sort: SortOrder.None },
  query: {
    mode: 'panel',
    datasourceUid: '',
    metric: '',
    quantiles: DEFAULT_QUANTILES,
    filters: [],
    groupBy: [],
    legendFormat: '',
    exemplars: true,
  },
  exemplars: {
    show: true,
    color: '#8f5fd9',
    colorMode: 'series',
    cluster: true,
    clusterRadius: 20,
    source: 'sampled',
    maxExemplars: 1_000_000,
    allLabelsInTooltip: false,
    filter: '',
  },
  labelMapping: {
    rules: [],
    useDatasourceDefaults: true,
    autoDetect: true,
  },
};
