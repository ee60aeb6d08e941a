import type { ClusterSummary } from '../cluster';
import { COMMON_TRACE_ID_LABELS } from '../links/mapping';

type TopLabel = ClusterSummary['topLabels'][number];

/**
 * Labels every series of a scrape carries, which say nothing about one request: the metric name, the histogram
 * bucket, the scrape target and the OpenTelemetry scope. Folded away unless the panel asks for every label.
 */
const NOISE_LABELS = new Set([
  '__name__',
  'le',
  'quantile',
  'instance',
  'job',
  'exported_instance',
  'exported_job',
  'service_instance_id',
  'otel_scope_name',
  'otel_scope_version',
  'span_id',
  'spanID',
  'spanId',
]);

/** What a reader looks for first, in this order: where the request went, how, and how it ended. */
const READABLE_FIRST = [
  /route|path|endpoint|handler|ur[il]/i,
  /method/i,
  /status|code|outcome|error/i,
  /service|operation/i,
];

function rank(name: string): number {
  const index = READABLE_FIRST.findIndex((pattern) => pattern.test(name));
  return index < 0 ? READABLE_FIRST.length : index;
}

export interface TooltipLabels {
  shown: TopLabel[];
  /** Names of the noise labels left out (none when every label is shown). */
  folded: string[];
}

/**
 * The tooltip's label rows: the trace-ID label left out (the tooltip names the trace once, in its own row),
 * route/method/status-like labels first, and noise labels folded unless `showAll`.
 */
export function tooltipLabels(labels: TopLabel[], traceIdLabel: string | undefined, showAll: boolean): TooltipLabels {
  const isTraceId = (name: string) => name === traceIdLabel || COMMON_TRACE_ID_LABELS.includes(name);
  const kept = labels.filter((label) => !isTraceId(label.name));
  const folded = showAll ? [] : kept.filter((label) => NOISE_LABELS.has(label.name));
  const shown = kept
    .filter((label) => !folded.includes(label))
    .map((label, index) => ({
      label,
      index,
      rank: NOISE_LABELS.has(label.name) ? READABLE_FIRST.length + 1 : rank(label.name),
    }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ label }) => label);
  return { shown, folded: folded.map((label) => label.name) };
}
