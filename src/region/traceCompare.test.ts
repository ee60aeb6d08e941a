import { shopTrace } from './__fixtures__/regionFixtures';
import { compareTraces } from './traceCompare';

// Selection: 9 of 10 slow traces missed the cache; baseline: 1 of 20 did.
const selection = Array.from({ length: 10 }, (_, i) => shopTrace({ traceId: `s${i}`, cacheHit: i === 9 }));
const baseline = Array.from({ length: 20 }, (_, i) =>
  shopTrace({ traceId: `b${i}`, cacheHit: i !== 0, failed: i === 5 })
);
const comparison = compareTraces(selection, baseline);

describe('compareTraces', () => {
  it('ranks what the slow traces have in common first, with the share of traces on each side', () => {
    // A miss shows as cache.hit=false and as the orders-db query it falls through to: all 90 % against 5 %.
    const largest = comparison.rows[0].difference;
    const top = comparison.rows.filter((row) => row.difference === largest).map((r) => `${r.kind} ${r.key}=${r.value}`);
    expect(top.sort()).toEqual([
      'operation operation=orders-db: SELECT cart_items',
      'resource attribute service.name=orders-db',
      'service service=orders-db',
      'span attribute cache.hit=false',
      'span attribute db.system=postgresql',
    ]);
    const cacheMiss = comparison.rows.find((row) => row.key === 'cache.hit' && row.value === 'false')!;
    expect(cacheMiss).toMatchObject({ selectionCount: 9, baselineCount: 1 });
    expect(cacheMiss.difference).toBeCloseTo(0.85);
    expect(cacheMiss.explanation).toBe('`cache.hit=false`: 90 % of selected traces, 5 % of baseline');
  });

  it('counts services, operations, root status and error as facets too', () => {
    const find = (kind: string, value: string) => comparison.rows.find((r) => r.kind === kind && r.value === value);
    expect(find('service', 'orders-db')).toMatchObject({ selectionCount: 9, baselineCount: 1 });
    expect(find('operation', 'orders-db: SELECT cart_items')).toMatchObject({ selectionCount: 9 });
    expect(find('resource attribute', 'orders-db')).toMatchObject({ key: 'service.name', selectionCount: 9 });
    expect(find('status', 'error')).toMatchObject({ selectionCount: 0, baselineCount: 1 });
    expect(find('error', 'true')).toMatchObject({ selectionCount: 0, baselineCount: 1 });
  });

  it('gives what every trace has a difference of 0, after what the selection has more and before what it lacks', () => {
    const route = comparison.rows.find((row) => row.key === 'http.route')!;
    expect(route.difference).toBe(0);
    const position = comparison.rows.indexOf(route);
    expect(comparison.rows.slice(0, position).every((row) => row.difference >= 0)).toBe(true);
    expect(comparison.rows.slice(position).every((row) => row.difference <= 0)).toBe(true);
    // What the slow traces lack ranks last: a cache hit.
    const last = comparison.rows[comparison.rows.length - 1];
    expect(`${last.key}=${last.value}`).toBe('cache.hit=true');
  });

  it('shows where the time goes: orders-db self time and critical-path share, selection against baseline', () => {
    const [top] = comparison.timeByService;
    expect(top.name).toBe('orders-db');
    // 9 of 10 selected traces spend 400 ms in the query; 1 of 20 baseline traces does.
    expect(top.selectionSelfMs).toBeCloseTo(360);
    expect(top.baselineSelfMs).toBeCloseTo(20);
    // Critical path: 9 × 410 ms + 10 ms with 3600 ms in the query; baseline 19 × 10 ms + 410 ms with 400.
    expect(top.selectionCriticalShare).toBeCloseTo(3600 / 3700);
    expect(top.baselineCriticalShare).toBeCloseTo(400 / 600);
    expect(top.explanation).toMatch(
      /^orders-db: 360 ms self time per selected trace \(\d+ % of the critical path\), 20 ms in baseline/
    );
    expect(comparison.timeByOperation[0].name).toBe('orders-db: SELECT cart_items');
  });

  it('names an attribute whose values are all distinct (a request ID) as an identifier instead of ranking it', () => {
    const withIds = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) =>
        shopTrace({ traceId: `${prefix}${i}`, cacheHit: true, requestId: `${prefix}-${i}` })
      );
    const result = compareTraces(withIds('s', 15), withIds('b', 15));
    expect(result.rows.some((row) => row.key === 'request.id')).toBe(false);
    expect(result.identifiers).toEqual([{ kind: 'span attribute', key: 'request.id', values: 21 }]);
    // With fewer values than traces it is an ordinary attribute.
    const few = compareTraces(withIds('s', 5), withIds('b', 5));
    expect(few.rows.filter((row) => row.key === 'request.id')).toHaveLength(10);
  });

  it('compares empty sides without dividing by zero', () => {
    const empty = compareTraces([], baseline);
    expect(empty.rows.every((row) => row.selectionShare === 0 && Number.isFinite(row.difference))).toBe(true);
    expect(compareTraces([], []).rows).toEqual([]);
  });
});
