/**
 * fast-check arbitraries for hostile data frames: what a broken proxy, an old Grafana or an application
 * with odd labels can hand the panel. Shared by the fuzz suites of the parsers and the panel model.
 */
import { DataFrame, FieldType } from '@grafana/data';
import fc from 'fast-check';

/** Numbers that break arithmetic and comparisons. */
const nastyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, -1, Number.MAX_VALUE, Number.MIN_VALUE, 1e308, -1e308),
  fc.integer()
);

/** Any cell value a field can hold after JSON decoding, plus Dates and undefined. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: nastyNumber, weight: 4 },
  { arbitrary: fc.double({ min: 0, max: 1e13, noNaN: true }), weight: 4 },
  {
    arbitrary: fc.oneof(fc.string(), fc.constantFrom('', ' ', '1e3', '0x10', '-5', 'NaN', 'Infinity', '12abc')),
    weight: 2,
  },
  { arbitrary: fc.constantFrom(null, undefined, true, false), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: false }), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 }
);

/**
 * Label names including ones that collide with JavaScript object internals, and with the keys of Prometheus'
 * exemplar JSON (`labels`, `value`) and array indices.
 */
export const labelName = fc.oneof(
  fc.constantFrom(
    'trace_id',
    'traceID',
    'span_id',
    'route',
    'status',
    'le',
    'job',
    '__name__',
    '__proto__',
    'constructor',
    'toString',
    'refId',
    'labels',
    'value',
    '1',
    '0',
    ''
  ),
  fc.string({ maxLength: 8 })
);

export const labelCell: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.oneof(
      fc.string(),
      fc.constantFrom('', ' ', '4bf92f3577b34da6', '500', 'true', '<img src=x onerror=alert(1)>')
    ),
    weight: 4,
  },
  { arbitrary: anyCell, weight: 1 }
);

/** Unknown or wrongly typed meta: Grafana forwards whatever the data source put there. */
const anyMeta = fc.option(
  fc.oneof(
    fc.record({ custom: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }) }, { requiredKeys: [] }),
    fc.record({ custom: fc.record({ resultType: fc.jsonValue({ maxDepth: 1 }) }) }),
    fc.record({ dataTopic: fc.constantFrom('annotations', 'alertStates', 'x') }, { requiredKeys: [] }),
    fc.record({ executedQueryString: fc.string() })
  ),
  { nil: undefined }
);

export interface HostileExemplarFrame {
  frame: DataFrame;
  /** The frame has a field the parser takes as time and one it takes as value. */
  usable: boolean;
  time: unknown[];
  value: unknown[];
  labels: Array<{ name: string; values: unknown[] }>;
}

const column = (maxRows: number) => fc.array(anyCell, { maxLength: maxRows });

/**
 * One exemplar frame in Grafana's long format, broken in every way a field can be: time and value of any
 * type or missing, fields of different lengths, label fields with any values, a wrong `length`.
 * Label names never collide with `Time`/`Value`, so which field is time and which is value is known.
 */
export function hostileExemplarFrame(maxRows = 20): fc.Arbitrary<HostileExemplarFrame> {
  return fc
    .record({
      time: fc.option(
        fc.record({
          name: fc.constantFrom('Time', 'ts'),
          type: fc.constantFrom(FieldType.time, FieldType.number, FieldType.string),
          values: column(maxRows),
        }),
        { nil: undefined }
      ),
      value: fc.option(
        fc.record({
          name: fc.constantFrom('Value', 'latency'),
          type: fc.constantFrom(FieldType.number, FieldType.string, FieldType.other),
          values: column(maxRows),
        }),
        { nil: undefined }
      ),
      labels: fc.uniqueArray(
        fc.record({
          name: labelName.filter((n) => n !== 'Time' && n !== 'Value'),
          values: fc.array(labelCell, { maxLength: maxRows + 2 }),
        }),
        { selector: (l) => l.name, maxLength: 5 }
      ),
      named: fc.constantFrom('exemplar', 'resultType', 'other'),
      refId: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
      meta: anyMeta,
      lengthSkew: fc.constantFrom(0, 0, 0, -1, 3, NaN),
    })
    .map((g) => {
      // Only a field the parser recognises as time counts: a time-typed field, or one named Time.
      const time = g.time && (g.time.type === FieldType.time || g.time.name === 'Time') ? g.time : undefined;
      // Value: a field named Value, or the first other number field.
      const value = g.value && (g.value.name === 'Value' || g.value.type === FieldType.number) ? g.value : undefined;
      const fields = [
        ...(g.time ? [{ ...g.time, config: {} }] : []),
        ...(g.value ? [{ ...g.value, config: {} }] : []),
        ...g.labels.map((l) => ({ name: l.name, type: FieldType.string, config: {}, values: l.values })),
      ];
      const rows = Math.max(0, ...fields.map((f) => f.values.length));
      const frame: DataFrame = {
        name: g.named === 'exemplar' ? 'exemplar' : undefined,
        refId: g.refId,
        length: rows + g.lengthSkew,
        meta: (g.named === 'resultType'
          ? { ...g.meta, custom: { resultType: 'exemplar' } }
          : g.meta) as DataFrame['meta'],
        fields,
      };
      return {
        frame,
        usable: time !== undefined && value !== undefined,
        time: time?.values ?? [],
        value: value?.values ?? [],
        labels: g.labels,
      };
    });
}

/** What the parser must make of a time or value cell: a number, or NaN when it is not one. */
export function cellAsNumber(cell: unknown): number {
  if (typeof cell === 'number') {
    return cell;
  }
  if (typeof cell === 'string') {
    return cell.trim() === '' ? NaN : Number(cell);
  }
  return cell instanceof Date ? cell.getTime() : NaN;
}

// ---- quantile series frames ----

const fieldType = fc.constantFrom(
  FieldType.time,
  FieldType.number,
  FieldType.string,
  FieldType.boolean,
  FieldType.other,
  'unknown' as FieldType
);

const hostileField = fc.record({
  name: fc.oneof(
    fc.constantFrom('Time', 'Value', 'time', '', 'http_server_request_duration_seconds'),
    fc.string({ maxLength: 6 })
  ),
  type: fieldType,
  config: fc.oneof(
    fc.constant({}),
    fc.record(
      {
        unit: fc.oneof(fc.constantFrom('s', 'ms', 'short', ''), fc.jsonValue({ maxDepth: 1 })),
        displayName: fc.oneof(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })),
        displayNameFromDS: fc.oneof(
          fc.constantFrom('p99 {{route}}', '<img src=x onerror=alert(1)>'),
          fc.jsonValue({ maxDepth: 1 })
        ),
        interval: fc.jsonValue({ maxDepth: 1 }),
      },
      { requiredKeys: [] }
    )
  ),
  values: fc.array(anyCell, { maxLength: 12 }),
  labels: fc.option(
    fc.oneof(
      fc.dictionary(labelName, fc.oneof(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 })), { maxKeys: 4 }),
      fc.jsonValue({ maxDepth: 1 })
    ),
    {
      nil: undefined,
    }
  ),
});

/** Meta as any data source may fill it, including wrongly typed well-known keys. */
const hostileMeta = fc.oneof(
  anyMeta,
  fc.record(
    {
      executedQueryString: fc.oneof(
        fc.constantFrom(
          'Expr: histogram_quantile(0.99, sum by (le) (rate(x_bucket[1m])))\nStep: 15s',
          'Expr: histogram_quantile(1e-1, x)',
          'Expr: up'
        ),
        fc.jsonValue({ maxDepth: 1 })
      ),
      dataTopic: fc.oneof(fc.constantFrom('annotations', undefined, ''), fc.jsonValue({ maxDepth: 1 })),
      custom: fc.jsonValue({ maxDepth: 2 }),
      type: fc.jsonValue({ maxDepth: 1 }),
    },
    { requiredKeys: [] }
  )
);

const hostileSeriesFrameParts = fc.record({
  name: fc.option(fc.constantFrom('exemplar', 'A', '', 'p99'), { nil: undefined }),
  refId: fc.option(fc.oneof(fc.constantFrom('A', 'p99', 'p50'), fc.string({ maxLength: 4 })), { nil: undefined }),
  meta: hostileMeta,
  fields: fc.array(hostileField, { maxLength: 5 }),
  lengthSkew: fc.constantFrom(0, 0, 1, -1),
});

/**
 * A quantile (time series) frame as a broken proxy, an old Grafana or a hand-built data source may hand it
 * over: fields of any type and length, labels and config of any JSON type, meta with anything in it. Grafana
 * itself guarantees only that `fields` is an array of fields with `values` arrays and a `config` object.
 */
export const hostileSeriesFrame: fc.Arbitrary<DataFrame> = hostileSeriesFrameParts.map((g) => {
  const fields = g.fields as DataFrame['fields'];
  return {
    name: g.name,
    refId: g.refId,
    meta: g.meta,
    fields,
    length: Math.max(0, ...fields.map((f) => f.values.length)) + g.lengthSkew,
  } as DataFrame;
});
