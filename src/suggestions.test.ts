import { DataFrame, FieldType, getPanelDataSummary, toDataFrame, VisualizationSuggestionScore } from '@grafana/data';
import { latencySuggestions, latencySuggestionsSupplier } from './suggestions';

const quantiles = toDataFrame({
  refId: 'A',
  meta: { executedQueryString: 'Expr: histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m]))' },
  fields: [
    { name: 'Time', type: FieldType.time, values: [1, 2] },
    { name: 'Value', type: FieldType.number, values: [0.1, 0.2] },
  ],
});
const exemplars = toDataFrame({
  name: 'exemplar',
  fields: [
    { name: 'Time', type: FieldType.time, values: [1] },
    { name: 'Value', type: FieldType.number, values: [0.3] },
    { name: 'trace_id', type: FieldType.string, values: ['abc'] },
  ],
});
const plainRate = toDataFrame({
  refId: 'A',
  meta: { executedQueryString: 'Expr: rate(http_requests_total[5m])' },
  fields: [
    { name: 'Time', type: FieldType.time, values: [1, 2] },
    { name: 'Value', type: FieldType.number, values: [3, 4] },
  ],
});

describe('suggestions', () => {
  it('offers the panel for histogram quantiles, best with their exemplars', () => {
    expect(latencySuggestions([quantiles])?.[0].score).toBe(VisualizationSuggestionScore.Good);
    expect(latencySuggestions([quantiles, exemplars])?.[0].score).toBe(VisualizationSuggestionScore.Best);
  });

  it('offers it for exemplar frames alone', () => {
    expect(latencySuggestions([plainRate, exemplars])).toHaveLength(1);
  });

  it('does not offer it for other time series or no data', () => {
    expect(latencySuggestions([plainRate])).toBeUndefined();
    expect(latencySuggestions([])).toBeUndefined();
  });

  // The builder as Grafana 12.3 hands it (PanelData) and as 12.4 and 13 do (getPanelDataSummary's rawFrames); its
  // appender merges the defaults into each suggestion, as both versions' getListAppender do.
  function builder(shape: 'data' | 'summary', frames: DataFrame[]) {
    const list: object[] = [];
    return {
      list,
      ...(shape === 'data' ? { data: { series: frames } } : { dataSummary: getPanelDataSummary(frames) }),
      getListAppender: (defaults: object) => ({ append: (s: object) => list.push({ ...defaults, ...s }) }),
    };
  }

  it.each(['data', 'summary'] as const)("appends itself with this plugin's id (builder with %s)", (shape) => {
    const found = builder(shape, [quantiles, exemplars]);
    latencySuggestionsSupplier.getSuggestionsForData(found);
    expect(found.list).toEqual([
      expect.objectContaining({
        pluginId: 'exemplartrace-latency-panel',
        name: 'Latency with exemplars',
        score: VisualizationSuggestionScore.Best,
      }),
    ]);
    const none = builder(shape, [plainRate]);
    latencySuggestionsSupplier.getSuggestionsForData(none);
    expect(none.list).toEqual([]);
  });
});
