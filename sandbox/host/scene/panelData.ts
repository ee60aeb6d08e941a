/**
 * PanelData the way Grafana's query runner builds it: frames with `meta.dataTopic === 'annotations'` go to
 * `annotations`, the rest to `series` (public/app/features/query/state/runRequest.ts processResponsePacket),
 * then toDataFrame + guessFieldTypes (preProcessPanelData). VizPanel applies the field config.
 */
import {
  type DataFrame,
  type DataQueryRequest,
  type DataQueryResponse,
  DataTopic,
  guessFieldTypes,
  LoadingState,
  type PanelData,
  toDataFrame,
} from '@grafana/data';

function processed(frames: DataFrame[]): DataFrame[] {
  return frames.map((frame) => {
    const dataFrame = guessFieldTypes(toDataFrame(frame));
    dataFrame.fields.forEach((field) => (field.state = null));
    return dataFrame;
  });
}

export function toPanelData(
  responses: DataQueryResponse[],
  request: DataQueryRequest,
  state = LoadingState.Done
): PanelData {
  const series: DataFrame[] = [];
  const annotations: DataFrame[] = [];
  let error = undefined;
  for (const response of responses) {
    error ??= response.error;
    for (const frame of response.data as DataFrame[]) {
      (frame.meta?.dataTopic === DataTopic.Annotations ? annotations : series).push(frame);
    }
  }
  return {
    state: error ? LoadingState.Error : state,
    series: processed(series),
    annotations: processed(annotations),
    error,
    errors: error ? [error] : undefined,
    request,
    timeRange: request.range,
  };
}
