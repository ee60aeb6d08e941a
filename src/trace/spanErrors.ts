/**
 * Whether a span failed. Grafana's data sources report this in different places:
 * - Tempo frames carry the OTel status in `statusCode` (0 unset, 1 ok, 2 error; `pkg/tsdb/tempo/trace_transform.go`);
 *   older Tempo frames only had tags `otel.status_code` and `error=true`.
 * - Jaeger frames have no `statusCode` field; Jaeger itself tags failed spans `error=true`
 *   (`pkg/tsdb/jaeger/querydata.go` copies span tags as they are).
 * - Zipkin frames turn a Zipkin `error` tag into `error=true` plus `errorValue`
 *   (`pkg/tsdb/zipkin/handler_querydata.go` `transformTags`).
 * A server-side HTTP status ≥ 500 counts as an error too, even when the instrumentation did not set a status.
 */
import { numberFrom } from '../data/numberFrom';
import { parseJsonCell } from './jsonCell';

const OTEL_STATUS_CODE_ERROR = 2;

const HTTP_STATUS_KEYS = new Set(['http.status_code', 'http.response.status_code']);

export function isErrorSpan(statusCode: unknown, tags: unknown): boolean {
  if (numberFrom(statusCode) === OTEL_STATUS_CODE_ERROR) {
    return true;
  }
  const parsed = Array.isArray(tags) ? tags : parseJsonCell(tags);
  if (!Array.isArray(parsed)) {
    return false;
  }
  for (const tag of parsed) {
    if (
      tag &&
      typeof tag === 'object' &&
      isErrorTag((tag as { key?: unknown }).key, (tag as { value?: unknown }).value)
    ) {
      return true;
    }
  }
  return false;
}

function isErrorTag(key: unknown, value: unknown): boolean {
  if (key === 'error') {
    return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
  }
  if (key === 'otel.status_code') {
    return typeof value === 'string' ? value.toUpperCase() === 'ERROR' : numberFrom(value) === OTEL_STATUS_CODE_ERROR;
  }
  if (typeof key === 'string' && HTTP_STATUS_KEYS.has(key)) {
    const status = numberFrom(value);
    return Number.isFinite(status) && status >= 500 && status < 600;
  }
  return false;
}
