import {
  DataFrame,
  FieldType,
  PanelDataSummary,
  VisualizationSuggestion,
  VisualizationSuggestionScore,
} from '@grafana/data';
import { isExemplarFrame } from './data/exemplarFrames';
import { SeriesFieldConfig } from './fieldConfig';
import { PanelOptions } from './types';

function isQuantileFrame(frame: DataFrame): boolean {
  const expr: unknown = frame.meta?.executedQueryString;
  const hasLine =
    frame.fields.some((f) => f.type === FieldType.time) && frame.fields.some((f) => f.type === FieldType.number);
  return hasLine && typeof expr === 'string' && /histogram_quantile\s*\(/i.test(expr);
}

/**
 * Offers this panel, as Grafana's own panels' suppliers do, when the data is latency quantiles of a histogram
 * (`histogram_quantile` in the executed query) or holds exemplar frames: the two things it draws.
 */
export function latencySuggestions(
  summary: PanelDataSummary
): Array<VisualizationSuggestion<PanelOptions, SeriesFieldConfig>> | void {
  const frames = summary.rawFrames ?? [];
  const exemplars = frames.some(isExemplarFrame);
  const quantiles = frames.some(isQuantileFrame);
  if (!exemplars && !quantiles) {
    return;
  }
  return [
    {
      name: 'Latency with exemplars',
      description: 'Latency quantile lines with their exemplars; click one to preview its trace.',
      score: exemplars && quantiles ? VisualizationSuggestionScore.Best : VisualizationSuggestionScore.Good,
    },
  ];
}
