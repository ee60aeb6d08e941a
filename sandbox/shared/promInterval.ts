/**
 * Step calculation and built-in variable interpolation of Grafana's Prometheus backend
 * (pkg/promlib/models/query.go: calculatePrometheusInterval, calculateRateInterval, interpolateVariables,
 * AlignTimeRange; pkg/promlib/intervalv2/intervalv2.go: Calculate, CalculateSafeInterval).
 */
import { formatInterval, goDurationString, parseIntervalMs, roundInterval } from './goDuration';

const SAFE_RESOLUTION = 11000;
const DEFAULT_RESOLUTION = 1500;
const DEFAULT_SCRAPE_INTERVAL = '15s';

const RATE_INTERVAL_VARS = ['$__rate_interval', '${__rate_interval}'];
const VARIABLE_INTERVALS = [
  '$__interval',
  '$__interval_ms',
  '$__rate_interval',
  '$__rate_interval_ms',
  '${__interval}',
  '${__interval_ms}',
  '${__rate_interval}',
  '${__rate_interval_ms}',
];

export interface StepInput {
  fromMs: number;
  toMs: number;
  /** `request.intervalMs` as the frontend computed it. */
  intervalMs: number;
  maxDataPoints?: number;
  /** The query's "Min step" (`target.interval`), may be a variable like `$__rate_interval`. */
  queryInterval?: string;
  /** Data source `jsonData.timeInterval` (scrape interval). */
  scrapeInterval?: string;
  intervalFactor?: number;
}

/** `gtime.GetIntervalFrom`: query interval, else intervalMs, else the data source scrape interval, else 15s. */
function minIntervalMs(queryInterval: string, scrapeInterval: string, intervalMs: number): number {
  if (queryInterval === '' && intervalMs !== 0) {
    return intervalMs;
  }
  const interval = queryInterval !== '' ? queryInterval : scrapeInterval;
  return interval === '' ? parseIntervalMs(DEFAULT_SCRAPE_INTERVAL) : parseIntervalMs(interval);
}

function rateIntervalMs(queryIntervalMs: number, scrapeInterval: string): number {
  const scrapeMs = parseIntervalMs(scrapeInterval === '' ? DEFAULT_SCRAPE_INTERVAL : scrapeInterval);
  return Math.max(queryIntervalMs + scrapeMs, 4 * scrapeMs);
}

/** The step Grafana sends to `query_range` and uses for exemplar sampling. */
export function calculateStepMs(input: StepInput): number {
  const original = input.queryInterval ?? '';
  const queryInterval = VARIABLE_INTERVALS.includes(original) ? '' : original;
  const scrape = input.scrapeInterval ?? '';
  const rangeMs = input.toMs - input.fromMs;
  const minimum = minIntervalMs(queryInterval, scrape, input.intervalMs);
  const raw = rangeMs / (input.maxDataPoints || DEFAULT_RESOLUTION);
  const calculated = raw < minimum ? minimum : roundInterval(raw);
  const safe = roundInterval(rangeMs / SAFE_RESOLUTION);
  const adjusted = Math.max(calculated, safe);
  if (RATE_INTERVAL_VARS.includes(original)) {
    return rateIntervalMs(adjusted, scrape);
  }
  return adjusted * (input.intervalFactor || 1);
}

export interface InterpolationInput {
  expr: string;
  /** `query.Interval` of the backend request (= request.intervalMs). */
  intervalMs: number;
  stepMs: number;
  queryInterval?: string;
  scrapeInterval?: string;
  rangeMs: number;
}

/** Replaces `$__interval`, `$__rate_interval`, `$__range` (and `${…}`, `_ms`, `_s` forms) like the backend. */
export function interpolateBuiltins(input: InterpolationInput): string {
  const rangeSeconds = Math.round(input.rangeMs / 1000);
  let minStep = input.queryInterval ?? '';
  let rate: number;
  if (RATE_INTERVAL_VARS.includes(minStep)) {
    rate = input.stepMs;
  } else {
    if (minStep === '$__interval' || minStep === '${__interval}') {
      minStep = goDurationString(input.stepMs);
    }
    if (minStep === '') {
      minStep = input.scrapeInterval ?? '';
    }
    rate = rateIntervalMs(input.intervalMs, goStringToInterval(minStep));
  }
  const replacements: Array<[string, string]> = [
    ['__interval_ms', String(Math.trunc(input.stepMs))],
    ['__interval', formatInterval(input.stepMs)],
    ['__range_ms', String(input.rangeMs)],
    ['__range_s', String(rangeSeconds)],
    ['__range', `${rangeSeconds}s`],
    ['__rate_interval_ms', String(Math.trunc(rate))],
    ['__rate_interval', goDurationString(rate)],
  ];
  let expr = input.expr;
  // Same order as Go: `$name` forms first, then `${name}` forms; longer names before their prefixes.
  for (const [name, value] of replacements) {
    expr = expr.split(`$${name}`).join(value);
  }
  for (const [name, value] of replacements) {
    expr = expr.split(`\${${name}}`).join(value);
  }
  return expr;
}

/** A Go duration string such as "1m0s" back to the short form ParseIntervalStringToTimeDuration accepts. */
function goStringToInterval(text: string): string {
  if (text === '' || /^\d+(\.\d+)?(ms|s|m|h|d|w|y)$/.test(text)) {
    return text;
  }
  const match = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+(?:\.\d+)?)s)?$/.exec(text);
  if (!match) {
    return text;
  }
  const ms = (Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0)) * 1000;
  return `${ms}ms`;
}

/** `AlignTimeRange`: start and end rounded down to a multiple of the step (shifted by the UTC offset). */
export function alignRange(
  fromMs: number,
  toMs: number,
  stepMs: number,
  utcOffsetSec = 0
): { startMs: number; endMs: number } {
  const offsetMs = utcOffsetSec * 1000;
  const align = (t: number) => Math.floor((t + offsetMs) / stepMs) * stepMs - offsetMs;
  return { startMs: align(fromMs), endMs: align(toMs) };
}

/** Go's `strconv.FormatFloat(seconds, 'f', -1, 64)` as the Prometheus client sends times and steps. */
export function formatSeconds(ms: number): string {
  return String(ms / 1000);
}
