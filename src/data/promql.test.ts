import { defaultOptions, LatencyQueryOptions } from '../types';
import { growthRatio, linearBound } from '../testing/growth';
import {
  escapeLabelValue,
  exemplarSelector,
  interpolateLatencyQuery,
  planLatencyQueries,
  quantileFromExpr,
} from './promql';

const base: LatencyQueryOptions = { ...defaultOptions.query, metric: 'http_server_request_duration_seconds' };

describe('planLatencyQueries', () => {
  it('generates one histogram_quantile per quantile with $__rate_interval', () => {
    const plan = planLatencyQueries(base);
    expect(plan).toEqual({
      ok: true,
      queries: [
        {
          refId: 'p50',
          quantile: 0.5,
          expr: 'histogram_quantile(0.5, sum by (le) (rate(http_server_request_duration_seconds_bucket[$__rate_interval])))',
          legendFormat: 'p50',
        },
        expect.objectContaining({ refId: 'p90', quantile: 0.9 }),
        expect.objectContaining({ refId: 'p99', quantile: 0.99 }),
      ],
    });
  });

  it('adds filters, group-by labels and a legend per group', () => {
    const plan = planLatencyQueries({
      ...base,
      metric: 'http_server_request_duration_seconds_bucket',
      quantiles: [0.999],
      filters: [
        { label: 'route', op: '=~', value: '/api/.*' },
        { label: 'status', op: '!=', value: '200' },
      ],
      groupBy: ['route', 'method'],
    });
    expect(plan.ok && plan.queries[0]).toEqual({
      refId: 'p99_9',
      quantile: 0.999,
      expr:
        'histogram_quantile(0.999, sum by (le, route, method) ' +
        '(rate(http_server_request_duration_seconds_bucket{route=~"/api/.*", status!="200"}[$__rate_interval])))',
      legendFormat: 'p99.9 {{route}} {{method}}',
    });
  });

  it('substitutes {{quantile}} in a custom legend', () => {
    const plan = planLatencyQueries({ ...base, quantiles: [0.9], legendFormat: '{{route}} {{ quantile }}' });
    expect(plan.ok && plan.queries[0].legendFormat).toBe('{{route}} p90');
  });

  it('sorts and de-duplicates quantiles', () => {
    const plan = planLatencyQueries({ ...base, quantiles: [0.99, 0.5, 0.99] });
    expect(plan.ok && plan.queries.map((q) => q.quantile)).toEqual([0.5, 0.99]);
  });

  it.each([
    [{ metric: '' }, 'Choose a histogram metric.'],
    [{ metric: 'rate(foo[5m])' }, '"rate(foo[5m])" is not a valid Prometheus metric name.'],
    [{ quantiles: [] }, 'Add at least one quantile, e.g. 0.99.'],
    [{ quantiles: [99] }, 'Quantile 99 is outside (0, 1); write p99 as 0.99.'],
    [{ filters: [{ label: 'a-b', op: '=', value: 'x' }] }, '"a-b" is not a valid label name in the filters.'],
    [{ filters: [{ label: 'a', op: '==', value: 'x' }] }, '"==" is not a label matcher (use =, !=, =~ or !~).'],
    [{ groupBy: ['le'] }, '"le" cannot be used to group by.'],
  ])('refuses %j with a message', (change, error) => {
    expect(planLatencyQueries({ ...base, ...change } as LatencyQueryOptions)).toEqual({ ok: false, error });
  });

  it('escapes quotes and backslashes in filter values', () => {
    expect(escapeLabelValue('a"b\\c')).toBe('a\\"b\\\\c');
    const plan = planLatencyQueries({ ...base, filters: [{ label: 'route', op: '=', value: '"}) or vector(1) #' }] });
    expect(plan.ok && plan.queries[0].expr).toContain('route="\\"}) or vector(1) #"');
  });
});

describe('exemplarSelector', () => {
  it('selects the bucket series with the same filters', () => {
    expect(exemplarSelector({ metric: 'm_seconds', filters: [{ label: 'job', op: '=', value: 'api' }] })).toBe(
      'm_seconds_bucket{job="api"}'
    );
  });
});

describe('quantileFromExpr', () => {
  it.each([
    ['histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m])))', 0.99],
    ['histogram_quantile( .5 ,x)', 0.5],
    ['sum(rate(x[5m]))', undefined],
    ['histogram_quantile(1.5, x)', undefined],
    [undefined, undefined],
  ])('%s → %s', (expr, q) => {
    expect(quantileFromExpr(expr)).toBe(q);
  });
});

describe('quantileFromExpr on long input', () => {
  it('takes linear time on a long number that never reaches a comma', () => {
    // A backtracking pattern would grow quadratically here.
    const noComma = (digits: number) => {
      expect(quantileFromExpr(`histogram_quantile(${'9'.repeat(digits)}`)).toBeUndefined();
      expect(quantileFromExpr(`histogram_quantile(0.${'9'.repeat(digits)} x`)).toBeUndefined();
    };
    expect(growthRatio(noComma, 20_000, 8)).toBeLessThan(linearBound(8));
    expect(quantileFromExpr('histogram_quantile(.5, x)')).toBe(0.5);
    expect(quantileFromExpr('histogram_quantile(9.9e-1, x)')).toBe(0.99);
  });
});

describe('interpolateLatencyQuery', () => {
  const vars: Record<string, string[]> = {
    route: ['/api/cart'],
    routes: ['/api/cart', '/api/a.b'],
    by: ['route', 'status'],
  };
  // Stands in for Grafana's template service with its raw, regex and csv formats.
  const interpolate = (value: string, _scoped?: undefined, format?: string) =>
    value.replace(/\$(\w+)/g, (_, name: string) => {
      const values = vars[name] ?? [];
      if (format === 'regex') {
        const escaped = values.map((v) => v.replace(/[\\^$*+?.()|[\]{}/]/g, '\\$&'));
        return escaped.length === 1 ? escaped[0] : `(${escaped.join('|')})`;
      }
      return values.join(',');
    });

  it('fills variables in filters, as a regex for regex matchers, and splits group-by lists', () => {
    const options = interpolateLatencyQuery(
      {
        ...base,
        quantiles: [0.99],
        filters: [
          { label: 'route', op: '=', value: '$route' },
          { label: 'route', op: '=~', value: '$routes' },
        ],
        groupBy: ['$by', 'le_x'],
      },
      interpolate
    );
    expect(options.filters.map((f) => f.value)).toEqual(['/api/cart', '(\\/api\\/cart|\\/api\\/a\\.b)']);
    expect(options.groupBy).toEqual(['route', 'status', 'le_x']);
    const plan = planLatencyQueries(options);
    // The value stays a valid PromQL string: backslashes of the regex escape are escaped once more.
    expect(plan.ok && plan.queries[0].expr).toContain('route=~"(\\\\/api\\\\/cart|\\\\/api\\\\/a\\\\.b)"');
  });

  it('leaves fields without variables untouched', () => {
    const options = { ...base, filters: [{ label: 'route', op: '=' as const, value: '/x' }], groupBy: ['route'] };
    const never = jest.fn();
    expect(interpolateLatencyQuery(options, never)).toEqual(options);
    expect(never).not.toHaveBeenCalled();
  });
});
