import { textUtil, urlUtil } from '@grafana/data';

/** When the dashboard's range does not hold the exemplar, the link shows this much on either side of it. */
const MIN_HALF_WINDOW_MS = 15 * 60_000;

/**
 * An absolute time range for a shared link: a relative one (`now-1h`) would have moved past the exemplar, and so
 * past its trace, by the time the link is opened. The dashboard's current range when it holds the exemplar (what
 * the user sees), else a window centred on it.
 */
export function shareRange(dashboard: { from: number; to: number }, exemplarMs: number): { from: number; to: number } {
  const { from, to } = dashboard;
  if (Number.isFinite(from) && Number.isFinite(to) && from <= exemplarMs && exemplarMs <= to) {
    return { from: Math.floor(from), to: Math.ceil(to) };
  }
  const half = Math.max(MIN_HALF_WINDOW_MS, Number.isFinite(to - from) ? (to - from) / 2 : 0);
  return { from: Math.floor(exemplarMs - half), to: Math.ceil(exemplarMs + half) };
}

/**
 * The dashboard URL with the panel's state (`update`) and an absolute range, keeping the page's other parameters
 * (variables, other panels' state). `base` is origin, sub path and dashboard path. What the sanitizer refuses
 * gives an empty string: nothing is copied rather than a link that was not the one built.
 */
export function buildShareUrl(
  base: string,
  search: URLSearchParams,
  update: Record<string, string | undefined>,
  range: { from: number; to: number }
): string {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(search.keys())) {
    const values = search.getAll(name);
    query[name] = values.length === 1 ? values[0] : values;
  }
  for (const [name, value] of Object.entries(update)) {
    if (value === undefined) {
      delete query[name];
    } else {
      query[name] = value;
    }
  }
  query.from = String(range.from);
  query.to = String(range.to);
  const url = urlUtil.renderUrl(base, query);
  return textUtil.sanitizeUrl(url) === url ? url : '';
}
