import { formatLatency } from '../../data/formatLatency';

/**
 * What the screen-reader live region says for the focused marker: the latency formatted as the tooltip shows
 * it ("slowest 258 ms"), never the raw value in the series unit ("0.258421463 s").
 */
export function exemplarAnnouncement(summary: { count: number; maxValue: number } | undefined, unit: string): string {
  if (!summary) {
    return '';
  }
  const what = summary.count === 1 ? 'Exemplar' : `${summary.count} exemplars`;
  return `${what}, slowest ${formatLatency(summary.maxValue, unit)}. Press Enter to preview.`;
}
