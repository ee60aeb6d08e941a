/**
 * The span an exemplar measured. OpenTelemetry exemplars carry `span_id` next to `trace_id` (as OTel SDKs, the
 * collector and Mimir's OTLP ingestion write them); other instrumentations spell it like their trace ID label.
 */
import type { TraceModel } from './types';

const EXEMPLAR_SPAN_ID_LABELS = ['span_id', 'spanID', 'spanId', 'span.id'];

/** The first non-empty span ID among the known label names, from a label lookup. */
export function exemplarSpanId(labelValue: (name: string) => string | undefined): string | undefined {
  for (const name of EXEMPLAR_SPAN_ID_LABELS) {
    const value = labelValue(name)?.trim();
    if (value) {
      return value;
    }
  }
  return undefined;
}

/**
 * Display position of the span with this ID, or -1. Compared as hex numbers: back ends differ in case and in
 * keeping leading zeros (Tempo pads span IDs to 16 digits, exemplars may not).
 */
export function findSpanPosition(model: TraceModel, spanId: string | undefined): number {
  if (!spanId) {
    return -1;
  }
  const wanted = canonical(spanId);
  if (wanted === '') {
    return -1;
  }
  return model.spanIds.findIndex((id) => canonical(id) === wanted);
}

function canonical(id: string): string {
  return id
    .trim()
    .toLowerCase()
    .replace(/^0+(?=.)/, '');
}
