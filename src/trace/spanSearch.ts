import { keyValues } from './spanDetails';
import type { TraceModel } from './types';

/** Whether one span attribute (or resource attribute) matches: `key=value` asks for both, else either holds the text. */
function pairMatches(key: string, value: unknown, wantKey: string | undefined, text: string): boolean {
  const shown = String(value).toLowerCase();
  if (wantKey !== undefined) {
    return key.toLowerCase() === wantKey && shown.includes(text);
  }
  return key.toLowerCase().includes(text) || shown.includes(text);
}

/**
 * Display positions of the spans that match `query`, in display order: case-insensitive text in the operation
 * name, the service, the span ID, or an attribute's key or value (span and resource attributes); `key=value`
 * looks for that attribute. An empty query matches nothing.
 */
export function searchSpans(model: TraceModel, query: string): number[] {
  const trimmed = query.trim().toLowerCase();
  if (trimmed === '') {
    return [];
  }
  const equals = trimmed.indexOf('=');
  const wantKey = equals > 0 ? trimmed.slice(0, equals).trim() : undefined;
  const text = equals > 0 ? trimmed.slice(equals + 1).trim() : trimmed;
  const { tags, serviceTags } = model.detailColumns;
  const serviceMatches = model.services.map((s) => wantKey === undefined && s.name.toLowerCase().includes(text));
  const found: number[] = [];
  for (let p = 0; p < model.spanCount; p++) {
    const named =
      wantKey === undefined &&
      (serviceMatches[model.serviceIndex[p]] ||
        model.operationNames[p].toLowerCase().includes(text) ||
        model.spanIds[p].toLowerCase() === text);
    const row = model.rowIndex[p];
    if (
      named ||
      keyValues(tags?.[row]).some((kv) => pairMatches(kv.key, kv.value, wantKey, text)) ||
      keyValues(serviceTags?.[row]).some((kv) => pairMatches(kv.key, kv.value, wantKey, text))
    ) {
      found.push(p);
    }
  }
  return found;
}
