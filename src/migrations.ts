import { PanelModel } from '@grafana/data';
import {
  defaultOptions,
  ExemplarColorMode,
  ExemplarDisplayOptions,
  ExemplarSource,
  LabelFilter,
  LabelMappingOptions,
  LabelMappingRule,
  LabelMatchOp,
  LatencyQueryOptions,
  OPTIONS_VERSION,
  PanelOptions,
  QueryMode,
} from './types';
import { migrateLegend, migrateTooltip } from './migrations.viz';
import { numberFrom } from './data/numberFrom';

type UnknownRecord = Record<string, unknown>;

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordOrEmpty(value: unknown): UnknownRecord {
  return isRecord(value) ? value : {};
}

/** Hand-edited JSON may leave numbers and booleans unquoted; objects, arrays and null are not text. */
function asString(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value;
  }
  return (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

function asNumber(value: unknown): number | undefined {
  const n = numberFrom(value);
  return Number.isFinite(n) ? n : undefined;
}

function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') {
    return value;
  }
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((option) => option === value);
}

function arrayOf<T>(value: unknown, read: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) {
    return undefined;
  }
  return value.map(read).filter((item): item is T => item !== undefined);
}

/** A data source reference as Grafana stores it elsewhere (`{ uid, type }`) counts as its uid. */
function datasourceUid(value: unknown): string | undefined {
  return isRecord(value) ? asString(value.uid) : asString(value);
}

function labelFilter(value: unknown): LabelFilter | undefined {
  const raw = recordOrEmpty(value);
  const label = asString(raw.label);
  const op = asString(raw.op);
  if (label === undefined || op === undefined) {
    return undefined;
  }
  // An unknown operator is kept as written: the query planner names it in its error, instead of
  // the filter vanishing and the query silently matching more than the user asked for.
  return { label, op: op as LabelMatchOp, value: asString(raw.value) ?? '' };
}

const QUERY_MODES: readonly QueryMode[] = ['builder', 'panel'];

function migrateQuery(saved: unknown): LatencyQueryOptions {
  const raw = recordOrEmpty(saved);
  const defaults = defaultOptions.query;
  const metric = asString(raw.metric) ?? defaults.metric;
  return {
    // v1 had no mode: the builder ran whenever a histogram was chosen.
    mode: oneOf(raw.mode, QUERY_MODES) ?? (metric.trim() !== '' ? 'builder' : 'panel'),
    datasourceUid: datasourceUid(raw.datasourceUid) ?? defaults.datasourceUid,
    metric,
    // Out-of-range quantiles (99 for p99) are kept so the planner can say how to write them.
    quantiles: arrayOf(raw.quantiles, asNumber) ?? [...defaults.quantiles],
    filters: arrayOf(raw.filters, labelFilter) ?? [...defaults.filters],
    groupBy: arrayOf(raw.groupBy, asString) ?? [...defaults.groupBy],
    legendFormat: asString(raw.legendFormat) ?? defaults.legendFormat,
    exemplars: asBoolean(raw.exemplars) ?? defaults.exemplars,
  };
}

const COLOR_MODES: readonly ExemplarColorMode[] = ['series', 'fixed', 'status'];
const SOURCES: readonly ExemplarSource[] = ['sampled', 'all'];

function positive(value: number | undefined): number | undefined {
  return value !== undefined && value > 0 ? value : undefined;
}

function migrateExemplars(saved: unknown): ExemplarDisplayOptions {
  const raw = recordOrEmpty(saved);
  const defaults = defaultOptions.exemplars;
  const maxExemplars = positive(asNumber(raw.maxExemplars));
  return {
    show: asBoolean(raw.show) ?? defaults.show,
    color: asString(raw.color) ?? defaults.color,
    colorMode: oneOf(raw.colorMode, COLOR_MODES) ?? defaults.colorMode,
    cluster: asBoolean(raw.cluster) ?? defaults.cluster,
    clusterRadius: positive(asNumber(raw.clusterRadius)) ?? defaults.clusterRadius,
    source: oneOf(raw.source, SOURCES) ?? defaults.source,
    // A count of exemplars: whole, at least one, and exact (typed arrays are sized from it).
    maxExemplars:
      maxExemplars !== undefined
        ? Math.min(Math.max(1, Math.floor(maxExemplars)), Number.MAX_SAFE_INTEGER)
        : defaults.maxExemplars,
    allLabelsInTooltip: asBoolean(raw.allLabelsInTooltip) ?? defaults.allLabelsInTooltip,
    filter: asString(raw.filter) ?? defaults.filter,
  };
}

function labelMappingRule(value: unknown): LabelMappingRule | undefined {
  const raw = recordOrEmpty(value);
  const labelName = asString(raw.labelName);
  if (labelName === undefined) {
    return undefined;
  }
  const url = asString(raw.url);
  // A rule without a valid kind still says where it wants to link: a URL when it has one.
  const kind = oneOf(raw.kind, ['datasource', 'url'] as const) ?? (url !== undefined ? 'url' : 'datasource');
  const rule: LabelMappingRule = { labelName, kind };
  const uid = datasourceUid(raw.datasourceUid);
  const displayLabel = asString(raw.displayLabel);
  if (uid !== undefined) {
    rule.datasourceUid = uid;
  }
  if (url !== undefined) {
    rule.url = url;
  }
  if (displayLabel !== undefined) {
    rule.displayLabel = displayLabel;
  }
  return rule;
}

function migrateLabelMapping(saved: unknown): LabelMappingOptions {
  const raw = recordOrEmpty(saved);
  const defaults = defaultOptions.labelMapping;
  return {
    rules: arrayOf(raw.rules, labelMappingRule) ?? [...defaults.rules],
    useDatasourceDefaults: asBoolean(raw.useDatasourceDefaults) ?? defaults.useDatasourceDefaults,
    autoDetect: asBoolean(raw.autoDetect) ?? defaults.autoDetect,
  };
}

/**
 * Brings options saved by any earlier version (or hand-edited JSON) to the current shape, field by
 * field: values of the wrong type fall back to their defaults instead of breaking the panel later.
 * Earlier shapes: the scaffold's `{ text, showSeriesCount, seriesCountSize }` (no `version`; nothing
 * in it applies to this panel), v1 saved before some groups existed (missing groups get defaults), and v1
 * without query mode, legend or tooltip options (v2 adds them with the v1 picture: list legend at the bottom).
 */
export function migrateOptions(saved: unknown): PanelOptions {
  const raw = recordOrEmpty(saved);
  return {
    version: OPTIONS_VERSION,
    legend: migrateLegend(raw.legend),
    tooltip: migrateTooltip(raw.tooltip),
    query: migrateQuery(raw.query),
    exemplars: migrateExemplars(raw.exemplars),
    labelMapping: migrateLabelMapping(raw.labelMapping),
  };
}

/** `PanelPlugin.setMigrationHandler` entry point. */
export function panelMigrationHandler(panel: PanelModel<Partial<PanelOptions>>): Partial<PanelOptions> {
  return migrateOptions(panel.options);
}
