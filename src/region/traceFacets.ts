/**
 * What one trace "has", as facets: every span attribute and resource attribute value, each service and operation,
 * the root's status and whether any span erred. A trace counts once per facet however many spans carry it, so the
 * shares of the comparison are shares of traces.
 */
import { numberFrom } from '../data/numberFrom';
import { parseJsonCell } from '../trace/frameReader';
import type { TraceModel } from '../trace/types';

export type FacetKind = 'span attribute' | 'resource attribute' | 'service' | 'operation' | 'status' | 'error';

/** Facet keys are `kind \0 key \0 value`: one string per facet, cheap to put in a Set. */
export const FACET_SEPARATOR = '\u0000';

const STATUS_NAMES: Record<number, string> = { 0: 'unset', 1: 'ok', 2: 'error' };

export function facetKey(kind: FacetKind, key: string, value: string): string {
  return `${kind}${FACET_SEPARATOR}${key}${FACET_SEPARATOR}${value}`;
}

/** Attribute values as the drawer prints them: text as is, numbers and booleans in their usual form, the rest as JSON. */
export function attributeText(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function addKeyValues(facets: Set<string>, kind: FacetKind, cell: unknown): void {
  const pairs = Array.isArray(cell) ? cell : parseJsonCell(cell);
  if (!Array.isArray(pairs)) {
    return;
  }
  for (const pair of pairs) {
    const key = (pair as { key?: unknown } | null)?.key;
    if (typeof key === 'string' && key !== '') {
      facets.add(facetKey(kind, key, attributeText((pair as { value?: unknown }).value)));
    }
  }
}

/** The operation facet names its service too: `GET` of two services is two different things. */
export function operationLabel(service: string, operation: string): string {
  return `${service}: ${operation}`;
}

export function traceFacets(model: TraceModel): Set<string> {
  const facets = new Set<string>();
  const { tags, serviceTags, statusCode } = model.detailColumns;
  for (let p = 0; p < model.spanCount; p++) {
    const row = model.rowIndex[p];
    const service = model.services[model.serviceIndex[p]].name;
    facets.add(facetKey('service', 'service', service));
    facets.add(facetKey('operation', 'operation', operationLabel(service, model.operationNames[p])));
    addKeyValues(facets, 'span attribute', tags?.[row]);
    addKeyValues(facets, 'resource attribute', serviceTags?.[row]);
  }
  const root = model.root.position;
  const rootCode = numberFrom(statusCode?.[model.rowIndex[root]]);
  const rootStatus = STATUS_NAMES[rootCode] ?? (model.isError[root] ? 'error' : 'unset');
  facets.add(facetKey('status', 'status', rootStatus));
  facets.add(facetKey('error', 'error', model.errorPositions.length > 0 ? 'true' : 'false'));
  return facets;
}
