import { ExemplarParseReport } from './exemplarFrames';
import { PROMETHEUS_FIXES, remoteWriteStore, SEND_EXEMPLARS_FIX } from './diagnosticsStore';
import { ExemplarSet, hasLatencyLines, LabelCodes, LatencySeries } from './model';

type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** A one-click fix the panel can apply to its own options. */
export type DiagnosticAction = { kind: 'map-label'; labelName: string; label: string };

export interface Diagnostic {
  id: string;
  severity: DiagnosticSeverity;
  title: string;
  detail: string;
  fixes: string[];
  action?: DiagnosticAction;
}

/** What the diagnostics read of a trace-link rule (the links domain's EffectiveRule has this shape). */
interface DiagnosedRule {
  labelName: string;
  /** Where the rule comes from: the panel's options, the Prometheus data source, or label auto-detection. */
  origin: 'panel' | 'datasource' | 'auto';
  /** Why the rule's links do not work, when they do not. */
  problem?: string;
}

export interface DiagnosticInputs {
  mode: 'builder' | 'panel';
  metric?: string;
  /** Messages from the data source or the query plan. */
  errors: string[];
  series: LatencySeries[];
  exemplars: ExemplarSet;
  parseReport?: ExemplarParseReport;
  /** Whether any query asked Prometheus for exemplars. */
  exemplarsRequested: boolean;
  rules: DiagnosedRule[];
  /** Label names that usually hold a trace ID (trace_id, traceID, …), from the links domain. */
  traceIdLabels: readonly string[];
  linkedExemplars: number;
  /** End of the time range, ms; Prometheus keeps exemplars in memory only for recent data. */
  rangeToMs: number;
  nowMs: number;
  /** The panel's exemplar filter could not be read. */
  filterError?: string;
  /** The Prometheus data source's `jsonData.prometheusType` (Prometheus, Mimir, Cortex, Thanos), when set. */
  storeType?: string;
}

/** Prometheus' in-memory exemplar buffer rarely covers more than a few hours on a busy server. */
const OLD_RANGE_MS = 6 * 3600_000;
/** Series labels Grafana copies into exemplar frames; not candidates for a trace ID. */
const SERIES_LABELS = new Set(['__name__', 'le', 'job', 'instance']);

/** Label names of the exemplars that look like IDs: long hex or UUID-like values. */
function likelyTraceLabels(set: ExemplarSet, traceIdLabels: readonly string[]): string[] {
  return set.labels
    .filter((c) => !SERIES_LABELS.has(c.name))
    .filter(
      (c) =>
        traceIdLabels.includes(c.name) ||
        /trace|span/i.test(c.name) ||
        c.dict.slice(0, 20).some((v) => /^[0-9a-f-]{16,36}$/i.test(v))
    )
    .map((c) => c.name);
}

/**
 * When no label looks like a trace ID by name or value: a label with a different value on (nearly) every
 * exemplar, as a trace ID has. Series labels (route, status) repeat and never qualify.
 */
function presentRows(codes: LabelCodes): number {
  let present = 0;
  for (let row = 0; row < codes.length; row++) {
    present += codes[row] >= 0 ? 1 : 0;
  }
  return present;
}

function uniquePerExemplarLabel(set: ExemplarSet): string | undefined {
  let best: { name: string; distinct: number } | undefined;
  for (const column of set.labels) {
    if (SERIES_LABELS.has(column.name)) {
      continue;
    }
    const present = presentRows(column.codes);
    const distinct = new Set(column.dict).size;
    if (present >= 2 && distinct >= 0.9 * present && (!best || distinct > best.distinct)) {
      best = { name: column.name, distinct };
    }
  }
  return best?.name;
}

function noSeriesDiagnostic(inputs: DiagnosticInputs): Diagnostic {
  const recording = inputs.metric?.includes(':');
  return {
    id: 'no-series',
    severity: 'error',
    title: 'No latency data',
    detail:
      inputs.mode === 'builder'
        ? `histogram_quantile over ${inputs.metric}_bucket returned nothing for this time range.`
        : 'The panel queries returned no series.',
    fixes: [
      'Check that the metric is a Prometheus histogram: it needs a _bucket series with an le label.',
      'Widen the time range, or remove label filters that match nothing.',
      ...(recording ? ['Recording rules (names with ":") carry no buckets or exemplars: use the raw histogram.'] : []),
    ],
  };
}

function noExemplarsDiagnostic(inputs: DiagnosticInputs): Diagnostic {
  if (!inputs.exemplarsRequested) {
    return {
      id: 'exemplars-off',
      severity: 'info',
      title: 'Exemplars are not requested',
      detail: 'No query asks Prometheus for exemplars.',
      fixes:
        inputs.mode === 'builder'
          ? ['Turn on "Fetch exemplars" in the Latency query options.']
          : ['Turn on the Exemplars toggle of the Prometheus query (Options → Exemplars).'],
    };
  }
  const store = remoteWriteStore(inputs.storeType);
  // On the remote-write path two defaults drop exemplars without an error: the store's limit (0) and the
  // writer's send_exemplars (off). They are named alone, not under the scrape format and feature flag of a
  // scraping server the user is not looking at (issue 24, mimir#10034).
  const fixes = store ? [store.limitFix, SEND_EXEMPLARS_FIX] : [...PROMETHEUS_FIXES];
  if (inputs.metric?.includes(':')) {
    fixes.unshift(
      `"${inputs.metric}" looks like a recording rule: recording rules carry no exemplars. Use the raw histogram.`
    );
  }
  if (inputs.nowMs - inputs.rangeToMs > OLD_RANGE_MS) {
    fixes.unshift('Prometheus keeps exemplars in a bounded in-memory buffer: look at a recent time range.');
  }
  return {
    id: 'no-exemplars',
    severity: 'warning',
    title: 'No exemplars in this time range',
    detail: store
      ? `The latency lines have data, but ${store.name} returned no exemplars for them. ${store.path}`
      : 'The latency lines have data, but Prometheus returned no exemplars for them.',
    fixes,
  };
}

function unmappedDiagnostic(inputs: DiagnosticInputs): Diagnostic {
  const seen = inputs.exemplars.labels.map((c) => c.name).filter((n) => !SERIES_LABELS.has(n));
  const byLook = likelyTraceLabels(inputs.exemplars, inputs.traceIdLabels);
  const unique = byLook.length === 0 ? uniquePerExemplarLabel(inputs.exemplars) : undefined;
  const likely = unique ? [unique] : byLook;
  const mapped = inputs.rules.map((r) => r.labelName);
  return {
    id: 'no-trace-label',
    severity: 'warning',
    title: 'Exemplars have no mapped trace ID label',
    detail:
      `${inputs.exemplars.size} exemplars, none with a label the mapping knows` +
      (mapped.length ? ` (mapped: ${mapped.join(', ')})` : '') +
      `. Labels seen: ${seen.join(', ') || 'none'}.`,
    fixes: unique
      ? [
          `"${unique}" has a different value on every exemplar, as a trace ID would: map it if it holds the trace ID.`,
          'Otherwise add a label mapping rule in the panel options (Trace links) for the label that holds the trace ID.',
        ]
      : likely.length
        ? [`"${likely[0]}" looks like a trace ID: map it to your tracing data source.`]
        : ['Add a label mapping rule in the panel options (Trace links) for the label that holds the trace ID.'],
    action: likely.length ? { kind: 'map-label', labelName: likely[0], label: `Map "${likely[0]}"` } : undefined,
  };
}

/**
 * A rule names a trace ID label the exemplars do not carry, while they carry another trace ID label
 * (the data source maps `trace_id`, the application writes `traceID`, or the reverse). Auto-detection
 * may link them anyway; the diagnostic names both so the mapping can be fixed where it lives.
 */
function labelNameMismatch(inputs: DiagnosticInputs): Diagnostic[] {
  const present = new Set(inputs.exemplars.labels.map((c) => c.name));
  const explicit = inputs.rules.filter((r) => r.origin !== 'auto');
  const carried = likelyTraceLabels(inputs.exemplars, inputs.traceIdLabels).filter(
    (name) =>
      (inputs.traceIdLabels.includes(name) || /trace/i.test(name)) && !explicit.some((r) => r.labelName === name)
  );
  const missing = explicit.filter((r) => !present.has(r.labelName));
  if (carried.length === 0 || missing.length === 0) {
    return [];
  }
  const rule = missing[0];
  const where = rule.origin === 'datasource' ? 'The Prometheus data source maps' : 'The panel maps';
  const linkedByAuto = inputs.rules.some((r) => r.origin === 'auto' && r.labelName === carried[0] && !r.problem);
  return [
    {
      id: 'label-name-mismatch',
      severity: linkedByAuto ? 'info' : 'warning',
      title: `Exemplars carry "${carried[0]}", not "${rule.labelName}"`,
      detail:
        `${where} the label "${rule.labelName}", but the exemplars in this range carry "${carried[0]}".` +
        (linkedByAuto ? ' Auto-detection links them for now.' : ''),
      fixes: [
        `Map "${carried[0]}" in the panel options (Trace links), or rename the label in the Prometheus data source's exemplar settings so Explore links too.`,
      ],
      action: { kind: 'map-label', labelName: carried[0], label: `Map "${carried[0]}"` },
    },
  ];
}

/** What the panel should tell the user, most severe first. Empty when all is well. */
export function diagnose(inputs: DiagnosticInputs): Diagnostic[] {
  const found: Diagnostic[] = inputs.errors.map((message, i) => ({
    id: `error-${i}`,
    severity: 'error' as const,
    title: 'Query failed',
    detail: message,
    fixes: [],
  }));
  if (!hasLatencyLines(inputs.series)) {
    if (found.length === 0) {
      found.push(noSeriesDiagnostic(inputs));
    }
    return found;
  }
  if (inputs.exemplars.size === 0) {
    found.push(noExemplarsDiagnostic(inputs));
  } else {
    // A name mismatch says more than "nothing is mapped": it names both labels.
    const mismatch = labelNameMismatch(inputs);
    found.push(...(mismatch.length === 0 && inputs.linkedExemplars === 0 ? [unmappedDiagnostic(inputs)] : mismatch));
  }
  const reportedRules = new Set<string>();
  for (const rule of inputs.rules) {
    // One line per label: the first rule for a label is the one links use (and ids must stay unique).
    if (reportedRules.has(rule.labelName)) {
      continue;
    }
    reportedRules.add(rule.labelName);
    if (rule.problem && inputs.exemplars.labels.some((c) => c.name === rule.labelName)) {
      found.push({
        id: `rule-${rule.labelName}`,
        severity: 'warning',
        title: `Trace links for "${rule.labelName}" do not work`,
        detail: rule.problem,
        fixes: ['Edit the rule in the panel options (Trace links), or the Prometheus data source exemplar settings.'],
      });
    }
  }
  if (inputs.filterError) {
    found.push({
      id: 'filter',
      severity: 'warning',
      title: 'Exemplar filter ignored',
      detail: inputs.filterError,
      fixes: ['Fix "Exemplar filter" in the panel options, e.g. status=~"5..", route="/api/cart".'],
    });
  }
  const report = inputs.parseReport;
  if (report && report.rejectedRows + report.unusableFrames > 0) {
    found.push({
      id: 'rejected-exemplars',
      severity: 'info',
      title: 'Some exemplars were left out',
      detail: `${report.rejectedRows} exemplars had no usable time or latency (missing, not a number, infinite or negative)${report.unusableFrames ? ` and ${report.unusableFrames} exemplar frames had no time or value field` : ''}.`,
      fixes: [],
    });
  }
  if (report && report.truncatedRows > 0) {
    found.push({
      id: 'truncated-exemplars',
      severity: 'warning',
      title: 'Exemplar limit reached',
      detail: `${report.truncatedRows} exemplars beyond the limit were not loaded.`,
      fixes: ['Narrow the time range or add label filters, or raise "Maximum exemplars" in the panel options.'],
    });
  }
  return found;
}
