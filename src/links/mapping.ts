import { findLabel, labelsOf, labelValue } from '../data/columnar';
import { ExemplarSet } from '../data/model';
import { LabelMappingOptions, LabelMappingRule } from '../types';
import { interpolateUrlTemplate } from './safeUrl';
import { DataSourceInfo, EffectiveRule, ExemplarTraceIdDestination, RuleOrigin, TraceTarget } from './types';

/** Label names OpenTelemetry and common instrumentations use for trace IDs, most common first. */
export const COMMON_TRACE_ID_LABELS = ['trace_id', 'traceID', 'traceId', 'trace.id', 'TraceID', 'traceid'];

export const TRACING_DATASOURCE_TYPES = ['tempo', 'jaeger', 'zipkin'];

export interface MappingInputs {
  options: LabelMappingOptions;
  /** The Prometheus data source's own exemplar destinations. */
  datasourceDestinations: ExemplarTraceIdDestination[];
  /** Tracing data sources that exist in this Grafana. */
  tracingDatasources: DataSourceInfo[];
}

function checkTarget(rule: LabelMappingRule, origin: RuleOrigin, tracing: DataSourceInfo[]): EffectiveRule {
  if (rule.kind === 'url') {
    return rule.url?.trim() ? { ...rule, origin } : { ...rule, origin, problem: 'No URL template is set.' };
  }
  const datasource = tracing.find((ds) => ds.uid === rule.datasourceUid);
  if (datasource) {
    return { ...rule, origin, datasource };
  }
  return {
    ...rule,
    origin,
    problem: rule.datasourceUid
      ? `Tracing data source "${rule.datasourceUid}" was not found (deleted, renamed, or not Tempo/Jaeger/Zipkin).`
      : 'No tracing data source is chosen.',
  };
}

function fromDestination(destination: ExemplarTraceIdDestination): LabelMappingRule {
  return destination.datasourceUid
    ? { labelName: destination.name, kind: 'datasource', datasourceUid: destination.datasourceUid }
    : { labelName: destination.name, kind: 'url', url: destination.url, displayLabel: destination.urlDisplayLabel };
}

/**
 * A panel rule is in force only once it is complete: a label, and a chosen data source or a URL template. A rule
 * being written ("Add rule", then a data source still to pick) must not shadow the data source's working mapping
 * of the same label.
 */
function isCompleteRule(rule: LabelMappingRule): boolean {
  if (!rule.labelName?.trim()) {
    return false;
  }
  return rule.kind === 'url' ? Boolean(rule.url?.trim()) : Boolean(rule.datasourceUid);
}

/**
 * What "Add rule" starts from: the Prometheus data source's first exemplar destination (its label and target, so
 * the new rule works as it stands), else `trace_id` to the preferred tracing data source (Tempo first).
 */
export function suggestedRule(destinations: ExemplarTraceIdDestination[], tracing: DataSourceInfo[]): LabelMappingRule {
  const destination = destinations.find((d) => d.name && (d.datasourceUid || d.url));
  if (destination) {
    return fromDestination(destination);
  }
  return { ...autoDetectTarget([], tracing), labelName: COMMON_TRACE_ID_LABELS[0] };
}

/**
 * The rules in force, in priority order: the panel's own, then the Prometheus data source's
 * exemplar destinations, then auto-detected trace ID labels present in the exemplars (linked to
 * the data source's tracing destination, or else the first tracing data source, Tempo first).
 */
export function effectiveRules(inputs: MappingInputs, set: ExemplarSet): EffectiveRule[] {
  const { options, datasourceDestinations, tracingDatasources } = inputs;
  const rules: EffectiveRule[] = options.rules
    .filter(isCompleteRule)
    .map((rule) => checkTarget(rule, 'panel', tracingDatasources));
  if (options.useDatasourceDefaults) {
    for (const destination of datasourceDestinations) {
      if (destination.name && !rules.some((r) => r.labelName === destination.name)) {
        rules.push(checkTarget(fromDestination(destination), 'datasource', tracingDatasources));
      }
    }
  }
  if (options.autoDetect) {
    const fallback = autoDetectTarget(rules, tracingDatasources);
    for (const labelName of COMMON_TRACE_ID_LABELS) {
      if (findLabel(set, labelName) && !rules.some((r) => r.labelName === labelName)) {
        rules.push(checkTarget({ ...fallback, labelName }, 'auto', tracingDatasources));
      }
    }
  }
  return rules;
}

function autoDetectTarget(rules: EffectiveRule[], tracing: DataSourceInfo[]): LabelMappingRule {
  const working = rules.find((r) => !r.problem);
  if (working) {
    return {
      labelName: '',
      kind: working.kind,
      datasourceUid: working.datasourceUid,
      url: working.url,
      displayLabel: working.displayLabel,
    };
  }
  const preferred = [...tracing].sort(
    (a, b) => TRACING_DATASOURCE_TYPES.indexOf(a.type) - TRACING_DATASOURCE_TYPES.indexOf(b.type)
  )[0];
  return { labelName: '', kind: 'datasource', datasourceUid: preferred?.uid };
}

/** Where exemplar `row` links to: the first rule whose label the exemplar carries, or undefined. */
export function traceTargetFor(set: ExemplarSet, row: number, rules: EffectiveRule[]): TraceTarget | undefined {
  for (const rule of rules) {
    const traceId = labelValue(findLabel(set, rule.labelName), row)?.trim();
    if (!traceId) {
      continue;
    }
    const labelName = rule.labelName;
    if (rule.problem) {
      return { kind: 'broken', traceId, labelName, reason: rule.problem, rule };
    }
    if (rule.kind === 'datasource' && rule.datasource) {
      return { kind: 'datasource', traceId, labelName, datasource: rule.datasource, rule };
    }
    const url = interpolateUrlTemplate(rule.url ?? '', traceId, labelsOf(set, row));
    if (!url.ok) {
      return { kind: 'broken', traceId, labelName, reason: url.reason, rule };
    }
    return { kind: 'url', traceId, labelName, url: url.url, displayLabel: rule.displayLabel || 'Open trace', rule };
  }
  return undefined;
}

/** How many exemplars carry a trace ID any rule maps, computed column-wise for diagnostics. */
export function countLinkedExemplars(set: ExemplarSet, rules: EffectiveRule[]): number {
  const linked = new Uint8Array(set.size);
  let count = 0;
  for (const rule of rules) {
    const column = findLabel(set, rule.labelName);
    if (!column) {
      continue;
    }
    for (let row = 0; row < set.size; row++) {
      if (!linked[row] && column.codes[row] >= 0) {
        linked[row] = 1;
        count++;
      }
    }
  }
  return count;
}
