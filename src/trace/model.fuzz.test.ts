import { type DataFrame, type Field, FieldType } from '@grafana/data';
import fc from 'fast-check';

import { growthRatio, linearBound } from '../testing/growth';
import { buildTraceModel } from './model';
import { getSpanDetails } from './spanDetails';
import { isErrorSpan } from './spanErrors';
import type { TraceModel } from './types';

/**
 * Trace frames as any tracing data source, proxy or hand-built frame may hand them over: missing, duplicated
 * and reordered fields; span IDs that repeat, are empty, numbers or null; parents that are missing, self,
 * cyclic or all zeros; NaN, infinite, negative or textual times; attributes, events and links of any JSON
 * shape, as parsed values or as (possibly broken) JSON text; markup everywhere. The model either says in one
 * sentence why the frame is not a trace, or holds together with every input span shown exactly once and
 * every repair counted in a warning. It never falls back to its catch-all ("Could not read the trace").
 */

const hostileText = fc.constantFrom(
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:alert(1)',
  '',
  ' ',
  '\u0000',
  'é'
);
const anyJsonish = fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileText);

const keyValues = fc.oneof(
  {
    arbitrary: fc.array(
      fc.record(
        {
          key: fc.oneof(
            fc.constantFrom(
              'error',
              'http.status_code',
              'otel.status_code',
              'http.response.status_code',
              'db.statement'
            ),
            fc.string({ maxLength: 5 })
          ),
          value: fc.oneof(fc.constantFrom(true, 'true', 'ERROR', 2, '503', 500, 'x'), anyJsonish),
        },
        { requiredKeys: [] }
      ),
      { maxLength: 3 }
    ),
    weight: 4,
  },
  { arbitrary: anyJsonish, weight: 1 },
  { arbitrary: fc.array(fc.oneof(fc.constant(null), fc.integer(), hostileText), { maxLength: 2 }), weight: 1 }
);
const logs = fc.oneof(
  {
    arbitrary: fc.array(
      fc.record(
        { timestamp: fc.oneof(fc.double(), anyJsonish), fields: keyValues, name: fc.oneof(hostileText, anyJsonish) },
        { requiredKeys: [] }
      ),
      { maxLength: 2 }
    ),
    weight: 3,
  },
  { arbitrary: anyJsonish, weight: 1 }
);
/** A JSON column cell: parsed (as Grafana decodes it), JSON text (a serialized frame), or broken text. */
const jsonCell = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: arb, weight: 3 },
    { arbitrary: arb.map((v) => JSON.stringify(v) ?? 'undefined'), weight: 2 },
    { arbitrary: fc.constantFrom('[{"key":', '{', '[', 'null', '[]'), weight: 1 }
  );

const span = (count: number) =>
  fc.record({
    id: fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: Math.ceil(count * 1.2) }).map((i) => `s${i}`), weight: 8 },
      { arbitrary: fc.constantFrom('', '  ', null, 7, NaN, '0000000000000000', ' s1 ', '(row 0)'), weight: 1 }
    ),
    parent: fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: count - 1 }).map((row) => ({ row })), weight: 6 },
      { arbitrary: fc.constantFrom(undefined, '', null, '0000000000000000', 'nowhere', 5, ' '), weight: 3 }
    ),
    start: fc.oneof(
      { arbitrary: fc.double({ min: 1.7e12, max: 1.7e12 + 1000, noNaN: true }), weight: 6 },
      {
        arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, null, '1700000000000', 'x', -5, 1e300, undefined),
        weight: 1,
      }
    ),
    duration: fc.oneof(
      { arbitrary: fc.double({ min: 0, max: 500, noNaN: true }), weight: 6 },
      { arbitrary: fc.constantFrom(NaN, -1, Infinity, null, '12.5', 'x', 1e308, -0, undefined), weight: 1 }
    ),
    operationName: fc.oneof(fc.constantFrom('GET /api/cart', 'charge'), hostileText, fc.constantFrom(null, 5)),
    serviceName: fc.oneof(fc.constantFrom('frontend', 'payment'), hostileText, fc.constantFrom(null, 5)),
    statusCode: fc.constantFrom(0, 1, 2, '2', null, 'x', undefined),
    kind: fc.oneof(fc.constantFrom('server', 'client'), anyJsonish),
    statusMessage: fc.oneof(hostileText, anyJsonish),
    tags: jsonCell(keyValues),
    serviceTags: jsonCell(keyValues),
    logs: jsonCell(logs),
    references: jsonCell(
      fc.oneof(
        fc.array(
          fc.record(
            { traceID: fc.string({ maxLength: 4 }), spanID: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()) },
            { requiredKeys: [] }
          ),
          { maxLength: 2 }
        ),
        anyJsonish
      )
    ),
    warnings: jsonCell(fc.oneof(fc.array(fc.oneof(hostileText, fc.integer()), { maxLength: 2 }), anyJsonish)),
    stackTraces: jsonCell(fc.oneof(fc.array(hostileText, { maxLength: 2 }), anyJsonish)),
  });

type GeneratedSpan = ReturnType<typeof span> extends fc.Arbitrary<infer T> ? T : never;

const REQUIRED = ['spanID', 'startTime', 'duration'];
const OPTIONAL = [
  'traceID',
  'parentSpanID',
  'operationName',
  'serviceName',
  'statusCode',
  'kind',
  'statusMessage',
  'tags',
  'serviceTags',
  'logs',
  'references',
  'warnings',
  'stackTraces',
];

const traceFrame = fc
  .integer({ min: 1, max: 16 })
  .chain((count) =>
    fc.record({
      spans: fc.array(span(count), { minLength: count, maxLength: count }),
      // Usually every required field; sometimes one missing, which must be named.
      drop: fc.oneof(
        { arbitrary: fc.constant<string[]>([]), weight: 12 },
        { arbitrary: fc.subarray(REQUIRED, { minLength: 1 }), weight: 1 }
      ),
      optional: fc.subarray(OPTIONAL),
      order: fc.integer({ min: 0, max: 1000 }),
      duplicateField: fc.option(fc.constantFrom(...REQUIRED, ...OPTIONAL), { nil: undefined }),
      shortColumn: fc.option(fc.constantFrom(...OPTIONAL, 'startTime', 'duration'), { nil: undefined }),
      extras: fc.array(
        fc.oneof(fc.constant(null), fc.record({ name: fc.constantFrom(5, undefined, 'x'), values: anyJsonish })),
        { maxLength: 2 }
      ),
    })
  )
  .map((g) => {
    const { spans } = g;
    const ids = spans.map((s) => s.id);
    const cell = (name: string, s: GeneratedSpan): unknown => {
      switch (name) {
        case 'spanID':
          return s.id;
        case 'parentSpanID':
          return typeof s.parent === 'object' && s.parent !== null ? ids[s.parent.row] : s.parent;
        case 'startTime':
          return s.start;
        case 'traceID':
          return '4bf92f3577b34da6a3ce929d0e0e4736';
        default:
          return s[name === 'duration' ? 'duration' : (name as keyof GeneratedSpan)];
      }
    };
    const names = [...REQUIRED.filter((n) => !g.drop.includes(n)), ...g.optional];
    const fields: Array<Field | null> = names.map((name) => ({
      name,
      type: FieldType.other,
      config: {},
      values: spans
        .slice(0, name === g.shortColumn ? Math.floor(spans.length / 2) : spans.length)
        .map((s) => cell(name, s)),
    }));
    if (g.duplicateField && names.includes(g.duplicateField)) {
      // A later field of the same name: the first one counts.
      fields.push({ name: g.duplicateField, type: FieldType.other, config: {}, values: spans.map(() => 'duplicate') });
    }
    fields.push(...(g.extras as Array<Field | null>));
    // Field order is not to be relied on: rotate.
    const rotated = fields.slice(g.order % fields.length).concat(fields.slice(0, g.order % fields.length));
    const frame = { name: 'Trace', length: spans.length, fields: rotated } as DataFrame;
    return { frame, spans, dropped: g.drop, fieldNames: names, shortColumn: g.shortColumn };
  });

function idText(value: unknown): string {
  return typeof value === 'string'
    ? value.trim()
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : '';
}
function finite(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : NaN;
}

/** What the frame says, column by column, with the reader's documented normalisation. */
function readBack(frame: DataFrame) {
  const byName = new Map<string, unknown[]>();
  for (const f of frame.fields) {
    if (f && typeof f.name === 'string' && !byName.has(f.name)) {
      byName.set(f.name, Array.isArray(f.values) ? f.values : []);
    }
  }
  const col = (name: string) => byName.get(name) ?? [];
  const count = col('spanID').length;
  const ids = Array.from({ length: count }, (_, row) => idText(col('spanID')[row]) || `(row ${row})`);
  const asParent = (value: unknown) => {
    const id = idText(value);
    return id === '' || /^0+$/.test(id) ? undefined : id;
  };
  const parents = Array.from({ length: count }, (_, row) => asParent(col('parentSpanID')[row]));
  // Documented in referenceParents.ts: a missing parent comes from a same-trace reference with a string span
  // ID other than the span's own; untyped references count only when no span has a parent ID.
  const untypedToo = parents.every((p) => p === undefined);
  const frameTraceId =
    col('traceID')
      .map(idText)
      .find((id) => id !== '') ?? '';
  const digits = (id: string) => id.trim().toLowerCase().replace(/^0+/, '');
  for (let row = 0; row < count; row++) {
    if (parents[row] !== undefined) {
      continue;
    }
    const cell = col('references')[row];
    let refs: unknown = cell;
    try {
      refs = typeof cell === 'string' && /^\s*[[{]/.test(cell) ? JSON.parse(cell) : cell;
    } catch {
      refs = undefined;
    }
    const usable = (Array.isArray(refs) ? refs : []).filter(
      (r: { spanID?: unknown; traceID?: unknown }) =>
        !!r &&
        typeof r === 'object' &&
        typeof r.spanID === 'string' &&
        asParent(r.spanID) !== undefined &&
        asParent(r.spanID) !== ids[row] &&
        (r.traceID === undefined ||
          r.traceID === null ||
          (typeof r.traceID === 'string' && (r.traceID.trim() === '' || digits(r.traceID) === digits(frameTraceId))))
    );
    const typed = (t: string) =>
      usable.find((r: { refType?: unknown }) => (typeof r.refType === 'string' ? r.refType : '') === t);
    const ref = typed('CHILD_OF') ?? typed('FOLLOWS_FROM') ?? (untypedToo ? typed('') : undefined);
    parents[row] = ref ? asParent(ref.spanID) : undefined;
  }
  return {
    count,
    ids,
    parents,
    starts: Array.from({ length: count }, (_, row) => finite(col('startTime')[row])),
    durations: Array.from({ length: count }, (_, row) => finite(col('duration')[row])),
    statusCodes: col('statusCode'),
    tags: col('tags'),
  };
}

function warningCount(model: TraceModel, kind: string): number {
  return model.warnings.find((w) => w.kind === kind)?.count ?? 0;
}

/** Structural problems of a model, as text (one comparison instead of thousands of expect calls). */
function problems(model: TraceModel, frame: DataFrame): string[] {
  const found: string[] = [];
  const meant = readBack(frame);
  const n = model.spanCount;
  if (n !== meant.count) {
    found.push(`${n} spans for ${meant.count} rows`);
  }
  const rows = Array.from(model.rowIndex).sort((a, b) => a - b);
  if (rows.some((row, i) => row !== i)) {
    found.push('a row is missing or shown twice');
  }
  for (let p = 0; p < n; p++) {
    const parent = model.parentPosition[p];
    const row = model.rowIndex[p];
    if (parent >= p || model.depth[p] !== (parent === -1 ? 0 : model.depth[parent] + 1)) {
      found.push(`position ${p}: parent ${parent}, depth ${model.depth[p]}`);
    }
    if (model.subtreeEnd[p] <= p || model.subtreeEnd[p] > (parent === -1 ? n : model.subtreeEnd[parent])) {
      found.push(`position ${p}: subtree ends at ${model.subtreeEnd[p]}`);
    }
    const start = model.spanStartMs[p];
    const duration = model.spanDurationMs[p];
    if (
      !Number.isFinite(start) ||
      !(duration >= 0) ||
      !(model.selfTimeMs[p] >= 0) ||
      model.selfTimeMs[p] > duration * (1 + 1e-12) + 1e-9
    ) {
      found.push(`position ${p}: start ${start}, duration ${duration}, self ${model.selfTimeMs[p]}`);
    }
    if (parent >= 0) {
      const parentEnd = model.spanStartMs[parent] + model.spanDurationMs[parent];
      if (start < model.spanStartMs[parent] || start + duration > parentEnd + Math.abs(parentEnd) * 1e-12) {
        found.push(`position ${p} lies outside its parent`);
      }
    }
    if (
      model.spanIds[p] !== meant.ids[row] ||
      typeof model.operationNames[p] !== 'string' ||
      model.operationNames[p] === ''
    ) {
      found.push(`position ${p}: id ${model.spanIds[p]} for ${meant.ids[row]}, operation ${model.operationNames[p]}`);
    }
    if (model.isError[p] !== (isErrorSpan(meant.statusCodes[row], meant.tags[row]) ? 1 : 0)) {
      found.push(`position ${p}: error flag`);
    }
  }
  // Every repair is counted.
  const distinct = new Set(meant.ids).size;
  const idSet = new Set(meant.ids);
  const expected: Record<string, number> = {
    'duplicate-span-id': n - distinct,
    'invalid-duration': meant.durations.filter((d) => !(d >= 0)).length,
    'invalid-start': meant.starts.filter((s) => Number.isNaN(s)).length,
    orphan: meant.parents.filter((p) => p !== undefined && !idSet.has(p)).length,
  };
  const roots = meant.parents.filter((p) => p === undefined).length;
  expected['multiple-roots'] = roots > 1 ? roots : 0;
  for (const [kind, count] of Object.entries(expected)) {
    if (warningCount(model, kind) !== count) {
      found.push(`${kind}: ${warningCount(model, kind)} warned, ${count} meant`);
    }
  }
  for (const warning of model.warnings) {
    if (
      !(warning.count > 0) ||
      typeof warning.message !== 'string' ||
      !warning.message.includes(String(warning.count)) ||
      warning.sampleSpanIds.length > 5
    ) {
      found.push(`warning ${JSON.stringify(warning)}`);
    }
  }
  // The critical path lies inside the root and never overlaps itself.
  const root = model.root.position;
  let previousEnd = model.spanStartMs[root];
  for (const segment of model.criticalPath) {
    if (segment.startMs < previousEnd - 1e-6 || !(segment.endMs > segment.startMs)) {
      found.push(`critical path segment ${JSON.stringify(segment)} after ${previousEnd}`);
    }
    previousEnd = segment.endMs;
  }
  if (model.criticalPath.length > 0 && previousEnd > model.spanStartMs[root] + model.spanDurationMs[root] + 1e-6) {
    found.push('critical path ends after the root');
  }
  return found;
}

/** Span details hold only what the details view can render as text. */
function detailProblems(model: TraceModel): string[] {
  const found: string[] = [];
  for (let p = 0; p < model.spanCount; p++) {
    const d = getSpanDetails(model, p)!;
    const pairsOk = (pairs: unknown[]) =>
      pairs.every((kv) => typeof kv === 'object' && kv !== null && typeof (kv as { key: unknown }).key === 'string');
    if (!pairsOk(d.tags) || !pairsOk(d.serviceTags)) {
      found.push(`position ${p}: attributes`);
    }
    if (!d.logs.every((log) => typeof log.timestamp === 'number' && Array.isArray(log.fields))) {
      found.push(`position ${p}: events`);
    }
    if (
      !d.references.every((r) => typeof r.spanID === 'string') ||
      ![...d.warnings, ...d.stackTraces].every((s) => typeof s === 'string')
    ) {
      found.push(`position ${p}: links, warnings or stack traces`);
    }
    for (const [name, value] of Object.entries({
      kind: d.kind,
      statusMessage: d.statusMessage,
      traceState: d.traceState,
    })) {
      if (value !== undefined && typeof value !== 'string') {
        found.push(`position ${p}: ${name} is ${typeof value}`);
      }
    }
    if (d.statusCode !== undefined && !Number.isFinite(d.statusCode)) {
      found.push(`position ${p}: status ${d.statusCode}`);
    }
  }
  for (const outside of [-1, model.spanCount, 0.5, NaN]) {
    if (getSpanDetails(model, outside) !== undefined) {
      found.push(`details for position ${outside}`);
    }
  }
  return found;
}

describe('trace frames → model under fuzzing', () => {
  it('gives a model that holds together, with every repair counted, or one sentence why the frame is not a trace', () => {
    fc.assert(
      fc.property(traceFrame, ({ frame, dropped }) => {
        const result = buildTraceModel(frame);
        if (dropped.length > 0) {
          expect(result).toEqual({
            ok: false,
            error: expect.stringMatching(/^Not a trace frame: fields? .*missing\.$/),
          });
          for (const name of dropped) {
            expect(!result.ok && result.error).toContain(`"${name}"`);
          }
          return;
        }
        if (!result.ok) {
          // Only an empty span list may be refused; never the catch-all for an exception.
          expect(result.error).toBe('The trace has no spans.');
          return;
        }
        expect(problems(result.model, frame)).toEqual([]);
        expect(detailProblems(result.model)).toEqual([]);
      }),
      { numRuns: 10_000 }
    );
  });

  it('refuses what is not a frame at all with a sentence', () => {
    for (const frame of [
      undefined,
      null,
      {},
      { fields: 'x' },
      { fields: [null, 5] },
      { fields: [{ name: 'spanID', values: null }, { name: 'startTime' }, { name: 'duration' }] },
    ]) {
      const result = buildTraceModel(frame as never);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/^(No trace data|Not a trace frame|The trace has no spans)/);
    }
  });
});

describe('large and deep traces', () => {
  /** A random tree of `count` spans: each span's parent is an earlier one, times nested. */
  function randomTree(count: number, seed: number): DataFrame {
    let state = seed;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const ids = Array.from({ length: count }, (_, i) => `span${i}`);
    const parents: Array<string | undefined> = [undefined];
    const starts = [1.7e12];
    const durations = [10_000];
    for (let i = 1; i < count; i++) {
      const parent = Math.floor(random() * i);
      parents.push(ids[parent]);
      starts.push(starts[parent] + random() * durations[parent] * 0.5);
      durations.push(durations[parent] * 0.5 * random());
    }
    // Shuffled rows: the model must not rely on parents coming first.
    const order = ids.map((_, i) => i).sort(() => random() - 0.5);
    const column = (name: string, values: unknown[]) => ({
      name,
      type: FieldType.other,
      config: {},
      values: order.map((i) => values[i]),
    });
    return {
      length: count,
      fields: [
        column('spanID', ids),
        column('parentSpanID', parents),
        column('startTime', starts),
        column('duration', durations),
        column(
          'serviceName',
          ids.map((_, i) => `svc${i % 7}`)
        ),
      ],
    } as DataFrame;
  }

  it('builds 60k spans in a random tree, shuffled, in linear-ish time', () => {
    const frames = new Map([7_500, 60_000].map((count) => [count, randomTree(count, 42)]));
    const build = (count: number) => {
      const result = buildTraceModel(frames.get(count)!);
      expect(result.ok && result.model.spanCount).toBe(count);
    };
    expect(growthRatio(build, 7_500, 8, 3)).toBeLessThan(linearBound(8));
    const result = buildTraceModel(frames.get(60_000)!);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.model.warnings).toEqual([]);
      expect(result.model.serviceCount).toBe(7);
    }
  });

  it('builds a 30k-deep chain and a 30k-long parent cycle without overflowing the stack', () => {
    const n = 30_000;
    const column = (name: string, values: unknown[]) => ({ name, type: FieldType.other, config: {}, values });
    const ids = Array.from({ length: n }, (_, i) => `c${i}`);
    const chain = buildTraceModel({
      length: n,
      fields: [
        column('spanID', ids),
        column(
          'parentSpanID',
          ids.map((_, i) => (i === 0 ? '' : ids[i - 1]))
        ),
        column(
          'startTime',
          ids.map((_, i) => 1.7e12 + i)
        ),
        column(
          'duration',
          ids.map((_, i) => n - i)
        ),
      ],
    } as DataFrame);
    expect(chain.ok && chain.model.depth[n - 1]).toBe(n - 1);
    expect(chain.ok && chain.model.onCriticalPath[n - 1]).toBe(1);
    const cycle = buildTraceModel({
      length: n,
      fields: [
        column('spanID', ids),
        column(
          'parentSpanID',
          ids.map((_, i) => ids[(i + 1) % n])
        ),
        column(
          'startTime',
          ids.map((_, i) => 1.7e12 + i)
        ),
        column(
          'duration',
          ids.map(() => 1)
        ),
      ],
    } as DataFrame);
    expect(cycle.ok && cycle.model.spanCount).toBe(n);
    expect(cycle.ok && cycle.model.warnings.find((w) => w.kind === 'cycle')?.count).toBe(1);
  });
});
