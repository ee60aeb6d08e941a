import { FieldType, getPanelDataSummary, toDataFrame, VisualizationSuggestionScore } from '@grafana/data';
import { latencySuggestions } from './suggestions';

const quantiles = toDataFrame({
  refId: 'A',
  meta: { executedQueryString: 'Expr: histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m])))' },
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
    expect(latencySuggestions(getPanelDataSummary([quantiles]))?.[0].score).toBe(VisualizationSuggestionScore.Good);
    expect(latencySuggestions(getPanelDataSummary([quantiles, exemplars]))?.[0].score).toBe(
      VisualizationSuggestionScore.Best
    );
  });

  it('offers it for exemplar frames alone', () => {
    expect(latencySuggestions(getPanelDataSummary([plainRate, exemplars]))).toHaveLength(1);
  });

  it('does not offer it for other time series or no data', () => {
    expect(latencySuggestions(getPanelDataSummary([plainRate]))).toBeUndefined();
    expect(latencySuggestions(getPanelDataSummary([]))).toBeUndefined();
  });
});
