/**
 * Natural logs of a value column, taken once per data set. A column is never written after parsing (a refresh
 * parses into new arrays), so the array itself is the key: every zoom or resize on a log axis reuses the logs
 * and projects linearly in log space. Zero, negative and NaN values have no log: NaN, never drawn.
 */
const logsOf = new WeakMap<Float64Array, Float64Array>();

export function naturalLogs(values: Float64Array, size: number): Float64Array {
  const cached = logsOf.get(values);
  if (cached && cached.length >= size) {
    return cached;
  }
  const logs = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    logs[i] = v > 0 ? Math.log(v) : NaN;
  }
  logsOf.set(values, logs);
  return logs;
}

/** How many of the first `size` values a log scale cannot draw (zero or negative); NaN is not counted here. */
export function countNotOnLogScale(values: Float64Array, size: number, include?: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < size; i++) {
    if (values[i] <= 0 && (!include || include[i])) {
      count++;
    }
  }
  return count;
}
