import { LabelMappingRule } from '../types';

/** `jsonData.exemplarTraceIdDestinations` of Grafana's Prometheus data source. */
export interface ExemplarTraceIdDestination {
  name: string;
  datasourceUid?: string;
  url?: string;
  urlDisplayLabel?: string;
}

/** A data source the panel can link to, as listed by Grafana's data source service. */
export interface DataSourceInfo {
  uid: string;
  name: string;
  type: string;
}

export type RuleOrigin = 'panel' | 'datasource' | 'auto';

/** A label mapping rule after defaults and auto-detection, with its target checked. */
export interface EffectiveRule extends LabelMappingRule {
  origin: RuleOrigin;
  /** The tracing data source the rule points at, when it exists. */
  datasource?: DataSourceInfo;
  /** Why the rule cannot produce a working link (missing data source, wrong type, no URL). */
  problem?: string;
}

export type TraceTarget =
  | { kind: 'datasource'; traceId: string; labelName: string; datasource: DataSourceInfo; rule: EffectiveRule }
  | { kind: 'url'; traceId: string; labelName: string; url: string; displayLabel: string; rule: EffectiveRule }
  /** The exemplar has a trace ID, but its link is unusable (refused URL, missing data source). */
  | { kind: 'broken'; traceId: string; labelName: string; reason: string; rule: EffectiveRule };
