import { ExemplarSet, LabelColumn } from './model';

/** Labels that carry an HTTP/gRPC status or an error marker, in the names instrumentations use. */
const STATUS_LABELS = ['status', 'status_code', 'http_status_code', 'http_response_status_code', 'code'];
const ERROR_LABELS = ['error', 'otel_status_code', 'status_class'];

function isErrorStatus(value: string): boolean {
  const code = Number(value);
  if (Number.isInteger(code)) {
    return code >= 500 && code < 600;
  }
  return /^(5xx|error|internal|unavailable|unknown|deadline_exceeded)$/i.test(value);
}

function isErrorMarker(value: string): boolean {
  return /^(true|1|error|5xx)$/i.test(value);
}

/** Evaluates a predicate once per dictionary entry, then maps it over the rows. */
function flagColumn(column: LabelColumn, predicate: (value: string) => boolean, flags: Uint8Array): void {
  const dictFlags = column.dict.map(predicate);
  if (!dictFlags.some(Boolean)) {
    return;
  }
  const codes = column.codes;
  for (let row = 0; row < codes.length; row++) {
    if (codes[row] >= 0 && dictFlags[codes[row]]) {
      flags[row] = 1;
    }
  }
}

/**
 * 1 for exemplars of failed requests: a 5xx status label or an error marker label.
 * Such exemplars win as cluster representatives and stand out in "by status" colouring.
 */
export function errorFlags(set: ExemplarSet): Uint8Array {
  const flags = new Uint8Array(set.size);
  for (const column of set.labels) {
    if (STATUS_LABELS.includes(column.name)) {
      flagColumn(column, isErrorStatus, flags);
    } else if (ERROR_LABELS.includes(column.name)) {
      flagColumn(column, isErrorMarker, flags);
    }
  }
  return flags;
}
