import fc from 'fast-check';
import { labelName } from './__fixtures__/hostileFrames';

import { labelValue } from './columnar';
import { ExemplarSet } from './model';
import { exemplarSetFromPrometheusResponse, exemplarSetFromPrometheusText } from './rawExemplarText';
import { exemplarSetFromPrometheusJson, RawExemplarReport } from './rawExemplars';

/**
 * The raw exemplar API (`/api/v1/query_exemplars`) read two ways: the fast scanner over Prometheus' compact
 * text, and JSON.parse + the JSON reader. Strong property: for any body — canonical, reordered, pretty-printed,
 * truncated, with odd number tokens, raw control characters, escapes or trailing keys — both give the same
 * set and the same report. Every exemplar entry is accounted for (kept, rejected or truncated), and a body
 * that is not a Prometheus answer gives a readable error instead of an exception.
 */

/** A set as plain data, label columns as name → value per row, so dictionary order and encoding do not matter. */
function view(set: ExemplarSet) {
  const rows = [];
  for (let i = 0; i < set.size; i++) {
    const labels: Array<[string, string]> = [];
    for (const column of set.labels) {
      const value = labelValue(column, i);
      if (value !== undefined) {
        labels.push([column.name, value]);
      }
    }
    rows.push({
      t: set.timeMs[i],
      v: set.value[i],
      labels: labels.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    });
  }
  return {
    size: set.size,
    lengths: [set.timeMs.length, set.value.length, set.refIds.codes.length, ...set.labels.map((c) => c.codes.length)],
    source: set.source,
    rows,
    columns: set.labels.map((c) => c.name),
  };
}

function consistent(set: ExemplarSet): string | undefined {
  if (
    [set.timeMs.length, set.value.length, set.refIds.codes.length, ...set.labels.map((c) => c.codes.length)].some(
      (n) => n !== set.size
    )
  ) {
    return 'column lengths differ from size';
  }
  for (let i = 0; i < set.size; i++) {
    if (!Number.isFinite(set.timeMs[i]) || !Number.isFinite(set.value[i]) || set.value[i] < 0) {
      return `row ${i}: time ${set.timeMs[i]}, value ${set.value[i]}`;
    }
  }
  const names = set.labels.map((c) => c.name);
  if (new Set(names).size !== names.length) {
    return 'two label columns with one name';
  }
  for (const column of set.labels) {
    if (
      column.codes.some((code) => code < -1 || code >= column.dict.length) ||
      column.dict.some((v) => typeof v !== 'string')
    ) {
      return `label column ${column.name} out of its dictionary`;
    }
  }
  return undefined;
}

/** Text that stresses the scanner: JSON syntax characters, escapes, markup, unicode, a placeholder for raw control characters. */
const labelText = fc.oneof(
  { arbitrary: fc.constantFrom('4bf92f3577b34da6a3ce929d0e0e4736', '/api/cart', '500', '0.5', '+Inf', ''), weight: 12 },
  {
    arbitrary: fc.string({
      maxLength: 6,
      unit: fc.constantFrom('a', '{', '}', '[', ']', ',', ':', ' ', 'é', '<', '>', '\u2028'),
    }),
    weight: 6,
  },
  {
    arbitrary: fc.string({
      maxLength: 8,
      unit: fc.constantFrom('a', '"', '\\', '{', '}', '[', ']', ',', ':', ' ', 'é', '\u2028', '\n', 'CTRL'),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.constantFrom(
      '<img src=x onerror=alert(1)>',
      '{"labels":{',
      ',"value":"',
      '"}]}',
      'javascript:alert(1)'
    ),
    weight: 1,
  },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 1 }
);
const labels = fc.dictionary(labelName, labelText, { maxKeys: 4 });

/** The `value` of an exemplar: a string in Prometheus' API; anything at all from a broken proxy. */
const exemplarValue = fc.oneof(
  { arbitrary: fc.double({ min: 0, max: 60, noNaN: true }).map(String), weight: 6 },
  {
    arbitrary: fc.constantFrom(
      'NaN',
      '+Inf',
      '-Inf',
      '-1',
      '',
      ' ',
      '1e3',
      '0x10',
      '007',
      '12.',
      '.5',
      ' 2 ',
      '9007199254740993',
      '-0',
      '1e400'
    ),
    weight: 3,
  },
  { arbitrary: fc.oneof(fc.double(), fc.constantFrom(null, true, 0.5, -2), fc.jsonValue({ maxDepth: 1 })), weight: 1 }
);
/** The `timestamp`: seconds as a JSON number; sometimes a string or something else. */
const exemplarTimestamp = fc.oneof(
  { arbitrary: fc.double({ min: 1.6e9, max: 1.8e9, noNaN: true }), weight: 6 },
  { arbitrary: fc.integer({ min: 0, max: 2e9 }), weight: 2 },
  { arbitrary: fc.constantFrom(1e306, -1e306, Number.MAX_VALUE, -0, 5e-324), weight: 1 },
  {
    arbitrary: fc.oneof(fc.constantFrom('1700000000', '1.7e9', '', 'x', null, true), fc.jsonValue({ maxDepth: 1 })),
    weight: 1,
  }
);

const exemplar = fc.oneof(
  { arbitrary: fc.record({ labels, value: exemplarValue, timestamp: exemplarTimestamp }), weight: 12 },
  // Other key orders, missing keys, extra keys.
  {
    arbitrary: fc.record({ value: exemplarValue, timestamp: exemplarTimestamp, labels }, { requiredKeys: [] }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      labels,
      value: exemplarValue,
      timestamp: exemplarTimestamp,
      extra: fc.jsonValue({ maxDepth: 1 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      labels: fc.oneof(
        fc.jsonValue({ maxDepth: 1 }),
        fc.dictionary(labelName, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 })
      ),
      value: exemplarValue,
      timestamp: exemplarTimestamp,
    }),
    weight: 1,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 }
);

const series = fc.oneof(
  { arbitrary: fc.record({ seriesLabels: labels, exemplars: fc.array(exemplar, { maxLength: 6 }) }), weight: 10 },
  {
    arbitrary: fc.record(
      { exemplars: fc.array(exemplar, { maxLength: 3 }), seriesLabels: labels },
      { requiredKeys: [] }
    ),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      seriesLabels: fc.jsonValue({ maxDepth: 1 }),
      exemplars: fc.oneof(fc.array(exemplar, { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })),
    }),
    weight: 1,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 }
);

/** What Prometheus writes: the shape the scanner reads directly. */
const plainLabels = fc.dictionary(
  // Names that sort alike under localeCompare ('1' and '1\u00ad'); IDX becomes the array index "1" in the 'index'
  // mutation, after other keys in the text, where JSON.parse moves it to the front.
  fc.constantFrom('trace_id', 'span_id', 'le', 'route', '__proto__', '1', '1\u00ad', 'a', 'a\u200b', 'IDX'),
  fc.oneof(
    fc.constantFrom('4bf92f3577b34da6', '/api/cart', '', '0.5'),
    fc.string({ maxLength: 5, unit: fc.constantFrom('a', '{', '}', ']', ',', ':', ' ', 'é', '<') })
  ),
  { maxKeys: 3 }
);
const plainBody = fc.record({
  status: fc.constant('success'),
  data: fc.array(
    fc.record({
      seriesLabels: plainLabels,
      exemplars: fc.array(
        fc.record({
          labels: plainLabels,
          value: fc.oneof(
            fc.double({ min: 0, max: 60, noNaN: true }).map(String),
            fc.constantFrom('NaN', '-1', '', '1e3', '007', '9007199254740993')
          ),
          timestamp: fc.oneof(
            fc.double({ min: 1.6e9, max: 1.8e9, noNaN: true }),
            fc.integer({ min: 0, max: 2e9 }),
            fc.constantFrom(1e306, 5e-324)
          ),
        }),
        { maxLength: 5 }
      ),
    }),
    { maxLength: 4 }
  ),
});

const body = fc.oneof(
  { arbitrary: plainBody, weight: 20 },
  { arbitrary: fc.record({ status: fc.constant('success'), data: fc.array(series, { maxLength: 4 }) }), weight: 12 },
  { arbitrary: fc.record({ data: fc.array(series, { maxLength: 3 }), status: fc.constant('success') }), weight: 1 },
  {
    arbitrary: fc.record({
      status: fc.constant('error'),
      errorType: fc.constantFrom('bad_data', 'timeout', 'execution'),
      error: fc.string({ maxLength: 20 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record(
      { status: fc.constantFrom('success', 'error', 'x'), data: fc.jsonValue({ maxDepth: 2 }) },
      { requiredKeys: [] }
    ),
    weight: 1,
  },
  { arbitrary: fc.array(series, { maxLength: 3 }), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 }
);

/** JSON number tokens and near-misses that Number() reads differently from JSON.parse. */
const numberToken = fc.constantFrom(
  '01',
  '1.',
  '.5',
  '+1',
  '1e400',
  '-1e400',
  '-1',
  'NaN',
  'Infinity',
  '0x10',
  '1E3',
  '-0',
  '"1700000000"',
  'null',
  'true',
  '1 ',
  ' 1',
  '1,"x":2',
  '[]',
  '{}',
  '1e',
  '0.0000001',
  '1700000000.123456789012'
);

/** What reaches the panel as text: mostly Prometheus' compact encoding, sometimes damaged on the way. */
const bodyText = fc
  .record({
    body,
    mutation: fc.oneof(
      { arbitrary: fc.constant<{ kind: 'none' }>({ kind: 'none' }), weight: 12 },
      { arbitrary: fc.record({ kind: fc.constant('pretty' as const) }), weight: 1 },
      { arbitrary: fc.record({ kind: fc.constant('index' as const) }), weight: 2 },
      {
        arbitrary: fc.record({
          kind: fc.constant('control' as const),
          char: fc.constantFrom('\u0000', '\u0001', '\n', '\t', '\u001f', '\u007f', '\u2028'),
        }),
        weight: 2,
      },
      {
        arbitrary: fc.record({ kind: fc.constant('timestamp' as const), token: numberToken, nth: fc.nat(5) }),
        weight: 3,
      },
      {
        arbitrary: fc.record({
          kind: fc.constant('tail' as const),
          tail: fc.constantFrom(
            '}\n',
            '} ',
            '}}',
            '}x',
            ',"warnings":["w"]}',
            ',"data":[]}',
            ',"status":"error"}',
            ',"infos":[1,2]}',
            ',}',
            '',
            ']}',
            ',"x":}'
          ),
        }),
        weight: 2,
      },
      {
        arbitrary: fc.record({
          kind: fc.constant('truncate' as const),
          at: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        weight: 2,
      },
      {
        arbitrary: fc.record({
          kind: fc.constant('prefix' as const),
          prefix: fc.constantFrom('\ufeff', ' ', '\n', 'x'),
        }),
        weight: 1,
      }
    ),
  })
  .map(({ body, mutation }) => {
    const compact = JSON.stringify(body) ?? 'null';
    switch (mutation.kind) {
      case 'none':
        return compact;
      case 'pretty':
        return JSON.stringify(body, null, 1);
      case 'index':
        return compact.replace(/"IDX":/g, '"1":');
      case 'control':
        return compact.replace(/CTRL/g, mutation.char);
      case 'timestamp': {
        let seen = 0;
        return compact.replace(/"timestamp":(-?[0-9.eE+-]+)/g, (whole) =>
          seen++ === mutation.nth ? `"timestamp":${mutation.token}` : whole
        );
      }
      case 'tail':
        return compact.endsWith('}') ? compact.slice(0, -1) + mutation.tail : compact;
      case 'truncate':
        return compact.slice(0, Math.floor(compact.length * mutation.at));
      case 'prefix':
        return mutation.prefix + compact;
    }
  });

/** The cap as options may hold it: usually a count, sometimes not a whole or positive number. */
const cap = fc.option(
  fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(-1, 0.5, 2.7, NaN, Infinity, -Infinity, 1e12)),
  { nil: undefined }
);

function effectiveCap(value: number | undefined): number {
  return value === undefined || Number.isNaN(value) ? Infinity : Math.max(0, Math.floor(value));
}

/** The reference: JSON.parse (text that is not JSON stays text), then the JSON reader. */
function reference(text: string, capOption: number | undefined) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  return exemplarSetFromPrometheusJson(parsed, { cap: capOption });
}

/** Exemplar entries in a parsed body the reader must account for, and whether it is a Prometheus answer at all. */
function entries(parsed: unknown): { total: number; readable: boolean } {
  const record =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  const data = Array.isArray(parsed)
    ? parsed
    : record && record.status !== 'error' && Array.isArray(record.data)
      ? record.data
      : undefined;
  if (!data) {
    return { total: 0, readable: false };
  }
  let total = 0;
  for (const s of data) {
    if (
      typeof s === 'object' &&
      s !== null &&
      !Array.isArray(s) &&
      Array.isArray((s as { exemplars?: unknown }).exemplars)
    ) {
      total += (s as { exemplars: unknown[] }).exemplars.length;
    }
  }
  return { total, readable: true };
}

function checkReport(report: RawExemplarReport, set: ExemplarSet, text: string, capOption: number | undefined) {
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  const { total, readable } = entries(parsed);
  if (!readable) {
    // Not a Prometheus answer: nothing read, and a sentence saying why.
    expect(set.size).toBe(0);
    expect(typeof report.error).toBe('string');
    expect(report.error!.length).toBeGreaterThan(10);
    return;
  }
  expect(report.error).toBeUndefined();
  expect(set.size).toBeLessThanOrEqual(effectiveCap(capOption));
  // Every exemplar entry is kept, rejected or truncated: nothing disappears without a count.
  expect(set.size + report.rejectedRows + report.truncatedRows).toBe(total);
}

describe('raw exemplar readers under fuzzing', () => {
  it('the fast scanner and JSON.parse give identical sets and reports for any body text', () => {
    let fastPath = 0;
    // Counts JSON.parse calls without keeping their arguments (a jest spy would hold every body).
    const parse = JSON.parse;
    let parses = 0;
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => {
      parses++;
      return parse(...args);
    };
    try {
      fc.assert(
        fc.property(bodyText, cap, (text, capOption) => {
          const before = parses;
          const actual = exemplarSetFromPrometheusText(text, { cap: capOption });
          fastPath += parses === before ? 1 : 0;
          const expected = reference(text, capOption);
          expect(consistent(actual.set)).toBeUndefined();
          expect(view(actual.set)).toEqual(view(expected.set));
          expect(actual.report).toEqual({ ...expected.report, error: expected.report.error ?? actual.report.error });
          expect(actual.report.error).toBe(expected.report.error);
          checkReport(actual.report, actual.set, text, capOption);
        }),
        { numRuns: 10_000 }
      );
    } finally {
      JSON.parse = parse;
    }
    // The property must exercise the scanner, not only the fallback.
    expect(fastPath).toBeGreaterThan(3000);
  });

  it('the JSON reader accepts any parsed value and accounts for every exemplar entry', () => {
    fc.assert(
      fc.property(fc.oneof(body, fc.anything({ maxDepth: 2 })), cap, (parsed, capOption) => {
        const { set, report } = exemplarSetFromPrometheusJson(parsed, { cap: capOption });
        expect(consistent(set)).toBeUndefined();
        // `anything` can hold values JSON cannot carry; the count check needs a JSON round trip only for those.
        const { total, readable } = entries(parsed);
        if (!readable) {
          expect(set.size).toBe(0);
          expect(report.error).toMatch(/^(Prometheus: \w+: .|The exemplar API .+\.)/);
        } else {
          expect(set.size + report.rejectedRows + report.truncatedRows).toBe(total);
        }
        // Parsed or text, the response reader gives the same.
        const text = JSON.stringify(parsed);
        if (text !== undefined && typeof parsed !== 'string') {
          expect(view(exemplarSetFromPrometheusResponse(text, { cap: capOption }).set)).toEqual(
            view(exemplarSetFromPrometheusJson(JSON.parse(text), { cap: capOption }).set)
          );
        }
      }),
      { numRuns: 5_000 }
    );
  });

  it('keeps exactly the exemplars with a finite time and a finite, non-negative latency', () => {
    const canonical = fc.array(
      fc.record({
        seriesLabels: fc.dictionary(fc.constantFrom('le', 'route', 'job'), fc.constantFrom('0.5', '/a', 'x<y>'), {
          maxKeys: 2,
        }),
        exemplars: fc.array(
          fc.record({
            labels: fc.record({
              trace_id: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 1, maxLength: 8 }),
            }),
            value: exemplarValue,
            timestamp: exemplarTimestamp,
          }),
          { maxLength: 6 }
        ),
      }),
      { maxLength: 4 }
    );
    const toNumber = (v: unknown) =>
      typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    fc.assert(
      fc.property(canonical, (generated) => {
        // As the server would send it (JSON has no -0).
        const data = JSON.parse(JSON.stringify(generated)) as typeof generated;
        const { set, report } = exemplarSetFromPrometheusText(JSON.stringify({ status: 'success', data }));
        const kept = data.flatMap((s) =>
          s.exemplars
            .map((e) => ({ t: toNumber(e.timestamp) * 1000, v: toNumber(e.value), trace: e.labels.trace_id }))
            .filter((e) => Number.isFinite(e.t) && Number.isFinite(e.v) && e.v >= 0)
        );
        expect(report.rejectedRows).toBe(data.reduce((n, s) => n + s.exemplars.length, 0) - kept.length);
        expect(
          view(set).rows.map((r) => ({ t: r.t, v: r.v, trace: r.labels.find(([name]) => name === 'trace_id')?.[1] }))
        ).toEqual(kept);
      }),
      { numRuns: 3_000 }
    );
  });
});
