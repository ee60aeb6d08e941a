/**
 * A span without a parent ID may still name its parent in `references`. Grafana's Jaeger gRPC backend can send
 * every `parentSpanID` empty with the parent as a reference of `refType` "" (`grafana/grafana`
 * `pkg/tsdb/jaeger/testdata/complex_trace_grpc.golden.jsonc`); Jaeger's own model types them `CHILD_OF` /
 * `FOLLOWS_FROM`. Typed references are read whenever the parent is missing; untyped ones only when no span of
 * the frame has a parent ID, because Tempo sends OTel span links — not parents — as untyped references next to
 * real parent IDs. Only references into the same trace count.
 */
import { parseJsonCell } from './jsonCell';

interface Reference {
  spanID?: unknown;
  traceID?: unknown;
  refType?: unknown;
}

/** Fills `parents[row]` in place for rows without one; `toParentId` normalizes an ID cell ('' / all zeros → undefined). */
export function parentsFromReferences(
  parents: Array<string | undefined>,
  references: unknown[],
  spanIds: string[],
  traceId: string,
  toParentId: (value: unknown) => string | undefined
): void {
  if (references.length === 0) {
    return;
  }
  const untypedToo = parents.every((parent) => parent === undefined);
  for (let row = 0; row < parents.length; row++) {
    if (parents[row] !== undefined) {
      continue;
    }
    const refs = parseJsonCell(references[row]);
    if (!Array.isArray(refs) || refs.length === 0) {
      continue;
    }
    const candidates = refs.filter((ref: unknown): ref is Reference => {
      if (!ref || typeof ref !== 'object') {
        return false;
      }
      const { spanID, traceID } = ref as Reference;
      // `TraceSpanReference.spanID` is a string; anything else is not a reference to follow.
      const id = typeof spanID === 'string' ? toParentId(spanID) : undefined;
      return id !== undefined && id !== spanIds[row] && inTrace(traceID, traceId);
    });
    // CHILD_OF before FOLLOWS_FROM before untyped, as Jaeger picks a span's parent.
    const ofType = (type: string) =>
      candidates.find((ref) => (typeof ref.refType === 'string' ? ref.refType : '') === type);
    const parent = ofType('CHILD_OF') ?? ofType('FOLLOWS_FROM') ?? (untypedToo ? ofType('') : undefined);
    if (parent) {
      parents[row] = toParentId(parent.spanID);
    }
  }
}

/** Trace IDs compared as numbers (Tempo trims leading zeros, others pad them); a reference without one is local. */
function inTrace(refTraceId: unknown, traceId: string): boolean {
  if (refTraceId === undefined || refTraceId === null || (typeof refTraceId === 'string' && refTraceId.trim() === '')) {
    return true;
  }
  return typeof refTraceId === 'string' && hexDigits(refTraceId) === hexDigits(traceId);
}

function hexDigits(id: string): string {
  return id.trim().toLowerCase().replace(/^0+/, '');
}
