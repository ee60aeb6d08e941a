import { formattedValueToString, getValueFormat } from '@grafana/data';

/** A latency in the panel's unit with Grafana's own formatter (two decimals); a missing value reads "—". */
export function formatLatency(value: number, unit: string): string {
  return Number.isFinite(value) ? formattedValueToString(getValueFormat(unit)(value, 2)) : '—';
}
