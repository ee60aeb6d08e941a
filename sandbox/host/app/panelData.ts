/**
 * PanelData the way Grafana's query runner builds it: frames with `meta.dataTopic === 'annotations'` go to
 * `annotations`, the rest to `series` (public/app/features/query/state/runRequest.ts processResponsePacket),
 * then toDataFrame + guessFieldTypes (preProcessPanelData) and field config applied to series (VizPanel).
 */
import {
  applyFieldOverrides,
  type DataFrame,
  type DataQuery,
  type DataQueryRequest,
  type DataQueryResponse,
  DataTopic,
  type FieldConfigSource,
  type GrafanaTheme2,
  guessFieldTypes,
  type InterpolateFunction,
  LoadingState,
  type PanelData,
  type PanelPlugin,
  rangeUtil,
  type TimeRange,
  toDataFrame,
} from '@grafana/data';

let requestCounter = 0;

export function buildRequest(targets: DataQuery[], range: TimeRange, maxDataPoints: number, minInterval: string | undefined): DataQueryRequest {
  const { interval, intervalMs } = rangeUtil.calculateInterval(range, maxDataPoints, minInterval);
  requestCounter++;
  return {
    app: 'dashboard',
    requestId: `SQR${requestCounter}`,
    timezone: 'browser',
    range,
    interval,
    intervalMs,
    maxDataPoints,
    targets,
    panelId: 1,
    dashboardUID: 'sandbox',
    startTime: Date.now(),
    scopedVars: {
      __interval: { text: interval, value: interval },
      __interval_ms: { text: String(intervalMs), value: intervalMs },
    },
  };
}

function processed(frames: DataFrame[]): DataFrame[] {
  return frames.map((frame) => {
    const dataFrame = guessFieldTypes(toDataFrame(frame));
    dataFrame.fields.forEach((field) => (field.state = null));
    return dataFrame;
  });
}

export function toPanelData(responses: DataQueryResponse[], request: DataQueryRequest, state = LoadingState.Done): PanelData {
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

export function withFieldConfig(data: PanelData, plugin: PanelPlugin, fieldConfig: FieldConfigSource, theme: GrafanaTheme2, replaceVariables: InterpolateFunction): PanelData {
  const series = applyFieldOverrides({ data: data.series, fieldConfig, fieldConfigRegistry: plugin.fieldConfigRegistry, replaceVariables, theme, timeZone: 'browser' });
  return { ...data, series };
}
