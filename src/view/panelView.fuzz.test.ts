import { DataFrame, FieldType } from '@grafana/data';
import fc from 'fast-check';

import { nearValidOptions } from '../__fixtures__/hostileOptions';
import { ExemplarTraceIdDestination } from '../links/types';
import { migrateOptions } from '../migrations';
import { exemplarFrame, quantileFrame } from '../data/__fixtures__/prometheusFrames';
import { hostileExemplarFrame, hostileSeriesFrame } from '../data/__fixtures__/hostileFrames';
import { findLabel } from '../data/columnar';
import { Diagnostic } from '../data/diagnostics';
import { exemplarFilterMask, parseExemplarFilter } from '../data/exemplarFilter';
import { buildPanelView, PanelView, PanelViewInputs } from './panelView';
import { exemplarSetFromPrometheusJson } from '../data/rawExemplars';

/**
 * The whole panel model from hostile inputs: broken series and exemplar frames, options from old or
 * hand-edited dashboards, filter text, data source settings of any shape, query errors, raw exemplar
 * answers. Whatever comes in, the model's columns agree with each other, and whatever is wrong or left out
 * becomes a readable diagnostic with the numbers in it — never an exception, never a silent empty panel.
 */

const T0 = 1_700_000_000_000;

/** Realistic quantile lines (some all-NaN), so the model usually has something to draw. */
const realisticSeries = fc
  .record({
    refId: fc.constantFrom('p50', 'p99', 'A'),
    route: fc.constantFrom('/api/cart', '/api/checkout', '<img src=x onerror=alert(1)>'),
    values: fc.array(fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), fc.constant(null)), {
      minLength: 1,
      maxLength: 6,
    }),
  })
  .map(({ refId, route, values }) =>
    quantileFrame({
      refId,
      labels: { route },
      displayName: `${refId} ${route}`,
      timeMs: values.map((_, i) => T0 + i * 15_000),
      values,
    })
  );

const realisticExemplars = fc
  .array(
    fc.record({
      dt: fc.integer({ min: -60_000, max: 120_000 }),
      value: fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), fc.constantFrom(NaN, -1)),
      route: fc.constantFrom('/api/cart', '/api/checkout', '/other'),
      status: fc.constantFrom('200', '500', ''),
      trace: fc.constantFrom('trace_id', 'traceID', 'request_id', 'trace.id'),
      traceValue: fc.constantFrom('4bf92f3577b34da6a3ce929d0e0e4736', '', 'javascript:alert(1)', '<script>x</script>'),
    }),
    { maxLength: 8 }
  )
  .map((rows) =>
    exemplarFrame(
      'p99',
      rows.map((r) => ({
        timeMs: T0 + r.dt,
        value: r.value,
        labels: { route: r.route, status: r.status, [r.trace]: r.traceValue },
      }))
    )
  );

/**
 * Exemplar frames of any shape, each with one extra label unique per row, so that no two rows are copies: the
 * model's de-duplication of repeated frames must then keep every row, and the counts must add up.
 */
const distinctExemplarFrames = fc
  .array(
    fc.oneof(
      hostileExemplarFrame(8).map((h) => h.frame),
      realisticExemplars
    ),
    { maxLength: 3 }
  )
  .map((frames) =>
    frames.map((frame, f): DataFrame => {
      const rows = Math.max(0, ...frame.fields.map((field) => field.values.length));
      const uid = {
        name: 'row_uid',
        type: FieldType.string,
        config: {},
        values: Array.from({ length: rows }, (_, row) => `f${f}r${row}`),
      };
      return { ...frame, fields: [...frame.fields.filter((field) => field.name !== 'row_uid'), uid] };
    })
  );

const filterText = fc.oneof(
  fc.constantFrom(
    '',
    'status=~"5.."',
    'route="/api/cart", status!="500"',
    'status=~"5(("',
    'oops',
    '{route=~"/api/.*"}',
    'trace_id!=""'
  ),
  fc.string({ maxLength: 20 })
);

const destinations: fc.Arbitrary<ExemplarTraceIdDestination[]> = fc.oneof(
  fc.constant([{ name: 'trace_id', datasourceUid: 'tempo' }]).map((d) => [...d]),
  fc.array(
    fc.record(
      {
        name: fc.constantFrom('trace_id', 'traceID', '', 'request_id'),
        datasourceUid: fc.constantFrom('tempo', 'jaeger', 'gone', ''),
        url: fc.constantFrom(
          'https://tool/trace/${__value.raw}',
          'javascript:alert(1)//${__value.raw}',
          ' \tjavascript:alert(1)',
          'data:text/html,x'
        ),
        urlDisplayLabel: fc.string({ maxLength: 5 }),
      },
      { requiredKeys: ['name'] }
    ),
    { maxLength: 3 }
  )
);

const tracingDatasources = fc.subarray([
  { uid: 'tempo', name: 'Tempo', type: 'tempo' },
  { uid: 'jaeger', name: 'Jaeger', type: 'jaeger' },
  { uid: 'zipkin', name: 'Zipkin', type: 'zipkin' },
  { uid: 'loki', name: 'Loki', type: 'loki' },
]);

const rawAnswer = fc.option(
  fc.oneof(
    fc.record({
      status: fc.constant('success'),
      data: fc.array(
        fc.record({
          seriesLabels: fc.record({ route: fc.constantFrom('/api/cart', '/x') }),
          exemplars: fc.array(
            fc.record({
              labels: fc.record({ trace_id: fc.constantFrom('abc', '') }),
              value: fc.constantFrom('0.1', 'NaN', '-1', '2'),
              timestamp: fc.constantFrom(T0 / 1000, NaN, 'x'),
            }),
            { maxLength: 4 }
          ),
        }),
        { maxLength: 3 }
      ),
    }),
    fc.record({ status: fc.constant('error'), errorType: fc.constant('timeout'), error: fc.string({ maxLength: 10 }) }),
    fc.constantFrom('<html>502 Bad Gateway</html>', null)
  ),
  { nil: undefined }
);

const inputs = fc
  .record({
    mode: fc.constantFrom<'builder' | 'panel'>('builder', 'panel'),
    seriesFrames: fc.array(
      fc.oneof({ arbitrary: realisticSeries, weight: 3 }, { arbitrary: hostileSeriesFrame, weight: 1 }),
      { maxLength: 4 }
    ),
    exemplarFrames: distinctExemplarFrames,
    errors: fc.array(
      fc.oneof(
        fc.constantFrom('bad_data: parse error', 'Gateway Timeout', '<img src=x onerror=alert(1)>', ''),
        fc.string({ maxLength: 12 })
      ),
      { maxLength: 2 }
    ),
    savedOptions: nearValidOptions,
    filter: filterText,
    maxExemplars: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    exemplarsRequested: fc.boolean(),
    datasourceDestinations: destinations,
    tracingDatasources,
    rangeToMs: fc.oneof(fc.constant(T0), fc.constantFrom(NaN, 0, T0 - 7 * 3600_000)),
    nowMs: fc.constantFrom(T0, NaN),
    storeType: fc.option(fc.constantFrom('Mimir', 'cortex', 'Prometheus', ''), { nil: undefined }),
    raw: rawAnswer,
  })
  .map((g): PanelViewInputs => {
    const options = migrateOptions(g.savedOptions);
    options.exemplars.filter = g.filter;
    if (g.maxExemplars !== undefined) {
      options.exemplars.maxExemplars = g.maxExemplars;
    }
    return {
      mode: g.mode,
      seriesFrames: g.seriesFrames,
      exemplarFrames: g.exemplarFrames,
      errors: g.errors,
      options,
      exemplarsRequested: g.exemplarsRequested,
      datasourceDestinations: g.datasourceDestinations,
      tracingDatasources: g.tracingDatasources,
      rangeToMs: g.rangeToMs,
      nowMs: g.nowMs,
      storeType: g.storeType,
      allExemplars:
        g.raw === undefined ? undefined : exemplarSetFromPrometheusJson(g.raw, { cap: options.exemplars.maxExemplars }),
    };
  });

/** Rows of the usable exemplar frames (a time and a value field), as the parser counts them. */
function usableRows(frames: DataFrame[]): number {
  let rows = 0;
  for (const frame of frames) {
    const time = frame.fields.find((f) => f.type === FieldType.time) ?? frame.fields.find((f) => f.name === 'Time');
    const value =
      time &&
      (frame.fields.find((f) => f !== time && f.name === 'Value') ??
        frame.fields.find((f) => f !== time && f.type === FieldType.number));
    if (time && value) {
      rows += Math.max(time.values.length, value.values.length);
    }
  }
  return rows;
}

function diagnosticProblems(list: Diagnostic[], model: PanelView): string[] {
  const problems: string[] = [];
  if (new Set(list.map((d) => d.id)).size !== list.length) {
    problems.push(`repeated ids ${list.map((d) => d.id)}`);
  }
  for (const d of list) {
    if (
      !['error', 'warning', 'info'].includes(d.severity) ||
      typeof d.title !== 'string' ||
      d.title.trim() === '' ||
      typeof d.detail !== 'string'
    ) {
      problems.push(`unreadable diagnostic ${JSON.stringify(d)}`);
    }
    if (!Array.isArray(d.fixes) || d.fixes.some((f) => typeof f !== 'string' || f.trim() === '')) {
      problems.push(`fixes of ${d.id}`);
    }
    if (d.action && !(d.action.kind === 'map-label' && findLabel(model.exemplars, d.action.labelName))) {
      problems.push(`action of ${d.id} maps a label the exemplars do not carry: ${d.action.labelName}`);
    }
  }
  return problems;
}

describe('the panel model under fuzzing', () => {
  it('holds together and explains every problem with a readable diagnostic, whatever the inputs', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const model = buildPanelView(input);
        const { exemplars, diagnostics, parseReport } = model;
        const ids = diagnostics.map((d) => d.id);

        // Columns agree.
        expect([model.groupOfExemplar.length, model.isError.length, model.filterMask.length]).toEqual([
          exemplars.size,
          exemplars.size,
          exemplars.size,
        ]);
        expect(Array.from(model.groupOfExemplar).every((g) => g >= -1 && g < model.groups.length)).toBe(true);
        expect(diagnosticProblems(diagnostics, model)).toEqual([]);

        // The filter: applied when readable, else everything passes and (with lines to show) the panel says why.
        const filter = parseExemplarFilter(input.options.exemplars.filter);
        expect(Array.from(model.filterMask)).toEqual(
          Array.from(
            filter.ok ? exemplarFilterMask(exemplars, filter.matchers) : new Uint8Array(exemplars.size).fill(1)
          )
        );

        // Links: an exemplar counts as linked when any rule's label is on it.
        const linked = Array.from({ length: exemplars.size }, (_, row) =>
          model.rules.some((r) => (findLabel(exemplars, r.labelName)?.codes[row] ?? -1) >= 0)
        ).filter(Boolean).length;
        expect(model.linkedExemplars).toBe(linked);

        // Nothing disappears without a count: sampled frames (rows made distinct) and raw answers alike.
        if (input.allExemplars) {
          expect(parseReport).toMatchObject({
            rejectedRows: input.allExemplars.report.rejectedRows,
            truncatedRows: input.allExemplars.report.truncatedRows,
          });
        } else {
          expect(exemplars.size + parseReport.rejectedRows + parseReport.truncatedRows).toBe(
            usableRows(input.exemplarFrames)
          );
          expect(exemplars.size).toBeLessThanOrEqual(input.options.exemplars.maxExemplars);
        }

        // Every query error is shown as an error, with its text.
        const errors = [
          ...input.errors,
          ...(input.allExemplars?.report.error ? [`Raw exemplars: ${input.allExemplars.report.error}`] : []),
        ];
        for (const message of errors) {
          expect(diagnostics.some((d) => d.severity === 'error' && d.detail === message)).toBe(true);
        }

        const hasLines = model.series.some((s) => s.value.some(Number.isFinite));
        if (!hasLines) {
          // No chart: the diagnostics fill the panel, so there must be one.
          expect(diagnostics.length).toBeGreaterThan(0);
          expect(ids.includes('no-series')).toBe(errors.length === 0);
          return;
        }
        expect(ids.includes('filter')).toBe(!filter.ok);
        const rejected = parseReport.rejectedRows + parseReport.unusableFrames;
        expect(ids.includes('rejected-exemplars')).toBe(rejected > 0);
        if (rejected > 0) {
          expect(diagnostics.find((d) => d.id === 'rejected-exemplars')!.detail).toContain(
            `${parseReport.rejectedRows} exemplars`
          );
        }
        expect(ids.includes('truncated-exemplars')).toBe(parseReport.truncatedRows > 0);
        if (parseReport.truncatedRows > 0) {
          expect(diagnostics.find((d) => d.id === 'truncated-exemplars')!.detail).toContain(
            `${parseReport.truncatedRows} exemplars`
          );
        }
        if (exemplars.size === 0) {
          expect(ids.includes(input.exemplarsRequested ? 'no-exemplars' : 'exemplars-off')).toBe(true);
        } else if (linked === 0) {
          // Exemplars without a usable trace label: the panel says which label it would map.
          expect(ids.some((id) => id === 'no-trace-label' || id === 'label-name-mismatch')).toBe(true);
        }
      }),
      { numRuns: 10_000 }
    );
  });
});
