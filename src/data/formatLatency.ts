import { formattedValueToString, getValueFormat } from '@grafana/data';

/**
 * A latency in its unit with Grafana's own formatter; `decimals` and `noValue` from the series' field config where it
 * sets them (two decimals and "—" otherwise).
 */
export function formatLatency(value: number, unit: string, decimals = 2, noValue = '—'): string {
  return Number.isFinite(value) ? formattedValueToString(getValueFormat(unit)(value, decimals)) : noValue;
}
