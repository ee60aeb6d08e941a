import { DataFrame, FieldType, VisualizationSuggestionScore } from '@grafana/data';
import { isExemplarFrame } from './data/exemplarFrames';
import pluginJson from './plugin.json';

function isQuantileFrame(frame: DataFrame): boolean {
  const expr: unknown = frame.meta?.executedQueryString;
  const hasLine =
    frame.fields.some((f) => f.type === FieldType.time) && frame.fields.some((f) => f.type === FieldType.number);
  return hasLine && typeof expr === 'string' && /histogram_quantile\s*\(/i.test(expr);
}

interface LatencySuggestion {
  name: string;
  description: string;
  score: VisualizationSuggestionScore;
}

/**
 * Offers this panel, as Grafana's own panels' suppliers do, when the data is latency quantiles of a histogram
 * (`histogram_quantile` in the executed query) or holds exemplar frames: the two things it draws.
 */
export function latencySuggestions(frames: DataFrame[]): LatencySuggestion[] | undefined {
  const exemplars = frames.some(isExemplarFrame);
  const quantiles = frames.some(isQuantileFrame);
  if (!exemplars && !quantiles) {
    return undefined;
  }
  return [
    {
      name: 'Latency with exemplars',
      description: 'Latency quantile lines with their exemplars; click one to preview its trace.',
      score: exemplars && quantiles ? VisualizationSuggestionScore.Best : VisualizationSuggestionScore.Good,
    },
  ];
}

/**
 * What both suggestion builders hand a supplier: Grafana 12.3's (with `data`) and the one 12.4 and 13 keep for
 * suppliers of this form (with `dataSummary.rawFrames`). Grafana 12.4 moved to plain functions of the summary, which
 * 12.3 does not accept, so the panel uses the form every supported version takes.
 */
interface SuggestionsBuilderLike {
  data?: { series?: DataFrame[] };
  // frameCount: in every version's summary (a type of optional properties only must share one with what it takes).
  dataSummary?: { rawFrames?: DataFrame[]; frameCount?: number };
  getListAppender(defaults: { name: string; pluginId: string }): {
    append(suggestion: { name?: string; description?: string; score?: VisualizationSuggestionScore }): void;
  };
}

export const latencySuggestionsSupplier = {
  getSuggestionsForData(builder: SuggestionsBuilderLike): void {
    const frames = builder.dataSummary?.rawFrames ?? builder.data?.series ?? [];
    const suggestions = latencySuggestions(frames);
    if (!suggestions) {
      return;
    }
    const appender = builder.getListAppender({ name: suggestions[0].name, pluginId: pluginJson.id });
    suggestions.forEach((suggestion) => appender.append(suggestion));
  },
};
