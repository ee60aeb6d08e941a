import { defaultOptions } from '../types';
import { exemplarFrame, shopResponse } from '../data/__fixtures__/prometheusFrames';
import { buildPanelView } from './panelView';
import { shopPanelViewInputs } from './__fixtures__/panelViewInputs';
import { exemplarSetFromPrometheusJson } from '../data/rawExemplars';

const { exemplars, times } = shopResponse();

const inputs = shopPanelViewInputs;

describe('buildPanelView', () => {
  it('derives series, exemplars, groups, errors and links from a Prometheus response', () => {
    const model = buildPanelView(inputs());
    expect(model.series).toHaveLength(3);
    expect(model.groups.map((g) => g.labels.route)).toEqual(['/api/cart', '/api/checkout']);
    expect(model.exemplars.size).toBe(3);
    expect(Array.from(model.groupOfExemplar)).toEqual([0, 1, 0]);
    expect(Array.from(model.isError)).toEqual([0, 1, 0]);
    expect(model.linkedExemplars).toBe(2);
    expect(model.rules[0]).toMatchObject({ labelName: 'trace_id', origin: 'datasource' });
    expect(model.diagnostics).toEqual([]);
  });

  it("calls the frames sampled only when Grafana's sampler ran on them", () => {
    expect(buildPanelView(inputs()).exemplars.source).toBe('sampled');
    expect(buildPanelView(inputs({ unsampled: true })).exemplars.source).toBe('unsampled');
  });

  it('keeps one copy of exemplars repeated by several quantile queries', () => {
    const copy = { ...exemplars[0], refId: 'p50' };
    const model = buildPanelView(inputs({ exemplarFrames: [exemplars[0], copy] }));
    expect(model.exemplars.size).toBe(3);
  });

  it('keeps exemplars that differ only in one label', () => {
    const a = exemplarFrame('A', [{ timeMs: 1, value: 1, labels: { trace_id: 'a' } }]);
    const b = exemplarFrame('B', [{ timeMs: 1, value: 1, labels: { trace_id: 'b' } }]);
    expect(buildPanelView(inputs({ exemplarFrames: [a, b] })).exemplars.size).toBe(2);
  });

  it('applies the exemplar cap from the options', () => {
    const model = buildPanelView(
      inputs({ options: { ...defaultOptions, exemplars: { ...defaultOptions.exemplars, maxExemplars: 1 } } })
    );
    expect(model.exemplars.size).toBe(1);
    expect(model.diagnostics.map((d) => d.id)).toContain('truncated-exemplars');
  });
});

describe('buildPanelView with every exemplar and a filter', () => {
  it('uses raw exemplars instead of the sampled frames in "All" mode', () => {
    const raw = exemplarSetFromPrometheusJson({
      status: 'success',
      data: [
        {
          seriesLabels: { route: '/api/cart', status: '500' },
          exemplars: [{ labels: { trace_id: 'x' }, value: '0.2', timestamp: times[1] / 1000 }],
        },
      ],
    });
    const model = buildPanelView(inputs({ allExemplars: raw }));
    expect(model.exemplars.source).toBe('all');
    expect(model.exemplars.size).toBe(1);
    expect(Array.from(model.groupOfExemplar)).toEqual([0]);
  });

  it('reports the raw API error as a query error', () => {
    const raw = exemplarSetFromPrometheusJson({ status: 'error', errorType: 'timeout', error: 'query timed out' });
    const model = buildPanelView(inputs({ allExemplars: raw }));
    expect(model.diagnostics[0]).toMatchObject({
      severity: 'error',
      detail: 'Raw exemplars: Prometheus: timeout: query timed out',
    });
  });

  it('filters exemplars by label and explains a filter it cannot read', () => {
    const withFilter = (filter: string) => ({ ...defaultOptions, exemplars: { ...defaultOptions.exemplars, filter } });
    expect(Array.from(buildPanelView(inputs({ options: withFilter('status=~"5.."') })).filterMask)).toEqual([0, 1, 0]);
    const broken = buildPanelView(inputs({ options: withFilter('status=~"(("') }));
    expect(Array.from(broken.filterMask)).toEqual([1, 1, 1]);
    expect(broken.diagnostics.map((d) => d.id)).toEqual(['filter']);
  });
});

describe('buildPanelView with frames whose length disagrees with their fields', () => {
  it('de-duplicates by the rows the fields hold: no invented rows, none dropped without a count', () => {
    const frame = exemplarFrame('A', [
      { timeMs: times[1], value: 0.1, labels: { trace_id: 'a' } },
      { timeMs: times[2], value: 0.2, labels: { trace_id: 'b' } },
    ]);
    const empty = { ...exemplarFrame('B', []), length: 3 };
    const short = { ...frame, refId: 'C', length: 1 };
    const model = buildPanelView(inputs({ exemplarFrames: [frame, empty, short] }));
    // Frame C repeats A's two rows: kept once. The empty frame claims 3 rows but has none.
    expect(model.exemplars.size).toBe(2);
    expect(model.parseReport).toMatchObject({ rejectedRows: 0, truncatedRows: 0 });
    const distinct = {
      ...exemplarFrame('D', [
        { timeMs: times[3], value: 0.3, labels: { trace_id: 'd' } },
        { timeMs: times[4], value: 0.4, labels: { trace_id: 'e' } },
      ]),
      length: 1,
    };
    expect(buildPanelView(inputs({ exemplarFrames: [frame, distinct] })).exemplars.size).toBe(4);
  });
});
