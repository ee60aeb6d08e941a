/**
 * The frame-shaping functions against Grafana's own expectations (no browser): pkg/promlib converter
 * golden files, the std-dev sampler, step and variable interpolation.
 */
import { expect, test } from '@playwright/test';
import { StandardDeviationSampler } from '../shared/exemplarSampler';
import { calculateStepMs, interpolateBuiltins, alignRange } from '../shared/promInterval';
import { exemplarFrames, matrixFrames, seriesDisplayName } from '../shared/prometheusFrames';

test.describe('Prometheus frame shapes', () => {
  test('a matrix becomes one frame per series like pkg/promlib/converter/testdata/prom-matrix-frame.jsonc', () => {
    const frames = matrixFrames(
      [
        {
          metric: { __name__: 'up', instance: 'localhost:9090', job: 'prometheus' },
          values: [
            [1435781430.781, '1'],
            [1435781445.781, '1'],
            [1435781460.781, 'NaN'],
          ],
        },
        { metric: { __name__: 'up', instance: 'localhost:9091', job: 'node' }, values: [[1435781430.781, '0']] },
      ],
      { refId: 'A', expr: 'up', stepMs: 15000, legendFormat: '{{job}}' }
    );
    expect(frames).toHaveLength(2);
    expect(frames[0].schema).toEqual({
      refId: 'A',
      meta: {
        type: 'timeseries-multi',
        typeVersion: [0, 1],
        custom: { resultType: 'matrix' },
        executedQueryString: 'Expr: up\nStep: 15s',
      },
      fields: [
        { name: 'Time', type: 'time', typeInfo: { frame: 'time.Time' }, config: { interval: 15000 } },
        {
          name: 'up',
          type: 'number',
          typeInfo: { frame: 'float64' },
          labels: { __name__: 'up', instance: 'localhost:9090', job: 'prometheus' },
          config: { displayNameFromDS: 'prometheus' },
        },
      ],
    });
    expect(frames[0].data).toEqual({
      values: [
        [1435781430781, 1435781445781, 1435781460781],
        [1, 1, null],
      ],
      entities: [null, { NaN: [2] }],
    });
    expect(frames[1].schema?.meta?.executedQueryString).toBeUndefined();
  });

  test('legend names follow getName: label set, __auto, expression fallback', () => {
    const query = { refId: 'A', expr: 'sum(rate(x[1m]))', stepMs: 15000 };
    expect(seriesDisplayName({ __name__: 'up', job: 'a', instance: 'b' }, query)).toBe('up{instance="b", job="a"}');
    expect(seriesDisplayName({ route: '/cart' }, { ...query, legendFormat: '__auto' })).toBe('');
    expect(seriesDisplayName({}, query)).toBe('sum(rate(x[1m]))');
    expect(seriesDisplayName({ route: '/cart' }, { ...query, legendFormat: 'p99 {{ route }} {{missing}}' })).toBe(
      'p99 /cart '
    );
  });

  test('exemplars become one long `exemplar` frame like pkg/promlib/converter/testdata/prom-exemplars-frame.jsonc after processExemplars', () => {
    const frames = exemplarFrames(
      [
        {
          seriesLabels: {
            __name__: 'test_exemplar_metric_total',
            instance: 'localhost:8090',
            job: 'prometheus',
            service: 'bar',
          },
          exemplars: [
            { labels: { traceID: 'EpTxMJ40fUus7aGY', a: 'not in next' }, value: '6', timestamp: 1600096945.479 },
          ],
        },
        {
          seriesLabels: {
            __name__: 'test_exemplar_metric_total',
            instance: 'localhost:8090',
            job: 'prometheus',
            service: 'foo',
          },
          exemplars: [
            { labels: { traceID: 'Olp9XHlq763ccsfa' }, value: '19', timestamp: 1600096955.479 },
            { labels: { traceID: 'hCtjygkIHwAN9vs4' }, value: '20', timestamp: 1600096965.489 },
          ],
        },
      ],
      { refId: 'A', expr: 'test_exemplar_metric_total', stepMs: 10000 }
    );
    expect(frames).toHaveLength(1);
    const [frame] = frames;
    expect(frame.schema?.name).toBe('exemplar');
    expect(frame.schema?.refId).toBe('A');
    expect(frame.schema?.meta).toEqual({
      custom: { resultType: 'exemplar' },
      executedQueryString: 'Expr: test_exemplar_metric_total\nStep: 10s',
    });
    expect(frame.schema?.fields.map((field) => field.name)).toEqual([
      'Time',
      'Value',
      '__name__',
      'a',
      'instance',
      'job',
      'service',
      'traceID',
    ]);
    expect(frame.data?.values).toEqual([
      [1600096945479, 1600096955479, 1600096965489],
      [6, 19, 20],
      ['test_exemplar_metric_total', 'test_exemplar_metric_total', 'test_exemplar_metric_total'],
      ['not in next', '', ''],
      ['localhost:8090', 'localhost:8090', 'localhost:8090'],
      ['prometheus', 'prometheus', 'prometheus'],
      ['bar', 'foo', 'foo'],
      ['EpTxMJ40fUus7aGY', 'Olp9XHlq763ccsfa', 'hCtjygkIHwAN9vs4'],
    ]);
  });

  test('no exemplars, no exemplar frame', () => {
    expect(exemplarFrames([], { refId: 'A', expr: 'x', stepMs: 1000 })).toEqual([]);
  });
});

test.describe('std-dev sampler (sampler_stddev.go)', () => {
  test('keeps the slowest per step, then only values more than 2σ below the last kept one', () => {
    const sampler = new StandardDeviationSampler<string>();
    sampler.setStep(10_000);
    // σ over all values (10, 9.5, 0, 9, 1, 0.4) ≈ 4.968 → 2σ ≈ 9.94: only 10 → 0 is a big enough drop
    const values: Array<[number, number, string]> = [
      [1_000, 10, 'slowest'],
      [2_000, 9.5, 'close to slowest'],
      [3_000, 0, 'fast'],
      [12_000, 9, 'next step slowest'],
      [13_000, 1, 'within 2σ'],
      [14_000, 0.4, 'not 2σ below 9'],
    ];
    values.forEach(([timeMs, value, item]) => sampler.add({ timeMs, value, item }));
    expect(sampler.sample().map((entry) => entry.item)).toEqual(['slowest', 'fast', 'next step slowest']);
  });
});

test.describe('step and built-in variables (pkg/promlib/models/query.go)', () => {
  const hour = { fromMs: 1_700_000_000_000, toMs: 1_700_003_600_000 };

  test('the step is the request interval unless the range needs a coarser one', () => {
    expect(calculateStepMs({ ...hour, intervalMs: 15_000, maxDataPoints: 1000, scrapeInterval: '15s' })).toBe(15_000);
    expect(calculateStepMs({ ...hour, intervalMs: 1_000, maxDataPoints: 100 })).toBe(30_000);
    expect(
      calculateStepMs({
        ...hour,
        intervalMs: 15_000,
        maxDataPoints: 1000,
        queryInterval: '$__rate_interval',
        scrapeInterval: '15s',
      })
    ).toBe(60_000);
  });

  test('$__rate_interval is max(interval + scrape, 4 × scrape); $__interval and $__range are replaced', () => {
    const expr = 'rate(x[$__rate_interval]) + rate(y[$__interval]) + z[$__range] + ${__interval_ms}';
    expect(
      interpolateBuiltins({ expr, intervalMs: 15_000, stepMs: 15_000, scrapeInterval: '15s', rangeMs: 3_600_000 })
    ).toBe('rate(x[1m0s]) + rate(y[15s]) + z[3600s] + 15000');
    expect(
      interpolateBuiltins({
        expr: 'rate(x[$__rate_interval])',
        intervalMs: 60_000,
        stepMs: 60_000,
        scrapeInterval: '15s',
        rangeMs: 3_600_000,
      })
    ).toBe('rate(x[1m15s])');
  });

  test('start and end are aligned down to the step', () => {
    expect(alignRange(1_700_000_017_000, 1_700_000_095_000, 15_000)).toEqual({
      startMs: 1_700_000_010_000,
      endMs: 1_700_000_085_000,
    });
  });
});
