import { COMMON_TRACE_ID_LABELS } from '../links/mapping';
import fc from 'fast-check';

import { EffectiveRule } from '../links/types';
import { diagnose, DiagnosticInputs } from './diagnostics';
import { ExemplarSet, LatencySeries } from './model';

/**
 * `diagnose` directly, with inputs no realistic frame produces: any error texts, rules with and without
 * problems for labels present or absent, parse reports with any counts, store types, metric names, time ranges
 * (NaN included). The panel shows these lines as its only explanation, so each must be well formed, tell the
 * numbers, and the set must follow the rules the panel relies on.
 */

const labelNames = [
  'trace_id',
  'traceID',
  'request_id',
  'span_id',
  'le',
  'job',
  '__name__',
  'route',
  '__proto__',
  'user.trace',
];

const exemplarSet = fc
  .record({
    size: fc.nat(6),
    names: fc.subarray(labelNames),
    values: fc.constantFrom(['4bf92f3577b34da6a3ce929d0e0e4736'], ['a', 'b'], ['<img src=x>'], ['x'.repeat(20)]),
  })
  .map(({ size, names, values }): ExemplarSet => ({
    size,
    timeMs: new Float64Array(size),
    value: new Float64Array(size),
    labels: names.map((name) => ({
      name,
      dict: [...values],
      codes: Int32Array.from({ length: size }, (_, i) => (i % (values.length + 1)) - 1),
    })),
    refIds: { name: 'refId', dict: [], codes: new Int32Array(size).fill(-1) },
    source: 'sampled',
  }));

const series = fc
  .array(fc.array(fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), fc.constant(NaN)), { maxLength: 3 }), {
    maxLength: 3,
  })
  .map((lines) =>
    lines.map((values): LatencySeries => ({
      refId: 'A',
      name: 'p99',
      labels: {},
      timeMs: new Float64Array(values.length),
      value: Float64Array.from(values),
      unit: 's',
    }))
  );

const rule: fc.Arbitrary<EffectiveRule> = fc.record({
  labelName: fc.constantFrom(...labelNames),
  kind: fc.constantFrom('datasource' as const, 'url' as const),
  origin: fc.constantFrom('panel' as const, 'datasource' as const, 'auto' as const),
  problem: fc.option(fc.constantFrom('No URL template is set.', 'Tracing data source "gone" was not found.'), {
    nil: undefined,
  }),
});

const inputs: fc.Arbitrary<DiagnosticInputs> = fc.record({
  mode: fc.constantFrom('builder' as const, 'panel' as const),
  metric: fc.option(fc.constantFrom('http_server_request_duration_seconds', 'job:latency:rate5m', '', '<b>x</b>'), {
    nil: undefined,
  }),
  errors: fc.array(
    fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('bad_data: parse error', '<img src=x onerror=alert(1)>')),
    { maxLength: 3 }
  ),
  series,
  exemplars: exemplarSet,
  parseReport: fc.option(
    fc.record({
      frames: fc.nat(5),
      rejectedRows: fc.nat(1_000_000),
      unusableFrames: fc.nat(3),
      truncatedRows: fc.nat(1_000_000),
    }),
    { nil: undefined }
  ),
  exemplarsRequested: fc.boolean(),
  rules: fc.array(rule, { maxLength: 4 }),
  traceIdLabels: fc.constant(COMMON_TRACE_ID_LABELS),
  linkedExemplars: fc.nat(6),
  rangeToMs: fc.oneof(fc.constant(1.7e12), fc.constantFrom(NaN, 0)),
  nowMs: fc.oneof(fc.constant(1.7e12), fc.constant(1.7e12 + 7 * 3600_000), fc.constant(NaN)),
  filterError: fc.option(
    fc.constantFrom('"(" is not a valid regular expression.', 'Cannot read the exemplar filter at "x".'),
    { nil: undefined }
  ),
  storeType: fc.option(fc.constantFrom('Mimir', 'cortex', 'Prometheus', 'thanos', ''), { nil: undefined }),
});

describe('diagnostics under fuzzing', () => {
  it('are well formed, state the numbers, and follow the rules the panel relies on', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const found = diagnose(input);
        const ids = found.map((d) => d.id);
        const problems: string[] = [];
        if (new Set(ids).size !== ids.length) {
          problems.push(`repeated ids ${ids}`);
        }
        for (const d of found) {
          if (
            !['error', 'warning', 'info'].includes(d.severity) ||
            !d.title.trim() ||
            typeof d.detail !== 'string' ||
            d.fixes.some((f) => !f.trim())
          ) {
            problems.push(`malformed ${JSON.stringify(d)}`);
          }
          if (d.action && !input.exemplars.labels.some((c) => c.name === d.action!.labelName)) {
            problems.push(`${d.id} maps ${d.action.labelName}, which the exemplars do not carry`);
          }
        }
        // Query errors come first, in order, with their text.
        input.errors.forEach((message, i) => {
          if (found[i]?.id !== `error-${i}` || found[i].detail !== message || found[i].severity !== 'error') {
            problems.push(`error ${i} not shown first`);
          }
        });
        const hasLines = input.series.some((s) => s.value.some(Number.isFinite));
        if (!hasLines) {
          // No chart: errors, or the one explanation why there is nothing.
          const expected = input.errors.length > 0 ? input.errors.map((_, i) => `error-${i}`) : ['no-series'];
          if (JSON.stringify(ids) !== JSON.stringify(expected)) {
            problems.push(`without lines: ${ids}`);
          }
        } else {
          const report = input.parseReport;
          const rejected = report ? report.rejectedRows + report.unusableFrames : 0;
          const rejectedLine = found.find((d) => d.id === 'rejected-exemplars');
          if (
            Boolean(rejectedLine) !== rejected > 0 ||
            (rejectedLine && !rejectedLine.detail.includes(String(report!.rejectedRows)))
          ) {
            problems.push('rejected rows not reported with their count');
          }
          const truncated = found.find((d) => d.id === 'truncated-exemplars');
          if (
            Boolean(truncated) !== (report?.truncatedRows ?? 0) > 0 ||
            (truncated && !truncated.detail.includes(String(report!.truncatedRows)))
          ) {
            problems.push('truncated rows not reported with their count');
          }
          if (ids.includes('filter') !== Boolean(input.filterError)) {
            problems.push('filter error not reported');
          }
          if (
            input.exemplars.size === 0 &&
            !ids.includes(input.exemplarsRequested ? 'no-exemplars' : 'exemplars-off')
          ) {
            problems.push('no exemplars not explained');
          }
          for (const r of input.rules) {
            // The first rule for a label is the one links use: its problem, if any, is the one reported.
            const first = input.rules.find((x) => x.labelName === r.labelName)!;
            const present = input.exemplars.labels.some((c) => c.name === r.labelName);
            if (ids.includes(`rule-${r.labelName}`) !== (present && Boolean(first.problem))) {
              problems.push(`rule ${r.labelName}`);
            }
          }
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 10_000 }
    );
  });
});
