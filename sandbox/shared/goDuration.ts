/**
 * Go `time.Duration` and Grafana `gtime` helpers, ported so the sandbox computes steps and
 * prints durations byte-for-byte like Grafana's Prometheus backend (pkg/promlib/models/query.go,
 * grafana-plugin-sdk-go backend/gtime).
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const YEAR = 365 * DAY;

const UNIT_MS: Record<string, number> = { ms: 1, s: SECOND, m: MINUTE, h: HOUR, d: DAY, w: WEEK, y: YEAR };

/** `gtime.ParseIntervalStringToTimeDuration`: "15s", "1m", "100ms", "1d"… → milliseconds. */
export function parseIntervalMs(interval: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w|y)$/.exec(interval.trim());
  if (!match) {
    throw new Error(`invalid interval "${interval}"`);
  }
  return Number(match[1]) * UNIT_MS[match[2]];
}

/** `gtime.FormatInterval`: the short form used for `$__interval` ("15s", "2m", "500ms"). */
export function formatInterval(ms: number): string {
  const units: Array<[number, string]> = [
    [YEAR, 'y'],
    [DAY, 'd'],
    [HOUR, 'h'],
    [MINUTE, 'm'],
    [SECOND, 's'],
    [1, 'ms'],
  ];
  for (const [size, suffix] of units) {
    if (ms >= size) {
      return `${Math.trunc(ms / size)}${suffix}`;
    }
  }
  return '1ms';
}

/** Go's `time.Duration.String()` for whole-millisecond durations: "15s", "1m0s", "1h30m0s", "500ms", "1.5s". */
export function goDurationString(ms: number): string {
  if (ms === 0) {
    return '0s';
  }
  if (ms < SECOND) {
    return `${ms}ms`;
  }
  const hours = Math.floor(ms / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  const seconds = (ms % MINUTE) / SECOND;
  const secondsText = `${Number(seconds.toFixed(3))}s`;
  if (hours > 0) {
    return `${hours}h${minutes}m${secondsText}`;
  }
  if (minutes > 0) {
    return `${minutes}m${secondsText}`;
  }
  return secondsText;
}

/** `gtime.RoundInterval`: snaps a raw interval to the human-friendly steps Grafana uses. */
export function roundInterval(ms: number): number {
  const table: Array<[number, number]> = [
    [10, 1],
    [15, 10],
    [35, 20],
    [75, 50],
    [150, 100],
    [350, 200],
    [750, 500],
    [1500, SECOND],
    [3500, 2 * SECOND],
    [7500, 5 * SECOND],
    [12500, 10 * SECOND],
    [17500, 15 * SECOND],
    [25000, 20 * SECOND],
    [45000, 30 * SECOND],
    [90000, MINUTE],
    [210000, 2 * MINUTE],
    [450000, 5 * MINUTE],
    [750000, 10 * MINUTE],
    [1050000, 15 * MINUTE],
    [1500000, 20 * MINUTE],
    [2700000, 30 * MINUTE],
    [5400000, HOUR],
    [9000000, 2 * HOUR],
    [16200000, 3 * HOUR],
    [32400000, 6 * HOUR],
    [86400000, 12 * HOUR],
    [172800000, DAY],
    [604800000, DAY],
    [1814400000, WEEK],
  ];
  for (const [limit, rounded] of table) {
    if (ms <= limit) {
      return rounded;
    }
  }
  return ms < 3628800000 ? 30 * DAY : YEAR;
}
