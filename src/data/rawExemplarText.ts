import { LabelColumnEncoder, LabelColumns } from './columnar';
import { ExemplarSet } from './model';
import { exemplarCap, exemplarSetFromPrometheusJson, rawExemplarSet, RawExemplarReport } from './rawExemplars';

const BODY_OPEN = '{"status":"success","data":[';
const SERIES_OPEN = '{"seriesLabels":{';
const EXEMPLARS_OPEN = ',"exemplars":[';
const EXEMPLAR_OPEN = '{"labels":{';
const VALUE_OPEN = ',"value":"';
const TIMESTAMP_OPEN = ',"timestamp":';

type Parsed = { set: ExemplarSet; report: RawExemplarReport };

/** Key/value pairs of the object just read: `items[0 … 2·count)`, reused from one object to the next. */
interface PairBuffer {
  items: string[];
  count: number;
}

/**
 * Reads `"k":"v",…}` starting just after `{`. Returns the position after `}`, or -1 when the text
 * is not in the plain form (whitespace, another shape, a key given twice): the caller then falls back to
 * JSON.parse. The text holds no backslash (checked once up front), so a `"` always ends a string.
 */
function readPairs(text: string, pos: number, out: PairBuffer, keys: string[]): number {
  out.count = 0;
  if (text.charCodeAt(pos) === 125 /* } */) {
    return pos + 1;
  }
  for (;;) {
    if (text.charCodeAt(pos) !== 34 /* " */) {
      return -1;
    }
    const keyEnd = text.indexOf('"', pos + 1);
    if (keyEnd < 0 || text.charCodeAt(keyEnd + 1) !== 58 /* : */ || text.charCodeAt(keyEnd + 2) !== 34) {
      return -1;
    }
    const valueStart = keyEnd + 3;
    const valueEnd = text.indexOf('"', valueStart);
    if (valueEnd < 0 || hasControlChar(text, valueStart, valueEnd)) {
      return -1;
    }
    // Label names repeat from one exemplar to the next: reuse the string instead of slicing a new one.
    const keyIndex = out.count;
    const previousKey = keys[keyIndex];
    let key: string;
    if (previousKey !== undefined && previousKey.length === keyEnd - pos - 1 && matchAt(text, pos + 1, previousKey)) {
      key = previousKey;
    } else if (hasControlChar(text, pos + 1, keyEnd)) {
      return -1;
    } else {
      key = text.slice(pos + 1, keyEnd);
    }
    keys[keyIndex] = key;
    // A repeated key: JSON.parse keeps the last value (even an empty one); leave such objects to it.
    for (let i = 0; i < 2 * out.count; i += 2) {
      if (out.items[i] === key) {
        return -1;
      }
    }
    out.items[2 * out.count] = key;
    out.items[2 * out.count + 1] = text.slice(valueStart, valueEnd);
    out.count++;
    pos = valueEnd + 1;
    const next = text.charCodeAt(pos);
    if (next === 125 /* } */) {
      return pos + 1;
    }
    if (next !== 44 /* , */) {
      return -1;
    }
    pos++;
  }
}

/**
 * A plain decimal (`123`, `0.25`, `1735689600.123`) read from char codes, without slicing: exact
 * whenever the digits fit in 2^53 and there are at most 22 decimals (one correctly rounded division,
 * as in Clinger's fast path). Anything else (sign, exponent, Inf, NaN, empty, long) → NaN, and the
 * caller reads it with Number() instead.
 */
function plainDecimal(text: string, start: number, end: number): number {
  let mantissa = 0;
  let decimals = -1;
  if (end - start > 17 || end <= start) {
    return NaN;
  }
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      if (decimals >= 0) {
        decimals++;
      }
    } else if (c === 46 /* . */ && decimals < 0 && i > start) {
      decimals = 0;
    } else {
      return NaN;
    }
  }
  if (mantissa >= MAX_EXACT || decimals === 0) {
    return NaN;
  }
  return decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Integers below 2^53 are exact doubles; at or past it the digits may already have been rounded. */
const MAX_EXACT = 2 ** 53;

/** JSON's number grammar: Number() also reads `01`, `1.`, `.5`, `+1`, `0x10`, `Infinity`, which JSON.parse refuses. */
const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

/**
 * The `timestamp` token, a bare JSON number: the fast path, else Number() once the token is known to be a
 * JSON number. undefined when it is not one (a string, a leading zero, another key after it): the caller
 * then leaves the body to JSON.parse, which reads it — or rejects it — the way the JSON reader expects.
 */
function readJsonNumber(text: string, start: number, end: number): number | undefined {
  // `0` may only be followed by `.` (or end the number): `01` is not JSON.
  if (text.charCodeAt(start) === 48 /* 0 */ && end - start > 1 && text.charCodeAt(start + 1) !== 46 /* . */) {
    return undefined;
  }
  const fast = plainDecimal(text, start, end);
  if (!Number.isNaN(fast)) {
    return fast;
  }
  const raw = text.slice(start, end);
  return JSON_NUMBER.test(raw) ? Number(raw) : undefined;
}

/**
 * A JSON number or numeric string body: the fast path, else Number() (empty or blank → NaN: missing, not zero).
 * undefined when the string holds a raw control character (not JSON: the caller hands the body to JSON.parse).
 */
function readNumber(text: string, start: number, end: number): number | undefined {
  const fast = plainDecimal(text, start, end);
  if (!Number.isNaN(fast)) {
    return fast;
  }
  if (hasControlChar(text, start, end)) {
    return undefined;
  }
  const raw = text.slice(start, end);
  return raw.trim() === '' ? NaN : Number(raw);
}

/** `text.startsWith(needle, at)` as a char-code loop: V8 does not inline startsWith with a position. */
function matchAt(text: string, at: number, needle: string): boolean {
  for (let i = 0; i < needle.length; i++) {
    if (text.charCodeAt(at + i) !== needle.charCodeAt(i)) {
      return false;
    }
  }
  return true;
}

/**
 * A raw control character in `text[start, end)`: strict JSON refuses them inside strings, and only inside a
 * string could one pass the scanner's exact tokens. Checked per string the scanner keeps, which is far cheaper
 * than a regex over the whole body (a third of the parse time at 1M exemplars).
 */
function hasControlChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) < 32) {
      return true;
    }
  }
  return false;
}

/** False when a comma at `pos` closes a list (`,]`): JSON refuses trailing commas. */
function skipComma(text: string, pos: number): boolean {
  return text.charCodeAt(pos) !== 44 /* , */ || text.charCodeAt(pos + 1) !== 93; /* ] */
}

function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    count++;
  }
  return count;
}

/** The fast path: Prometheus' own compact encoding, read with indexOf and slices, no objects. */
function scanCanonical(text: string, cap: number): Parsed | null {
  // Escaped strings (quotes or backslashes in label values) are rare: leave them to JSON.parse. So are raw
  // control characters, which JSON.parse refuses: readPairs and readNumber hand those bodies back.
  if (!text.startsWith(BODY_OPEN) || text.indexOf('\\') >= 0) {
    return null;
  }
  const size = Math.min(countOccurrences(text, EXEMPLAR_OPEN), cap);
  const timeMs = new Float64Array(size);
  const values = new Float64Array(size);
  const labels = new LabelColumns(size);
  const report: RawExemplarReport = { series: 0, rejectedRows: 0, truncatedRows: 0 };
  const seriesPairs: PairBuffer = { items: [], count: 0 };
  const pairs: PairBuffer = { items: [], count: 0 };
  // The encoder of each exemplar label position, kept while the key there is the same string.
  const encoderKeys: string[] = [];
  const encoders: LabelColumnEncoder[] = [];
  const exemplarKeys: string[] = [];
  let pos = BODY_OPEN.length;
  let row = 0;
  while (text.charCodeAt(pos) !== 93 /* ] */) {
    if (!matchAt(text, pos, SERIES_OPEN) || (pos = readPairs(text, pos + SERIES_OPEN.length, seriesPairs, [])) < 0) {
      return null;
    }
    if (!matchAt(text, pos, EXEMPLARS_OPEN)) {
      return null;
    }
    pos += EXEMPLARS_OPEN.length;
    report.series++;
    const start = row;
    while (text.charCodeAt(pos) !== 93 /* ] */) {
      if (
        !matchAt(text, pos, EXEMPLAR_OPEN) ||
        (pos = readPairs(text, pos + EXEMPLAR_OPEN.length, pairs, exemplarKeys)) < 0
      ) {
        return null;
      }
      if (!matchAt(text, pos, VALUE_OPEN)) {
        return null;
      }
      const valueEnd = text.indexOf('"', pos + VALUE_OPEN.length);
      const value = valueEnd < 0 ? undefined : readNumber(text, pos + VALUE_OPEN.length, valueEnd);
      if (value === undefined) {
        return null;
      }
      pos = valueEnd + 1;
      if (!matchAt(text, pos, TIMESTAMP_OPEN)) {
        return null;
      }
      const timestampEnd = text.indexOf('}', pos);
      if (timestampEnd < 0) {
        return null;
      }
      const seconds = readJsonNumber(text, pos + TIMESTAMP_OPEN.length, timestampEnd);
      if (seconds === undefined) {
        return null;
      }
      pos = timestampEnd + 1;
      if (!skipComma(text, pos)) {
        return null;
      }
      if (text.charCodeAt(pos) === 44 /* , */) {
        pos++;
      }
      // Checked in ms, as the JSON reader does: 1e306 s is a finite number of seconds but not of ms.
      const time = seconds * 1000;
      if (!Number.isFinite(time) || !Number.isFinite(value) || value < 0) {
        report.rejectedRows++;
      } else if (row >= size) {
        report.truncatedRows++;
      } else {
        timeMs[row] = time;
        values[row] = value;
        for (let p = 0; p < pairs.count; p++) {
          const key = pairs.items[2 * p];
          if (encoderKeys[p] !== key) {
            encoderKeys[p] = key;
            encoders[p] = labels.get(key);
          }
          encoders[p].setOne(row, pairs.items[2 * p + 1]);
        }
        row++;
      }
    }
    for (let i = 0; i < 2 * seriesPairs.count; i += 2) {
      labels.get(seriesPairs.items[i]).fill(start, row, seriesPairs.items[i + 1]);
    }
    pos++;
    if (text.charCodeAt(pos) !== 125 /* } */) {
      return null;
    }
    pos++;
    if (!skipComma(text, pos)) {
      return null;
    }
    if (text.charCodeAt(pos) === 44 /* , */) {
      pos++;
    } else if (text.charCodeAt(pos) !== 93) {
      return null;
    }
  }
  // The body ends with the data list: anything after it (Prometheus' `warnings`, a cut-off or doubled
  // object, trailing text) is left to JSON.parse, so both readers agree on every body.
  if (text.length !== pos + 2 || text.charCodeAt(pos + 1) !== 125 /* } */) {
    return null;
  }
  return {
    set: rawExemplarSet(row, timeMs, values, labels),
    report,
  };
}

/**
 * The raw exemplar API's response text → the columnar model. Prometheus' compact encoding is
 * scanned directly (JSON.parse of a million exemplars alone takes longer than our budget, and
 * builds two objects per exemplar); any other form — whitespace, escapes, another key order,
 * an error — goes through JSON.parse and gives exactly the same result.
 */
export function exemplarSetFromPrometheusText(text: string, options: { cap?: number } = {}): Parsed {
  const cap = exemplarCap(options.cap);
  const fast = scanCanonical(text, cap);
  if (fast) {
    return fast;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return exemplarSetFromPrometheusJson(body, { cap });
}

/** The backend service hands over text when asked to, parsed JSON otherwise: accept both. */
export function exemplarSetFromPrometheusResponse(body: unknown, options: { cap?: number } = {}): Parsed {
  return typeof body === 'string'
    ? exemplarSetFromPrometheusText(body, options)
    : exemplarSetFromPrometheusJson(body, options);
}
