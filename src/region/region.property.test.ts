import fc from 'fast-check';

import { labelValue } from '../data/columnar';
import { traceFrameFromSpans, type FixtureSpan } from '../trace/__fixtures__/traceFrames';
import { buildTraceModel } from '../trace/model';
import type { TraceModel } from '../trace/types';
import { exemplarSetOf } from './__fixtures__/regionFixtures';
import { selectRegion, type BaselineMode } from './box';
import { compareLabels } from './labelCompare';
import { compareTraces } from './traceCompare';
import type { ShareRow } from './shareRows';

const value = fc.oneof(
  { arbitrary: fc.double({ min: 0, max: 10, noNaN: true }), weight: 6 },
  { arbitrary: fc.constantFrom(0.5, 1, 2), weight: 3 }, // on the box's edges
  { arbitrary: fc.constantFrom(NaN, Infinity), weight: 1 }
);
const exemplar = fc.record({
  timeMs: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(NaN)),
  value,
  pod: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
  visible: fc.boolean(),
  passes: fc.boolean(),
});
const box = fc.record({
  fromMs: fc.integer({ min: -10, max: 110 }),
  toMs: fc.integer({ min: -10, max: 110 }),
  minValue: fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.constantFrom(0.5, 1)),
  maxValue: fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.constantFrom(1, 2, Infinity)),
});
const scenario = fc.record({
  rows: fc.array(exemplar, { maxLength: 120 }),
  box,
  useMasks: fc.boolean(),
  mode: fc.constantFrom<BaselineMode>('outside', 'below'),
});

function setOf(rows: Array<{ timeMs: number; value: number; pod?: string }>) {
  return exemplarSetOf(
    rows.map((r) => ({
      timeMs: r.timeMs,
      value: r.value,
      labels: { route: '/api/cart', ...(r.pod ? { pod: r.pod } : {}) },
    }))
  );
}

function sameRows(actual: Uint32Array, expected: number[]): boolean {
  return actual.length === expected.length && expected.every((row, k) => actual[k] === row);
}

describe('region properties', () => {
  it('a selection holds exactly the visible exemplars inside the box; the baseline exactly the rest of its time range', () => {
    fc.assert(
      fc.property(scenario, ({ rows, box, useMasks, mode }) => {
        const set = setOf(rows);
        const visible = Uint8Array.from(rows, (r) => (r.visible ? 1 : 0));
        const filter = Uint8Array.from(rows, (r) => (r.passes ? 1 : 0));
        const { selection, baseline } = selectRegion(set, box, useMasks ? { visible, filter } : {}, mode);
        const lo = Math.min(box.minValue, box.maxValue);
        const hi = Math.max(box.minValue, box.maxValue);
        const expectedSelection: number[] = [];
        const expectedBaseline: number[] = [];
        rows.forEach((r, i) => {
          const shown = !useMasks || (r.visible && r.passes);
          const inTime = r.timeMs >= Math.min(box.fromMs, box.toMs) && r.timeMs <= Math.max(box.fromMs, box.toMs);
          if (!shown || !inTime || Number.isNaN(r.value)) {
            return;
          }
          if (r.value >= lo && r.value <= hi) {
            expectedSelection.push(i);
          } else if (mode === 'outside' || r.value < lo) {
            expectedBaseline.push(i);
          }
        });
        expect(Array.from(selection)).toEqual(expectedSelection);
        expect(Array.from(baseline)).toEqual(expectedBaseline);
      })
    );
  });

  it('over many blocks of rows in series order, whole blocks decided at once, it is the same as a row-by-row scan', () => {
    // Series by series, each in time order and within a latency bucket, as Prometheus answers: the blocks the
    // selection decides whole without reading times and values. NaN rows break a block's bounds.
    const series = fc.record({
      times: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 900, size: 'max' }),
      lowest: fc.constantFrom(0.001, 0.1, 0.5, 1, 2.5),
      spread: fc.constantFrom(0, 0.4, 1, 3),
      nanEvery: fc.constantFrom(0, 0, 97),
    });
    const large = fc.record({
      series: fc.array(series, { minLength: 1, maxLength: 6 }),
      box: fc.record({
        // Often the whole time range, so that whole blocks lie inside it.
        fromMs: fc.oneof(fc.constant(-100), fc.integer({ min: -100, max: 10_100 })),
        toMs: fc.oneof(fc.constant(10_100), fc.integer({ min: -100, max: 10_100 })),
        minValue: fc.constantFrom(0, 0.1, 0.5, 1, 2),
        maxValue: fc.constantFrom(0.5, 1, 2.5, 5, Infinity),
      }),
      hiddenEvery: fc.constantFrom(0, 3, 50),
      mode: fc.constantFrom<BaselineMode>('outside', 'below'),
    });
    fc.assert(
      fc.property(large, ({ series: all, box, hiddenEvery, mode }) => {
        const rows = all.flatMap(({ times, lowest, spread, nanEvery }) =>
          [...times]
            .sort((a, b) => a - b)
            .map((timeMs, k) => ({
              timeMs,
              value: nanEvery > 0 && k % nanEvery === 5 ? NaN : lowest + ((k * 7919) % 101) * (spread / 100),
            }))
        );
        const set = exemplarSetOf(rows);
        const visible = Uint8Array.from(rows, (_, i) => (hiddenEvery > 0 && i % hiddenEvery === 1 ? 0 : 1));
        const { selection, baseline } = selectRegion(set, box, { visible }, mode);
        const [lo, hi] = [Math.min(box.minValue, box.maxValue), Math.max(box.minValue, box.maxValue)];
        const [from, to] = [Math.min(box.fromMs, box.toMs), Math.max(box.fromMs, box.toMs)];
        const shown = rows.flatMap((r, i) =>
          visible[i] === 1 && r.timeMs >= from && r.timeMs <= to && !Number.isNaN(r.value) ? [i] : []
        );
        // A boolean, not expect(): a failure reports the counterexample, not a diff of thousands of indices.
        return (
          sameRows(
            selection,
            shown.filter((i) => rows[i].value >= lo && rows[i].value <= hi)
          ) &&
          sameRows(
            baseline,
            shown.filter(
              (i) => (rows[i].value < lo || rows[i].value > hi) && (mode === 'outside' || rows[i].value < lo)
            )
          )
        );
      }),
      // No shrinking: a counterexample of thousands of rows shrinks for minutes, and the rows say little anyway.
      { numRuns: 150, endOnFailure: true }
    );
  });

  it('label shares count every row once: per label, shares sum to the share of rows that have it', () => {
    fc.assert(
      fc.property(scenario, ({ rows, box, mode }) => {
        const set = setOf(rows);
        const { selection, baseline } = selectRegion(set, box, {}, mode);
        const { rows: shares } = compareLabels(set, selection, baseline);
        const pod = set.labels.find((c) => c.name === 'pod');
        for (const [side, indices] of [
          ['selectionShare', selection],
          ['baselineShare', baseline],
        ] as const) {
          const podRows = shares.filter((r) => r.key === 'pod');
          const withPod = Array.from(indices).filter((i) => labelValue(pod, i) !== undefined).length;
          const sum = podRows.reduce((total, r) => total + r[side], 0);
          expect(sum).toBeCloseTo(indices.length > 0 ? withPod / indices.length : 0, 9);
          // A label on every exemplar: its shares sum to 1 on a non-empty side.
          const routeSum = shares.filter((r) => r.key === 'route').reduce((total, r) => total + r[side], 0);
          expect(routeSum).toBeCloseTo(indices.length > 0 ? 1 : 0, 9);
        }
        expectRankedByDifference(shares);
        if (selection.length > 0 && baseline.length > 0) {
          expect(shares.find((r) => r.key === 'route')?.difference).toBe(0);
        }
      })
    );
  });

  it('trace shares: one root status per trace, and an attribute every span has differs by 0, below all that is over-represented', () => {
    fc.assert(
      fc.property(
        fc.array(trace, { minLength: 1, maxLength: 8 }),
        fc.array(trace, { minLength: 1, maxLength: 8 }),
        (s, b) => {
          const comparison = compareTraces(s.map(modelOf), b.map(modelOf));
          for (const side of ['selectionShare', 'baselineShare'] as const) {
            const statusSum = comparison.rows.filter((r) => r.kind === 'status').reduce((t, r) => t + r[side], 0);
            const errorSum = comparison.rows.filter((r) => r.kind === 'error').reduce((t, r) => t + r[side], 0);
            expect(statusSum).toBeCloseTo(1, 9);
            expect(errorSum).toBeCloseTo(1, 9);
          }
          for (const row of comparison.rows) {
            expect(row.selectionShare).toBeGreaterThanOrEqual(0);
            expect(row.selectionShare).toBeLessThanOrEqual(1);
          }
          const everywhere = comparison.rows.find((r) => r.key === 'deployment' && r.value === 'blue')!;
          expect(everywhere).toMatchObject({ selectionShare: 1, baselineShare: 1, difference: 0 });
          const position = comparison.rows.indexOf(everywhere);
          expect(comparison.rows.slice(0, position).every((r) => r.difference >= 0)).toBe(true);
          expect(comparison.rows.slice(position).every((r) => r.difference <= 0)).toBe(true);
          expectRankedByDifference(comparison.rows);
        }
      )
    );
  });
});

function expectRankedByDifference(rows: ShareRow[]): void {
  for (let k = 1; k < rows.length; k++) {
    expect(rows[k - 1].difference).toBeGreaterThanOrEqual(rows[k].difference);
  }
}

const span = fc.record({
  service: fc.constantFrom('shop-api', 'orders-db', 'payments'),
  cacheHit: fc.option(fc.boolean(), { nil: undefined }),
  statusCode: fc.constantFrom(0, 1, 2),
  durationMs: fc.integer({ min: 0, max: 500 }),
});
const trace = fc.array(span, { minLength: 1, maxLength: 6 });

let traceCount = 0;
function modelOf(
  spans: Array<{ service: string; cacheHit?: boolean; statusCode: number; durationMs: number }>
): TraceModel {
  const traceID = `t${traceCount++}`;
  const total = spans.reduce((sum, s) => sum + s.durationMs, 0);
  const fixture: FixtureSpan[] = spans.map((s, i) => ({
    spanID: `s${i}`,
    parentSpanID: i === 0 ? undefined : 's0',
    traceID,
    serviceName: s.service,
    operationName: i === 0 ? 'GET /' : 'step',
    startTime: 1000 + (i === 0 ? 0 : i),
    duration: i === 0 ? total + spans.length : s.durationMs,
    statusCode: s.statusCode,
    tags: [
      { key: 'deployment', value: 'blue' },
      ...(s.cacheHit === undefined ? [] : [{ key: 'cache.hit', value: s.cacheHit }]),
    ],
  }));
  const built = buildTraceModel(traceFrameFromSpans(fixture));
  if (!built.ok) {
    throw new Error(built.error);
  }
  return built.model;
}
