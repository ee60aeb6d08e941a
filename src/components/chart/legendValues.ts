import { DisplayValue, Field, FieldType, fieldReducers, reduceField } from '@grafana/data';
import { LatencySeries } from '../../data/model';
import { formatLatency } from '../../data/formatLatency';

/**
 * The legend's values (mean, max, last, … chosen in its options) of one line, computed with Grafana's
 * reduceField as the Time series panel's legend does, and formatted in the series' unit and decimals.
 */
export function legendValues(series: LatencySeries, calcs: string[], unit: string): DisplayValue[] {
  if (calcs.length === 0) {
    return [];
  }
  const field: Field = { name: series.name, type: FieldType.number, config: {}, values: Array.from(series.value) };
  const reduced = reduceField({ field, reducers: calcs });
  return calcs.flatMap((calc) => {
    const info = fieldReducers.getIfExists(calc);
    if (!info) {
      return [];
    }
    const value: unknown = reduced[calc];
    const numeric = typeof value === 'number' ? value : NaN;
    const text = formatLatency(numeric, series.unit || unit, series.style?.decimals, series.style?.noValue);
    return [{ numeric, text, title: info.name, description: info.description }];
  });
}
