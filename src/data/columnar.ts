import { ExemplarSet, LabelCodes, LabelColumn } from './model';

/** Up to this many distinct values a linear scan is cheaper than hashing the string. */
const SMALL_DICT = 16;
/** Rows sampled to decide whether a column is high-cardinality. */
const CARDINALITY_PROBE_ROWS = 2048;
const INT8_MAX = 127;
const INT16_MAX = 32767;

function maxCode(codes: LabelCodes): number {
  return codes instanceof Int8Array ? INT8_MAX : codes instanceof Int16Array ? INT16_MAX : 0x7fffffff;
}

function isAbsent(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * Dictionary-encodes one label column. Series labels repeat or cycle, so each row is first checked
 * against the value predicted from the previous row, then looked up by a short scan or a map.
 * High-cardinality fields (trace and span IDs: nearly every row distinct) are identity-encoded
 * instead — one dictionary entry per row, no hashing — so in such columns equal values may have
 * different codes: compare values, not codes.
 *
 * Codes start one byte wide and widen (to 16, then 32 bits) only when the dictionary outgrows them: series
 * labels have a handful of values, and a million-row column then costs 1 MB of fresh memory instead of 4.
 */
export class LabelColumnEncoder {
  private codeArray: LabelCodes;
  private readonly dict: string[] = [];
  private readonly codeOf = new Map<string, number>();
  private identity = false;
  private lastText: string | undefined;
  private lastCode = -1;
  private rowsSeen = 0;
  /** Next free dictionary slot once `setOne` has switched to identity encoding; -1 before. */
  private identityNext = -1;

  constructor(
    readonly name: string,
    size: number
  ) {
    this.codeArray = new Int8Array(size).fill(-1);
  }

  /** Row codes so far (-1 = absent); a wider array replaces this one when the dictionary outgrows it. */
  get codes(): LabelCodes {
    return this.codeArray;
  }

  /** Encodes `count` values of one field into rows `start…`; `rows` maps to field rows when some were dropped. */
  encodeField(values: ArrayLike<unknown>, start: number, count: number, rows: Int32Array | null): void {
    if (!this.identity && count >= CARDINALITY_PROBE_ROWS && this.mostlyDistinct(values, rows)) {
      this.identity = true;
      this.codeOf.clear();
    }
    if (this.identity) {
      this.widenFor(this.dict.length + count);
      this.dict.length = encodeIdentityRows(values, rows, start, count, this.codeArray, this.dict);
    } else {
      encodeDictionaryRows(values, rows, start, count, this);
    }
  }

  /** Rows `start…end-1` share one value (a series label of raw exemplars). */
  fill(start: number, end: number, value: unknown): void {
    if (isAbsent(value) || end <= start) {
      return;
    }
    const code = this.identity
      ? this.appendIdentity(String(value))
      : this.lookup(typeof value === 'string' ? value : String(value));
    this.codeArray.fill(code, start, end);
  }

  /** One row at a time (raw exemplar labels); switches to identity encoding like `encodeField`. */
  setOne(row: number, value: unknown): void {
    if (isAbsent(value)) {
      return;
    }
    const text = typeof value === 'string' ? value : String(value);
    if (this.identity) {
      // Room for every remaining row was reserved when switching: no array growth on the hot path.
      this.dict[this.identityNext] = text;
      this.codeArray[row] = this.identityNext++;
      return;
    }
    // The code first: a new dictionary entry may widen the code array it is written to.
    const code = text === this.lastText ? this.lastCode : this.lookup(text);
    this.codeArray[row] = code;
    this.lastText = text;
    this.lastCode = code;
    if (++this.rowsSeen === CARDINALITY_PROBE_ROWS && this.dict.length > CARDINALITY_PROBE_ROWS / 2) {
      this.identity = true;
      this.codeOf.clear();
      this.identityNext = this.dict.length;
      this.dict.length = this.dict.length + Math.max(0, this.codeArray.length - row - 1);
      this.widenFor(this.dict.length);
    }
  }

  finish(size = this.codeArray.length): LabelColumn {
    if (this.identityNext >= 0) {
      this.dict.length = this.identityNext;
    }
    const codes = this.codeArray;
    return { name: this.name, dict: this.dict, codes: size === codes.length ? codes : codes.slice(0, size) };
  }

  /** The code of `text`, adding it to the dictionary when new. */
  lookup(text: string): number {
    const dict = this.dict;
    if (dict.length <= SMALL_DICT) {
      for (let code = 0; code < dict.length; code++) {
        if (dict[code] === text) {
          return code;
        }
      }
    } else {
      const code = this.codeOf.get(text);
      if (code !== undefined) {
        return code;
      }
    }
    const code = dict.push(text) - 1;
    if (dict.length === SMALL_DICT + 1) {
      dict.forEach((v, i) => this.codeOf.set(v, i));
    } else if (dict.length > SMALL_DICT) {
      this.codeOf.set(text, code);
    }
    this.widenFor(dict.length);
    return code;
  }

  /** Makes the code array wide enough for codes up to `entries - 1`, keeping the rows written so far. */
  private widenFor(entries: number): void {
    const current = this.codeArray;
    if (entries - 1 <= maxCode(current)) {
      return;
    }
    const wider = entries - 1 <= INT16_MAX ? new Int16Array(current.length) : new Int32Array(current.length);
    wider.set(current);
    this.codeArray = wider;
  }

  private appendIdentity(text: string): number {
    if (this.identityNext >= 0) {
      // Within the room reserved (and widened for) when `setOne` switched to identity encoding.
      this.dict[this.identityNext] = text;
      return this.identityNext++;
    }
    const code = this.dict.push(text) - 1;
    this.widenFor(this.dict.length);
    return code;
  }

  private mostlyDistinct(values: ArrayLike<unknown>, rows: Int32Array | null): boolean {
    const seen = new Set<unknown>();
    for (let i = 0; i < CARDINALITY_PROBE_ROWS; i++) {
      seen.add(values[rows ? rows[i] : i]);
    }
    return seen.size > CARDINALITY_PROBE_ROWS / 2;
  }
}

/*
 * The row loops are free functions with one job each: the engine optimizes them once and keeps them, where
 * one method with both loops was deoptimized every time the next column took the other branch.
 */

/** Identity encoding: one dictionary entry per present row, no hashing. Returns the dictionary's new length. */
function encodeIdentityRows(
  values: ArrayLike<unknown>,
  rows: Int32Array | null,
  start: number,
  count: number,
  codes: LabelCodes,
  dict: string[]
): number {
  // Sized once: growing a million-entry array by push copies it repeatedly.
  let next = dict.length;
  dict.length = next + count;
  for (let i = 0; i < count; i++) {
    const value = values[rows ? rows[i] : i];
    if (!isAbsent(value)) {
      dict[next] = typeof value === 'string' ? value : String(value);
      codes[start + i] = next++;
    }
  }
  return next;
}

/** Codes below this get a successor prediction; a column with more distinct values is rarely a cycling series label. */
const PREDICTED_CODES = 256;

/**
 * Dictionary encoding. Series labels repeat row after row, or cycle through a few values in a steady order
 * when series interleave, so before hashing, each value is compared with the one that followed the previous
 * row's code last time (`successor`; a repeat is its own successor). That is one comparison, usually with the
 * very same string object.
 */
function encodeDictionaryRows(
  values: ArrayLike<unknown>,
  rows: Int32Array | null,
  start: number,
  count: number,
  encoder: LabelColumnEncoder
): void {
  let codes = encoder.codes;
  let widestCode = maxCode(codes);
  const successor = new Int32Array(PREDICTED_CODES).fill(-1);
  // The value object last seen for each code: comparing with the same object is a pointer check.
  const seenAs: unknown[] = new Array(PREDICTED_CODES).fill(null);
  let lastCode = -1;
  for (let i = 0; i < count; i++) {
    const value = values[rows ? rows[i] : i];
    const predicted = lastCode >= 0 && lastCode < PREDICTED_CODES ? successor[lastCode] : -1;
    let code = predicted;
    if (predicted < 0 || seenAs[predicted] !== value) {
      code = isAbsent(value) ? -1 : encoder.lookup(typeof value === 'string' ? value : String(value));
      if (code > widestCode) {
        // A new dictionary entry outgrew the code array: the encoder has widened it.
        codes = encoder.codes;
        widestCode = maxCode(codes);
      }
      if (code >= 0 && code < PREDICTED_CODES) {
        seenAs[code] = value;
      }
      if (lastCode >= 0 && lastCode < PREDICTED_CODES) {
        successor[lastCode] = code;
      }
    }
    lastCode = code;
    codes[start + i] = code;
  }
}

/** Label column encoders by name, created on first use, for a set of known size. */
export class LabelColumns {
  private readonly encoders = new Map<string, LabelColumnEncoder>();

  constructor(private readonly size: number) {}

  get(name: string): LabelColumnEncoder {
    let encoder = this.encoders.get(name);
    if (!encoder) {
      encoder = new LabelColumnEncoder(name, this.size);
      this.encoders.set(name, encoder);
    }
    return encoder;
  }

  /**
   * The columns, cut to the rows actually filled, in name order. Names localeCompare calls equal ('1' and
   * '1\u00ad') are ordered by code units, so the order never depends on the order the columns were created in.
   */
  finish(size: number): LabelColumn[] {
    return Array.from(this.encoders.values(), (e) => e.finish(size)).sort(
      (a, b) => a.name.localeCompare(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
    );
  }
}

export function emptyExemplarSet(source: ExemplarSet['source'] = 'sampled'): ExemplarSet {
  return {
    size: 0,
    timeMs: new Float64Array(0),
    value: new Float64Array(0),
    labels: [],
    refIds: { name: 'refId', dict: [], codes: new Int32Array(0) },
    source,
  };
}

/** The value of a label column at `row`, or undefined when absent. */
export function labelValue(column: LabelColumn | undefined, row: number): string | undefined {
  if (!column) {
    return undefined;
  }
  const code = column.codes[row];
  return code >= 0 ? column.dict[code] : undefined;
}

export function findLabel(set: ExemplarSet, name: string): LabelColumn | undefined {
  return set.labels.find((column) => column.name === name);
}

/**
 * All labels of one exemplar as a plain object (for display; never on hot paths). Built with
 * Object.fromEntries: assigning would drop a label named `__proto__` (it would try to set the prototype).
 */
export function labelsOf(set: ExemplarSet, row: number): Record<string, string> {
  const labels: Array<[string, string]> = [];
  for (const column of set.labels) {
    const value = labelValue(column, row);
    if (value !== undefined) {
      labels.push([column.name, value]);
    }
  }
  return Object.fromEntries(labels);
}
