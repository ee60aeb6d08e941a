import type { TraceTarget } from '../links/types';

/** The external tool a URL rule opens: its link text when the rule names one, else the URL's host. */
function toolName(target: Extract<TraceTarget, { kind: 'url' }>): string {
  if (target.displayLabel && target.displayLabel !== 'Open trace') {
    return `“${target.displayLabel}”`;
  }
  // Links were checked by toSafeUrl: absolute http(s) or relative to this Grafana.
  return /^https?:\/\//i.test(target.url) ? new URL(target.url).host : 'a page of this Grafana';
}

/**
 * What a click on a marker really does, said in the tooltip: preview the trace in the named data source, give
 * the link to the named external tool, or open nothing but the exemplar's details, and why.
 * `target` is the representative's (a cluster opens its list at the slowest exemplar).
 */
export function clickAction(target: TraceTarget | undefined, count: number): string {
  const list = count > 1 ? `list the ${count.toLocaleString()} exemplars and ` : '';
  switch (target?.kind) {
    case 'datasource':
      return `Click to ${list}preview the ${count > 1 ? 'slowest ' : ''}trace in ${target.datasource.name}`;
    case 'url':
      return `Click to ${list}get the link to ${toolName(target)}; its traces open outside Grafana, no preview here`;
    case 'broken':
      return `No trace to open: ${target.reason}`;
    default:
      return 'No trace to open: none of its labels is mapped to a trace ID (Trace links in the panel options)';
  }
}
