import { findLabel, labelsOf } from './columnar';
import { exemplarSetFromPrometheusJson } from './rawExemplars';

/** A response as Prometheus 2.42 returns it (verified against a real server in the integration tests). */
const response = {
  status: 'success',
  data: [
    {
      seriesLabels: {
        __name__: 'http_server_request_duration_seconds_bucket',
        le: '0.5',
        route: '/api/cart',
        status: '200',
      },
      exemplars: [
        { labels: { trace_id: 'aaaa' }, value: '0.31', timestamp: 1700000000.123 },
        { labels: { trace_id: 'bbbb' }, value: '0.42', timestamp: 1700000001 },
      ],
    },
    {
      seriesLabels: {
        __name__: 'http_server_request_duration_seconds_bucket',
        le: '+Inf',
        route: '/api/checkout',
        status: '500',
      },
      exemplars: [{ labels: { trace_id: 'cccc', span_id: 'dd' }, value: '12.5', timestamp: 1700000002.5 }],
    },
  ],
};

describe('exemplarSetFromPrometheusJson', () => {
  it('reads every exemplar with series and exemplar labels, values from strings, times in ms', () => {
    const { set, report } = exemplarSetFromPrometheusJson(response);
    expect(set.size).toBe(3);
    expect(set.source).toBe('all');
    expect(Array.from(set.timeMs)).toEqual([1700000000123, 1700000001000, 1700000002500]);
    expect(Array.from(set.value)).toEqual([0.31, 0.42, 12.5]);
    expect(labelsOf(set, 1)).toEqual({
      __name__: 'http_server_request_duration_seconds_bucket',
      le: '0.5',
      route: '/api/cart',
      status: '200',
      trace_id: 'bbbb',
    });
    expect(labelsOf(set, 2)).toMatchObject({ route: '/api/checkout', status: '500', trace_id: 'cccc', span_id: 'dd' });
    expect(findLabel(set, 'span_id')!.codes[0]).toBe(-1);
    expect(report).toEqual({ series: 2, rejectedRows: 0, truncatedRows: 0, error: undefined });
  });

  it('rejects unusable exemplars and counts them', () => {
    const { set, report } = exemplarSetFromPrometheusJson({
      status: 'success',
      data: [
        {
          seriesLabels: {},
          exemplars: [
            { value: 'NaN', timestamp: 1 },
            { value: '1', timestamp: 'x' },
            { value: '0.1', timestamp: 2 },
            null,
          ],
        },
      ],
    });
    expect(set.size).toBe(1);
    expect(report.rejectedRows).toBe(3);
  });

  it('caps the number of exemplars and reports the rest', () => {
    const { set, report } = exemplarSetFromPrometheusJson(response, { cap: 2 });
    expect(set.size).toBe(2);
    expect(report.truncatedRows).toBe(1);
  });

  it.each([
    [
      { status: 'error', errorType: 'bad_data', error: 'invalid parameter "query"' },
      'Prometheus: bad_data: invalid parameter "query"',
    ],
    ['<html>', 'The exemplar API returned something that is not JSON.'],
    [{ status: 'success' }, 'The exemplar API response has no data list (is this a Prometheus-compatible API?).'],
  ])('explains a response it cannot use: %j', (body, error) => {
    const { set, report } = exemplarSetFromPrometheusJson(body);
    expect(set.size).toBe(0);
    expect(report.error).toBe(error);
  });

  it('identity-encodes trace IDs of large responses and keeps them readable', () => {
    const exemplars = Array.from({ length: 5000 }, (_, i) => ({
      labels: { trace_id: `t${i}` },
      value: '0.1',
      timestamp: i,
    }));
    const { set } = exemplarSetFromPrometheusJson({
      status: 'success',
      data: [{ seriesLabels: { route: '/a' }, exemplars }],
    });
    expect(labelsOf(set, 4999)).toEqual({ route: '/a', trace_id: 't4999' });
    expect(findLabel(set, 'route')!.dict).toEqual(['/a']);
  });
});

describe('exemplarSetFromPrometheusJson with odd caps and errors', () => {
  it('takes a cap that is not a whole positive number without throwing', () => {
    for (const [cap, size] of [
      [-1, 0],
      [0.5, 0],
      [2.7, 2],
      [NaN, 3],
      [Infinity, 3],
    ]) {
      const { set, report } = exemplarSetFromPrometheusJson(response, { cap });
      expect(set.size).toBe(size);
      expect(set.timeMs).toHaveLength(size);
      expect(report.truncatedRows).toBe(3 - size);
    }
  });

  it('says something when Prometheus reports an error with an empty text', () => {
    expect(exemplarSetFromPrometheusJson({ status: 'error', errorType: '', error: '' }).report.error).toBe(
      'Prometheus: error: unknown error'
    );
  });
});
