import { DataFrame, Field, FieldType } from '@grafana/data';
import { LabelColumns } from './columnar';
import { ExemplarSet } from './model';
import { numberFrom } from './numberFrom';

/** What parsing left out, so the panel can say so instead of silently dropping data. */
export interface ExemplarParseReport {
  frames: number;
  /**
   * Rows whose time or value was missing, not a number, infinite or negative; including rows past the
   * end of the shorter of the time and value fields.
   */
  rejectedRows: number;
  /** Exemplar frames without a usable time or value field. */
  unusableFrames: number;
  /** Rows left out because the cap was reached. */
  truncatedRows: number;
}

export interface ParsedExemplars {
  set: ExemplarSet;
  report: ExemplarParseReport;
}

/**
 * Grafana's Prometheus data source names its exemplar frames `exemplar`; some versions and
 * proxies only keep the `resultType: exemplar` marker.
 */
export function isExemplarFrame(frame: DataFrame): boolean {
  const custom = frame.meta?.custom as { resultType?: string } | undefined;
  return frame.name === 'exemplar' || custom?.resultType === 'exemplar';
}

function findTimeField(frame: DataFrame): Field | undefined {
  return frame.fields.find((f) => f.type === FieldType.time) ?? frame.fields.find((f) => f.name === 'Time');
}

function findValueField(frame: DataFrame, timeField: Field): Field | undefined {
  return (
    frame.fields.find((f) => f !== timeField && f.name === 'Value') ??
    frame.fields.find((f) => f !== timeField && f.type === FieldType.number)
  );
}

/** The cap as a row count: whole and not negative (typed arrays are sized from it); none when not a number. */
function rowCap(cap: number | undefined): number {
  return cap === undefined || Number.isNaN(cap) ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(cap));
}

/**
 * Copies one frame's time and value cells into the columns from row `at`, rejecting unusable rows and
 * stopping at the cap. A small function of its own so the engine optimizes this loop on its own terms
 * (inside the whole parser it was deoptimized again and again by the colder code around it).
 * Returns how many rows were kept and, when some were dropped, which frame rows they are.
 */
function copyNumericRows(
  times: ArrayLike<unknown>,
  vals: ArrayLike<unknown>,
  length: number,
  timeMs: Float64Array,
  values: Float64Array,
  at: number,
  cap: number,
  report: ExemplarParseReport
): { count: number; kept: Int32Array | null } {
  // Kept rows; null while every row so far is kept (the usual case).
  let kept: Int32Array | null = null;
  let size = at;
  for (let row = 0; row < length; row++) {
    // Numbers inline: a call per cell would box each double.
    const rawT = times[row];
    const rawV = vals[row];
    const t = typeof rawT === 'number' ? rawT : numberFrom(rawT);
    const v = typeof rawV === 'number' ? rawV : numberFrom(rawV);
    if (!Number.isFinite(t) || !Number.isFinite(v) || v < 0) {
      report.rejectedRows++;
    } else if (size >= cap) {
      report.truncatedRows++;
      continue;
    } else {
      if (kept) {
        kept[size - at] = row;
      }
      timeMs[size] = t;
      values[size] = v;
      size++;
      continue;
    }
    if (!kept) {
      kept = new Int32Array(length);
      for (let i = 0; i < size - at; i++) {
        kept[i] = i;
      }
    }
  }
  return { count: size - at, kept };
}

/**
 * Exemplar frames (Grafana's long format: Time, Value, one string field per label) → one
 * columnar ExemplarSet. Values are kept as the histogram reports them (seconds for `_seconds`).
 * One pass over time and value per frame, then one pass per label field over the kept rows.
 */
export function exemplarSetFromFrames(
  frames: DataFrame[],
  options: { cap?: number; source?: ExemplarSet['source'] } = {}
): ParsedExemplars {
  const cap = rowCap(options.cap);
  const report: ExemplarParseReport = { frames: 0, rejectedRows: 0, unusableFrames: 0, truncatedRows: 0 };
  const usable: Array<{ frame: DataFrame; time: Field; value: Field; length: number }> = [];
  let upperBound = 0;
  for (const frame of frames) {
    report.frames++;
    const time = findTimeField(frame);
    const value = time && findValueField(frame, time);
    if (!time || !value) {
      report.unusableFrames++;
      continue;
    }
    const length = Math.min(time.values.length, value.values.length);
    // Rows that have a time but no value (or the reverse) cannot be drawn; count them, never drop them quietly.
    report.rejectedRows += Math.max(time.values.length, value.values.length) - length;
    usable.push({ frame, time, value, length });
    upperBound += length;
  }
  upperBound = Math.min(upperBound, cap);

  const timeMs = new Float64Array(upperBound);
  const values = new Float64Array(upperBound);
  const refIdCodes = new Int32Array(upperBound);
  const refIds: string[] = [];
  const labels = new LabelColumns(upperBound);
  let size = 0;
  for (const { frame, time, value, length } of usable) {
    const start = size;
    const { count, kept } = copyNumericRows(time.values, value.values, length, timeMs, values, start, cap, report);
    size += count;
    let refIdCode = refIds.indexOf(frame.refId ?? '');
    if (refIdCode < 0) {
      refIdCode = refIds.push(frame.refId ?? '') - 1;
    }
    refIdCodes.fill(refIdCode, start, size);
    for (const field of frame.fields) {
      if (field === time || field === value) {
        continue;
      }
      labels.get(field.name).encodeField(field.values, start, count, kept);
    }
  }

  return {
    set: {
      size,
      timeMs: size === upperBound ? timeMs : timeMs.slice(0, size),
      value: size === upperBound ? values : values.slice(0, size),
      labels: labels.finish(size),
      refIds: { name: 'refId', dict: refIds, codes: size === upperBound ? refIdCodes : refIdCodes.slice(0, size) },
      source: options.source ?? 'sampled',
    },
    report,
  };
}
