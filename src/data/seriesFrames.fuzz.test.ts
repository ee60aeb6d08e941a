import { DataFrame, FieldType } from '@grafana/data';
import fc from 'fast-check';

import { hostileSeriesFrame } from './__fixtures__/hostileFrames';
import { isExemplarFrame } from './exemplarFrames';
import { quantileFromExpr } from './promql';
import { latencySeriesFromFrames, splitFrames, unitFromMetricName } from './seriesFrames';

/** Quantile frames of any shape (see hostileSeriesFrame) → latency lines. */

/** Which fields become latency lines, from the frames alone: number fields of frames with a time field. */
function expectedLines(frames: DataFrame[]): Array<{ frame: DataFrame; field: DataFrame['fields'][number] }> {
  const isSeriesFrame = (frame: DataFrame) =>
    !isExemplarFrame(frame) && !frame.meta?.dataTopic && frame.fields.some((f) => f.type === FieldType.time);
  return frames.filter(isSeriesFrame).flatMap((frame) => {
    const time = frame.fields.find((f) => f.type === FieldType.time);
    return frame.fields.filter((f) => f !== time && f.type === FieldType.number).map((field) => ({ frame, field }));
  });
}

describe('quantile series frames under fuzzing', () => {
  it('turn into one well-formed line per number field of each time series frame, whatever the frames hold', () => {
    fc.assert(
      fc.property(
        fc.array(hostileSeriesFrame, { maxLength: 4 }),
        fc.option(
          fc.dictionary(
            fc.constantFrom('A', 'p99', 'p50'),
            fc.oneof(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.constantFrom(NaN, 2, -1)),
            { maxKeys: 2 }
          ),
          { nil: undefined }
        ),
        fc.option(fc.constantFrom('http_server_request_duration_seconds', 'x_ms', 'y', ''), { nil: undefined }),
        (generated, quantileByRefId, metric) => {
          const frames = generated;
          const series = latencySeriesFromFrames(frames, { quantileByRefId, metric });
          const expected = expectedLines(frames);
          expect(series).toHaveLength(expected.length);
          const problems = series.flatMap((s, i) => {
            const { frame, field } = expected[i];
            const time = frame.fields.find((f) => f.type === FieldType.time)!;
            const issues: string[] = [];
            if (s.timeMs.length !== time.values.length || s.value.length !== s.timeMs.length) {
              issues.push(
                `line ${i}: ${s.timeMs.length} times for ${time.values.length} cells, ${s.value.length} values`
              );
            }
            if (
              typeof s.name !== 'string' ||
              typeof s.unit !== 'string' ||
              s.unit === '' ||
              typeof s.refId !== 'string'
            ) {
              issues.push(`line ${i}: name ${String(s.name)}, unit ${String(s.unit)}, refId ${String(s.refId)}`);
            }
            if (
              s.quantile !== undefined &&
              !(s.quantile > 0 && s.quantile < 1) &&
              quantileByRefId?.[s.refId] === undefined
            ) {
              issues.push(`line ${i}: quantile ${s.quantile} read from the query`);
            }
            // Labels are text (Grafana's Labels type): numbers and booleans as text, other values left out.
            const raw: unknown = field.labels;
            const meant =
              typeof raw === 'object' && raw !== null && !Array.isArray(raw)
                ? Object.entries(raw).flatMap(([k, v]) =>
                    typeof v === 'string'
                      ? [[k, v]]
                      : typeof v === 'number' || typeof v === 'boolean'
                        ? [[k, String(v)]]
                        : []
                  )
                : [];
            if (JSON.stringify(Object.entries(s.labels)) !== JSON.stringify(meant) || s.labels === raw) {
              issues.push(`line ${i}: labels ${JSON.stringify(s.labels)} from ${JSON.stringify(raw)}`);
            }
            return issues;
          });
          expect(problems).toEqual([]);
        }
      ),
      { numRuns: 6_000 }
    );
  });

  it('split responses into series and exemplar frames, dropping only annotation frames', () => {
    fc.assert(
      fc.property(fc.array(hostileSeriesFrame, { maxLength: 6 }), (generated) => {
        const frames = generated;
        const { series, exemplars } = splitFrames(frames);
        expect(exemplars.every(isExemplarFrame)).toBe(true);
        expect(series.some((f) => isExemplarFrame(f) || f.meta?.dataTopic)).toBe(false);
        expect(series.length + exemplars.length).toBe(
          frames.filter((f) => isExemplarFrame(f) || !f.meta?.dataTopic).length
        );
      }),
      { numRuns: 2_000 }
    );
  });

  it('reads units and quantiles out of any text, in linear time', () => {
    const expr = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc
        .tuple(
          fc.constantFrom('histogram_quantile(', 'HISTOGRAM_QUANTILE (', 'histogram_quantile( '),
          fc.string({ maxLength: 20, unit: fc.constantFrom('0', '9', '.', 'e', '-', ' ', ',', '1') })
        )
        .map(([a, b]) => a + b)
    );
    fc.assert(
      fc.property(expr, fc.string({ maxLength: 30 }), (text, name) => {
        const q = quantileFromExpr(text);
        expect(q === undefined || (q > 0 && q < 1)).toBe(true);
        expect([undefined, 's', 'ms', 'µs']).toContain(unitFromMetricName(name));
      }),
      { numRuns: 2_000 }
    );
    // A long number with no comma after it (its running time is pinned in promql.test.ts).
    expect(quantileFromExpr(`histogram_quantile(${'9'.repeat(100_000)}`)).toBeUndefined();
    expect(quantileFromExpr(`histogram_quantile(0.${'9'.repeat(100_000)}`)).toBeUndefined();
  });
});
