/**
 * What one trace "has", as facets: every span attribute and resource attribute value, each service and operation,
 * the root's status and whether any span erred. A trace counts once per facet however many spans carry it, so the
 * shares of the comparison are shares of traces.
 *
 * Counted in maps nested by kind, key and value rather than under one joined string: joining makes a new string
 * per span and attribute that the map must then flatten and hash, several times the cost of the counting itself.
 */
import { numberFrom } from '../data/numberFrom';
import { parseJsonCell } from '../trace/jsonCell';
import type { TraceModel } from '../trace/types';

export type FacetKind = 'span attribute' | 'resource attribute' | 'service' | 'operation' | 'status' | 'error';

const STATUS_NAMES: Record<number, string> = { 0: 'unset', 1: 'ok', 2: 'error' };

/** Attribute values as the drawer prints them: text as is, numbers and booleans in their usual form, the rest as JSON. */
function attributeText(value: unknown): string {
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

/** The operation facet names its service too: `GET` of two services is two different things. */
export function operationLabel(service: string, operation: string): string {
  return `${service}: ${operation}`;
}

/** Below this many distinct values a key is never taken for an identifier, however few the traces. */
const IDENTIFIER_MIN_VALUES = 20;

interface Tally {
  /** Traces with this facet on each side. */
  selection: number;
  baseline: number;
  /** The last trace counted, so a trace counts once however many spans carry the facet. */
  lastTrace: number;
}

interface KeyTally {
  values: Map<string, Tally>;
  /** Distinct values once the key was found to be an identifier (its values are no longer kept); -1 before. */
  identifierValues: number;
}

export interface FacetCount {
  kind: FacetKind;
  key: string;
  value: string;
  selection: number;
  baseline: number;
}

/** Facet counts of the two sides: `add` each trace once, then read `counts()`. */
export class FacetTally {
  /** kind → key → value → tally. */
  private readonly byKind = new Map<FacetKind, Map<string, KeyTally>>();
  private traceNumber = 0;
  private inSelection = true;
  /** More distinct values than this (half the traces) and an attribute key is an identifier: its values occur in two traces or fewer on average. */
  private readonly identifierAbove: number;

  /** `traceCount`: how many traces will be added, both sides. */
  constructor(traceCount: number) {
    this.identifierAbove = Math.max(IDENTIFIER_MIN_VALUES, Math.ceil(traceCount / 2));
  }

  add(model: TraceModel, side: 'selection' | 'baseline'): void {
    this.traceNumber++;
    this.inSelection = side === 'selection';
    const { tags, serviceTags, statusCode } = model.detailColumns;
    for (const service of model.services) {
      this.count('service', 'service', service.name);
    }
    const operations = this.keyMap('operation');
    for (let p = 0; p < model.spanCount; p++) {
      const row = model.rowIndex[p];
      // Keyed by service, then operation: no joined string per span.
      this.countIn(operations, model.services[model.serviceIndex[p]].name, model.operationNames[p]);
      this.countPairs('span attribute', tags?.[row]);
      this.countPairs('resource attribute', serviceTags?.[row]);
    }
    const root = model.root.position;
    const rootCode = numberFrom(statusCode?.[model.rowIndex[root]]);
    this.count('status', 'status', STATUS_NAMES[rootCode] ?? (model.isError[root] ? 'error' : 'unset'));
    this.count('error', 'error', model.errorPositions.length > 0 ? 'true' : 'false');
  }

  /**
   * The facet counts, less identifiers: an attribute key with more distinct values than half the traces
   * (`http.target` with an ID in it, a request ID) has values that each occur in a trace or two and say nothing
   * about a region; such keys are named in `identifiers` instead of flooding the ranking with rows. They stop
   * being counted as soon as they are recognised, so they cost no more than a key with few values.
   */
  counts(): { facets: FacetCount[]; identifiers: Array<{ kind: FacetKind; key: string; values: number }> } {
    const facets: FacetCount[] = [];
    const identifiers: Array<{ kind: FacetKind; key: string; values: number }> = [];
    for (const [kind, keys] of this.byKind) {
      for (const [key, { values, identifierValues }] of keys) {
        if (identifierValues >= 0) {
          identifiers.push({ kind, key, values: identifierValues });
          continue;
        }
        for (const [value, tally] of values) {
          const shown = kind === 'operation' ? operationLabel(key, value) : value;
          facets.push({
            kind,
            key: kind === 'operation' ? 'operation' : key,
            value: shown,
            selection: tally.selection,
            baseline: tally.baseline,
          });
        }
      }
    }
    return { facets, identifiers };
  }

  private keyMap(kind: FacetKind): Map<string, KeyTally> {
    let keys = this.byKind.get(kind);
    if (!keys) {
      keys = new Map();
      this.byKind.set(kind, keys);
    }
    return keys;
  }

  private count(kind: FacetKind, key: string, value: string): void {
    this.countIn(this.keyMap(kind), key, value);
  }

  private countIn(keys: Map<string, KeyTally>, key: string, value: string, mayBeIdentifier = false): void {
    let entry = keys.get(key);
    if (!entry) {
      entry = { values: new Map(), identifierValues: -1 };
      keys.set(key, entry);
    }
    if (entry.identifierValues >= 0) {
      return;
    }
    let tally = entry.values.get(value);
    if (!tally) {
      if (mayBeIdentifier && entry.values.size >= this.identifierAbove) {
        // One value more than the limit: the count only grows from here, so the rest is not kept.
        entry.identifierValues = entry.values.size + 1;
        entry.values.clear();
        return;
      }
      tally = { selection: 0, baseline: 0, lastTrace: 0 };
      entry.values.set(value, tally);
    }
    if (tally.lastTrace !== this.traceNumber) {
      tally.lastTrace = this.traceNumber;
      if (this.inSelection) {
        tally.selection++;
      } else {
        tally.baseline++;
      }
    }
  }

  private countPairs(kind: FacetKind, cell: unknown): void {
    const pairs = Array.isArray(cell) ? cell : parseJsonCell(cell);
    if (!Array.isArray(pairs)) {
      return;
    }
    const keys = this.keyMap(kind);
    for (const pair of pairs) {
      const key = (pair as { key?: unknown } | null)?.key;
      if (typeof key === 'string' && key !== '') {
        this.countIn(keys, key, attributeText((pair as { value?: unknown }).value), true);
      }
    }
  }
}
