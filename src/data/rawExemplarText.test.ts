import fc from 'fast-check';
import { labelsOf } from './columnar';
import { ExemplarSet } from './model';
import { exemplarSetFromPrometheusText } from './rawExemplarText';
import { exemplarSetFromPrometheusJson } from './rawExemplars';

function rows(set: ExemplarSet) {
  return Array.from({ length: set.size }, (_, i) => ({ t: set.timeMs[i], v: set.value[i], labels: labelsOf(set, i) }));
}

const body = {
  status: 'success',
  data: [
    {
      seriesLabels: { __name__: 'http_server_request_duration_seconds_bucket', le: '0.5', route: '/api/cart' },
      exemplars: [
        { labels: { trace_id: 'aaaa' }, value: '0.31', timestamp: 1700000000.123 },
        { labels: {}, value: 'NaN', timestamp: 1700000000.5 },
        { labels: { trace_id: 'bbbb', span_id: 'cc' }, value: '0.42', timestamp: 1700000001 },
      ],
    },
    { seriesLabels: {}, exemplars: [] },
    { seriesLabels: { le: '+Inf' }, exemplars: [{ labels: { trace_id: 'dddd' }, value: '1e1', timestamp: 1.7e9 }] },
  ],
};

describe('exemplarSetFromPrometheusText', () => {
  it('reads Prometheus compact output exactly as JSON.parse would', () => {
    const fast = exemplarSetFromPrometheusText(JSON.stringify(body));
    const reference = exemplarSetFromPrometheusJson(body);
    expect(rows(fast.set)).toEqual(rows(reference.set));
    expect(fast.report).toEqual({ series: 3, rejectedRows: 1, truncatedRows: 0 });
    expect(rows(fast.set)[2]).toEqual({ t: 1.7e12, v: 10, labels: { le: '+Inf', trace_id: 'dddd' } });
  });

  it('falls back to JSON.parse for pretty-printed text, escapes and other key orders', () => {
    const escaped = JSON.parse(JSON.stringify(body));
    escaped.data[0].exemplars[0].labels.trace_id = 'a"b\\c';
    for (const text of [
      JSON.stringify(body, null, 2),
      JSON.stringify(escaped),
      JSON.stringify({ data: body.data, status: 'success' }),
    ]) {
      expect(rows(exemplarSetFromPrometheusText(text).set)).toEqual(
        rows(exemplarSetFromPrometheusJson(JSON.parse(text)).set)
      );
    }
  });

  it('reports errors and non-JSON text', () => {
    expect(exemplarSetFromPrometheusText('{"status":"error","errorType":"bad_data","error":"boom"}').report.error).toBe(
      'Prometheus: bad_data: boom'
    );
    expect(exemplarSetFromPrometheusText('<html>502 Bad Gateway</html>').report.error).toBe(
      'The exemplar API returned something that is not JSON.'
    );
  });

  it('reads numbers exactly as Number() does, past 2^53 digits and at the edges', () => {
    const values = [
      '91.87504624337353',
      '9007199254740993',
      '0.1',
      '12.',
      '.5',
      '007',
      '1e-3',
      '-0.5',
      ' 1',
      '',
      'Infinity',
    ];
    const text = JSON.stringify({
      status: 'success',
      data: [
        {
          seriesLabels: {},
          exemplars: values.map((value, i) => ({ labels: { i: String(i) }, value, timestamp: 1700000000.001 + i })),
        },
      ],
    });
    const expected = exemplarSetFromPrometheusJson(JSON.parse(text)).set;
    const fast = exemplarSetFromPrometheusText(text).set;
    expect(rows(fast)).toEqual(rows(expected));
    // Negative, empty and infinite latencies are rejected.
    expect(Array.from(fast.value)).toEqual([91.87504624337353, Number('9007199254740993'), 0.1, 12, 0.5, 7, 0.001, 1]);
  });

  it('honours the cap', () => {
    const { set, report } = exemplarSetFromPrometheusText(JSON.stringify(body), { cap: 2 });
    expect(set.size).toBe(2);
    expect(report.truncatedRows).toBe(1);
  });

  it('agrees with the JSON reader on arbitrary label text and values', () => {
    const label = fc.string({ maxLength: 12 });
    const exemplar = fc.record({
      labels: fc.dictionary(fc.stringMatching(/^[a-z_]{1,6}$/), label, { maxKeys: 3 }),
      value: fc.oneof(
        fc.double({ min: 0, max: 100, noNaN: true }).map(String),
        fc.constantFrom('NaN', '+Inf', '-1', '')
      ),
      timestamp: fc.double({ min: 1e9, max: 2e9, noNaN: true }),
    });
    const series = fc.record({
      seriesLabels: fc.dictionary(fc.stringMatching(/^[a-z_]{1,6}$/), label, { maxKeys: 3 }),
      exemplars: fc.array(exemplar, { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(series, { maxLength: 4 }), (data) => {
        const text = JSON.stringify({ status: 'success', data });
        expect(rows(exemplarSetFromPrometheusText(text).set)).toEqual(
          rows(exemplarSetFromPrometheusJson(JSON.parse(text)).set)
        );
      }),
      { numRuns: 500 }
    );
  });
});

/** Bodies the fuzz suite (rawExemplars.fuzz.test.ts) found read differently by the scanner and by JSON.parse. */
describe('exemplarSetFromPrometheusText on bodies that are not quite Prometheus JSON', () => {
  const one = (exemplar: string, tail = '}') =>
    `{"status":"success","data":[{"seriesLabels":{"le":"0.5"},"exemplars":[${exemplar}]}]${tail}`;
  const ok = '{"labels":{"trace_id":"aa"},"value":"0.5","timestamp":1700000000}';
  const both = (text: string) => {
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    const reference = exemplarSetFromPrometheusJson(parsed);
    const fast = exemplarSetFromPrometheusText(text);
    expect(rows(fast.set)).toEqual(rows(reference.set));
    expect(fast.report).toEqual(reference.report);
    return fast;
  };
  const notJson = 'The exemplar API returned something that is not JSON.';

  it('refuses a body cut off after the data list, or followed by more text', () => {
    expect(both(one(ok, '')).report.error).toBe(notJson);
    expect(both(one(ok, '}}')).report.error).toBe(notJson);
    expect(both(one(ok, '}\n')).set.size).toBe(1);
    // Keys after the data list are read by JSON.parse: a later "data" wins there.
    expect(both(one(ok, ',"data":[]}')).set.size).toBe(0);
    expect(both(one(ok, ',"warnings":["partial"]}')).set.size).toBe(1);
  });

  it('refuses trailing commas, raw control characters and number tokens JSON does not allow', () => {
    expect(both(one(`${ok},`)).report.error).toBe(notJson);
    expect(both(one(ok).replace('"aa"', '"a\nb"')).report.error).toBe(notJson);
    for (const token of ['01', '1.', '.5', '+1', 'NaN', 'Infinity', '0x10']) {
      expect(both(one(ok.replace('1700000000', token))).report.error).toBe(notJson);
    }
  });

  it('reads what JSON.parse reads: string timestamps, keys after the timestamp, a repeated label', () => {
    expect(both(one(ok.replace('1700000000', '"1700000000"'))).set.timeMs[0]).toBe(1700000000000);
    expect(both(one(ok.replace('}', '},"x":1').replace(/}$/, ',"extra":2}'))).set.size).toBe(1);
    // The last value of a repeated label wins, even an empty one (absent).
    expect(rows(both(one(ok.replace('"trace_id":"aa"', '"trace_id":"aa","trace_id":""'))).set)[0].labels).toEqual({
      le: '0.5',
    });
  });

  it('rejects timestamps whose milliseconds overflow, as the JSON reader does', () => {
    const { set, report } = both(one(ok.replace('1700000000', '1e306')));
    expect(set.size).toBe(0);
    expect(report.rejectedRows).toBe(1);
  });

  it('takes a cap that is not a whole positive number without throwing', () => {
    for (const [cap, size] of [
      [-1, 0],
      [0.5, 0],
      [1.9, 1],
      [NaN, 1],
      [-Infinity, 0],
    ]) {
      expect(exemplarSetFromPrometheusText(one(ok), { cap }).set.size).toBe(size);
      expect(exemplarSetFromPrometheusText(one(ok, ',"x":0}'), { cap }).set.size).toBe(size);
    }
  });
});

describe('label column order', () => {
  it('does not depend on the order labels were read in, even for names localeCompare calls equal', () => {
    // JSON.parse moves the array index "1" before "1\u00ad" (soft hyphen); the scanner reads them in text order.
    const text =
      '{"status":"success","data":[{"seriesLabels":{"1\u00ad":"a","1":"b"},"exemplars":[{"labels":{},"value":"1","timestamp":1}]}]}';
    const names = (set: ExemplarSet) => set.labels.map((c) => c.name);
    expect(names(exemplarSetFromPrometheusText(text).set)).toEqual(['1', '1\u00ad']);
    expect(names(exemplarSetFromPrometheusJson(JSON.parse(text)).set)).toEqual(['1', '1\u00ad']);
  });
});
