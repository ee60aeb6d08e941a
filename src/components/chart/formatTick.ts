import { DecimalCount, formattedValueToString, ValueFormatter } from '@grafana/data';

/**
 * An axis tick as Grafana's Time series panel writes it. UPlotAxisBuilder passes the decimals of the tick
 * increment in the axis' raw unit (0.005 s → 3); a unit that rescales (s → ms) would then show "15.000 ms".
 * Grafana's display processor formats with those decimals and drops the trailing zeros (`+text`), so do the same.
 */
export function formatTick(format: ValueFormatter, value: number, decimals?: DecimalCount): string {
  const formatted = format(value, decimals);
  if (decimals != null) {
    const asNumber = Number(formatted.text);
    if (formatted.text.trim() !== '' && !Number.isNaN(asNumber)) {
      formatted.text = String(asNumber);
    }
  }
  return formattedValueToString(formatted);
}
