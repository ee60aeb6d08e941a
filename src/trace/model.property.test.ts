import fc from 'fast-check';

import { traceFrameFromSpans, type FixtureSpan } from './__fixtures__/traceFrames';
import { buildTraceModel } from './model';

/**
 * Random forests with arbitrary parent links: real parents, missing parents (orphans), self links and
 * cycles, duplicate IDs, and broken times. Whatever the input, the model must hold together.
 */
const spansArbitrary = fc.integer({ min: 1, max: 60 }).chain((count) =>
  fc.array(
    fc.record({
      idIndex: fc.integer({ min: 0, max: Math.ceil(count * 1.1) }),
      parent: fc.oneof(
        fc.constant<number | 'none' | 'missing'>('none'),
        fc.constant<number | 'none' | 'missing'>('missing'),
        fc.integer({ min: 0, max: count - 1 })
      ),
      start: fc.oneof(fc.double({ min: 0, max: 1000, noNaN: true }), fc.constant(NaN)),
      duration: fc.oneof(fc.double({ min: -10, max: 500, noNaN: true }), fc.constant(NaN)),
    }),
    { minLength: count, maxLength: count }
  )
);

function toSpans(
  records: Array<{ idIndex: number; parent: number | 'none' | 'missing'; start: number; duration: number }>
): FixtureSpan[] {
  return records.map((r) => ({
    spanID: `s${r.idIndex}`,
    parentSpanID:
      r.parent === 'none' ? undefined : r.parent === 'missing' ? 'nowhere' : `s${records[r.parent].idIndex}`,
    startTime: r.start,
    duration: r.duration,
  }));
}

describe('buildTraceModel properties', () => {
  it('never throws, shows every input span exactly once, with consistent depth and subtrees', () => {
    fc.assert(
      fc.property(spansArbitrary, (records) => {
        const spans = toSpans(records);
        const result = buildTraceModel(traceFrameFromSpans(spans));
        expect(result.ok).toBe(true);
        if (!result.ok) {
          return;
        }
        const model = result.model;
        expect(model.spanCount).toBe(spans.length);
        // Every frame row appears exactly once in display order.
        expect([...model.rowIndex].sort((a, b) => a - b)).toEqual(spans.map((_, row) => row));
        for (let p = 0; p < model.spanCount; p++) {
          const parent = model.parentPosition[p];
          expect(parent).toBeLessThan(p);
          expect(model.depth[p]).toBe(parent === -1 ? 0 : model.depth[parent] + 1);
          expect(model.subtreeEnd[p]).toBeGreaterThan(p);
          expect(model.subtreeEnd[p]).toBeLessThanOrEqual(parent === -1 ? model.spanCount : model.subtreeEnd[parent]);
          expect(model.spanDurationMs[p]).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(model.spanStartMs[p])).toBe(true);
          expect(model.selfTimeMs[p]).toBeLessThanOrEqual(model.spanDurationMs[p] + 1e-9);
          if (parent >= 0) {
            // Children are shown inside their parent after clamping.
            expect(model.spanStartMs[p]).toBeGreaterThanOrEqual(model.spanStartMs[parent]);
            expect(model.spanStartMs[p] + model.spanDurationMs[p]).toBeLessThanOrEqual(
              model.spanStartMs[parent] + model.spanDurationMs[parent] + 1e-9
            );
          }
        }
        // The critical path lies inside the root and never overlaps itself.
        const root = model.root.position;
        const rootEnd = model.spanStartMs[root] + model.spanDurationMs[root];
        let previousEnd = model.spanStartMs[root];
        for (const segment of model.criticalPath) {
          expect(segment.startMs).toBeGreaterThanOrEqual(previousEnd - 1e-9);
          expect(segment.endMs).toBeGreaterThan(segment.startMs);
          previousEnd = segment.endMs;
        }
        expect(previousEnd).toBeLessThanOrEqual(rootEnd + 1e-9);
      }),
      { numRuns: 150 }
    );
  });

  it('a trace made only of cycles still shows every span', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 5 }), (size, cycles) => {
        const spans: FixtureSpan[] = [];
        for (let c = 0; c < cycles; c++) {
          for (let i = 0; i < size; i++) {
            spans.push({ spanID: `c${c}-${i}`, parentSpanID: `c${c}-${(i + 1) % size}`, startTime: i, duration: 1 });
          }
        }
        const result = buildTraceModel(traceFrameFromSpans(spans));
        expect(result.ok && result.model.spanCount).toBe(spans.length);
        expect(result.ok && result.model.warnings.find((w) => w.kind === 'cycle')?.count).toBe(cycles);
      })
    );
  });
});
