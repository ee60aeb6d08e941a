import type { ExemplarSet, LabelColumn } from '../../src/data/model';
import { selectRegion, type RegionBox, type RegionSides } from '../../src/region/box';
import { compareLabels } from '../../src/region/labelCompare';
import { compareTraces } from '../../src/region/traceCompare';
import { seededRandom } from '../../src/testing/seededRandom';
import { largeTraceSpans, traceFrameFromSpans } from '../../src/trace/__fixtures__/traceFrames';
import { buildTraceModel } from '../../src/trace/model';
import { getSpanDetails } from '../../src/trace/spanDetails';
import type { TraceModel } from '../../src/trace/types';
import { DAY_MS, generateExemplars, START_MS } from '../data';
import { medianMs } from '../measure';
import type { BenchCase, BenchResult } from '../types';

const N = 1_000_000;
/** The slow tail of the afternoon: 6 hours, 1 s and slower. */
const SLOW_BOX: RegionBox = {
  fromMs: START_MS + 12 * 3600_000,
  toMs: START_MS + 18 * 3600_000,
  minValue: 1,
  maxValue: 30,
};
/** The whole day above 1 s: the largest comparison, every exemplar on one side or the other. */
const WHOLE_DAY_BOX: RegionBox = { fromMs: START_MS, toMs: START_MS + DAY_MS, minValue: 1, maxValue: 30 };

/** Bench exemplars with the labels a Prometheus histogram gives them: route, status, pod, and a unique trace_id. */
function labelledSet(n: number): ExemplarSet {
  const data = generateExemplars(n);
  const random = seededRandom(5);
  const column = (name: string, dict: string[], codeOf: (i: number) => number): LabelColumn => ({
    name,
    dict,
    codes: Int32Array.from({ length: n }, (_, i) => codeOf(i)),
  });
  const routes = ['/api/checkout', '/api/cart', '/api/search', '/api/login', '/api/items'];
  const pods = Array.from({ length: 12 }, (_, p) => `shop-${p}`);
  return {
    size: n,
    timeMs: data.timeMs,
    value: data.value,
    labels: [
      column('pod', pods, () => Math.floor(random() * pods.length)),
      column('route', routes, () => Math.floor(random() * routes.length)),
      column('status', ['200', '500'], (i) => data.isError[i]),
      column(
        'trace_id',
        Array.from({ length: n }, (_, i) => i.toString(16).padStart(32, '0')),
        (i) => i
      ),
    ],
    refIds: column('refId', ['A'], () => 0),
    source: 'all',
  };
}

/** The obvious way: one object per exemplar (built untimed), filtered with a closure. */
function naiveSelect(rows: Array<{ index: number; timeMs: number; value: number; visible: boolean }>, box: RegionBox) {
  const inTime = rows.filter((r) => r.visible && r.timeMs >= box.fromMs && r.timeMs <= box.toMs);
  return {
    selection: inTime.filter((r) => r.value >= box.minValue && r.value <= box.maxValue).map((r) => r.index),
    baseline: inTime.filter((r) => !(r.value >= box.minValue && r.value <= box.maxValue)).map((r) => r.index),
  };
}

/** The obvious way: a `name=value` string per exemplar and label, counted in a Map per side. */
function naiveCompareLabels(set: ExemplarSet, sides: RegionSides) {
  const count = (indices: Uint32Array) => {
    const counts = new Map<string, number>();
    for (const i of indices) {
      for (const column of set.labels) {
        if (column.name === 'trace_id') {
          continue;
        }
        const key = `${column.name}=${column.dict[column.codes[i]]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    return counts;
  };
  const selected = count(sides.selection);
  const base = count(sides.baseline);
  return [...new Set([...selected.keys(), ...base.keys()])]
    .map((key) => ({
      key,
      difference: (selected.get(key) ?? 0) / sides.selection.length - (base.get(key) ?? 0) / sides.baseline.length,
    }))
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference));
}

/** The obvious way: every span's details as the drawer reads them, facets as strings in a Set per trace. */
function naiveCompareTraces(selection: TraceModel[], baseline: TraceModel[]) {
  const count = (traces: TraceModel[]) => {
    const counts: Record<string, number> = {};
    for (const model of traces) {
      const facets = new Set<string>();
      for (let p = 0; p < model.spanCount; p++) {
        const details = getSpanDetails(model, p)!;
        facets.add(`service=${details.serviceName}`);
        facets.add(`operation=${details.serviceName}: ${details.operationName}`);
        details.tags.forEach((tag) => facets.add(`span ${tag.key}=${String(tag.value)}`));
        details.serviceTags.forEach((tag) => facets.add(`resource ${tag.key}=${String(tag.value)}`));
      }
      facets.forEach((facet) => (counts[facet] = (counts[facet] ?? 0) + 1));
    }
    return counts;
  };
  const selected = count(selection);
  const base = count(baseline);
  return Object.keys({ ...selected, ...base })
    .map((key) => ({ key, difference: (selected[key] ?? 0) / selection.length - (base[key] ?? 0) / baseline.length }))
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference));
}

/** 500-span traces with the attributes a cache-backed service records; the selection's traces mostly miss. */
function traces(count: number, missShare: number, seed: number): TraceModel[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, t) => {
    const miss = random() < missShare;
    const spans = largeTraceSpans(500, seed * 1000 + t).map((span, i) => ({
      ...span,
      traceID: `${seed}-${t}`,
      tags: [
        ...(span.tags ?? []),
        { key: 'cache.hit', value: !(miss && i % 7 === 0) },
        { key: 'db.system', value: i % 3 === 0 ? 'postgresql' : 'redis' },
        { key: 'http.target', value: `/api/items/${Math.floor(random() * 1e6)}` },
      ],
    }));
    const built = buildTraceModel(traceFrameFromSpans(spans));
    if (!built.ok) {
      throw new Error(built.error);
    }
    return built.model;
  });
}

function row(name: string, n: number, ms: number, baseline: string, baselineMs: number, target: string): BenchResult {
  return { name, n, medianMs: ms, baseline, baselineMedianMs: baselineMs, ratio: baselineMs / ms, target };
}

export const regionCases: BenchCase[] = [
  {
    name: 'region: box selection and label comparison on 1M exemplars',
    run: (): BenchResult[] => {
      const set = labelledSet(N);
      const visible = new Uint8Array(N).fill(1);
      const filter = new Uint8Array(N).fill(1);
      const selectMs = medianMs(() => selectRegion(set, SLOW_BOX, { visible, filter }), 21);
      // The first box on new data also takes the blocks' bounds: a copied time column is new data.
      const [firstRuns, firstWarmup] = [7, 2];
      const fresh = Array.from({ length: firstRuns + firstWarmup }, () => ({ ...set, timeMs: set.timeMs.slice() }));
      const firstSelectMs = medianMs(
        () => selectRegion(fresh.pop()!, SLOW_BOX, { visible, filter }),
        firstRuns,
        firstWarmup
      );
      // Rows in no order: few blocks can be decided whole, so this is the row-by-row fallback.
      const shuffled = generateExemplars(N, 42, 'shuffled');
      const unordered: ExemplarSet = { ...set, timeMs: shuffled.timeMs, value: shuffled.value };
      const shuffledSelectMs = medianMs(() => selectRegion(unordered, SLOW_BOX, { visible, filter }), 21);
      const objects = Array.from({ length: N }, (_, index) => ({
        index,
        timeMs: set.timeMs[index],
        value: set.value[index],
        visible: true,
      }));
      const naiveSelectMs = medianMs(() => naiveSelect(objects, SLOW_BOX), 7);
      const shuffledObjects = objects.map((o) => ({
        ...o,
        timeMs: unordered.timeMs[o.index],
        value: unordered.value[o.index],
      }));
      const naiveShuffledMs = medianMs(() => naiveSelect(shuffledObjects, SLOW_BOX), 7);
      const sides = selectRegion(set, WHOLE_DAY_BOX);
      const compareMs = medianMs(() => compareLabels(set, sides.selection, sides.baseline), 11);
      const naiveCompareMs = medianMs(() => naiveCompareLabels(set, sides), 5);
      const slow = selectRegion(set, SLOW_BOX);
      console.log(
        `  slow box: ${slow.selection.length} selected, ${slow.baseline.length} baseline; whole day: ${sides.selection.length} + ${sides.baseline.length}`
      );
      return [
        row('selectRegion, 6 h slow box', N, selectMs, 'filter over objects', naiveSelectMs, '≤ 5 ms'),
        row('… first box on new data', N, firstSelectMs, 'filter over objects', naiveSelectMs, '—'),
        row('… rows shuffled', N, shuffledSelectMs, 'filter over objects', naiveShuffledMs, '—'),
        row('compareLabels, whole day', N, compareMs, 'name=value strings in a Map', naiveCompareMs, '≤ 50 ms'),
      ];
    },
  },
  {
    name: 'region: trace comparison, 100 traces × 500 spans',
    run: (): BenchResult[] => {
      const selection = traces(50, 0.9, 1);
      const baseline = traces(50, 0.05, 2);
      const ms = medianMs(() => compareTraces(selection, baseline), 11);
      const naiveMs = medianMs(() => naiveCompareTraces(selection, baseline), 5);
      return [row('compareTraces', 100 * 500, ms, 'span details + string Sets', naiveMs, '≤ 100 ms')];
    },
  },
];
