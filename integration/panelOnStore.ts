import { exemplarFrames, matrixFrames, PromQueryShape } from '../sandbox/shared/prometheusFrames';
import { dataFrameFromJSON } from '@grafana/data';
import { buildPanelView, PanelView } from '../src/view/panelView';
import { exemplarSelector, planLatencyQueries } from '../src/data/promql';
import { defaultOptions, PanelOptions } from '../src/types';
import { queryExemplars, queryRange } from '../tools/stack/prometheus-api';

/**
 * What the panel's query builder shows for a store, without a browser: the panel's own query plan,
 * sent to the real store; its answers shaped into Grafana's frames by the sandbox converter (which
 * follows grafana/grafana pkg/promlib); the frames through the panel model, diagnostics included.
 */

const STEP_SECONDS = 1;
/** What Grafana makes of `$__rate_interval` for a 1 s scrape interval and a 1 s step: 4 × scrape interval. */
const RATE_INTERVAL = '4s';

function builderOptions(change: Partial<PanelOptions['query']> = {}): PanelOptions {
  return {
    ...defaultOptions,
    query: {
      ...defaultOptions.query,
      datasourceUid: 'central',
      metric: 'http_server_request_duration_seconds',
      groupBy: ['route'],
      ...change,
    },
  };
}

export interface StoreView {
  /** The Prometheus data source's `jsonData.prometheusType`, as the panel reads it. */
  storeType?: string;
  startSeconds: number;
  endSeconds: number;
}

export async function panelOnStore(storeUrl: string, view: StoreView, options = builderOptions()): Promise<PanelView> {
  const plan = planLatencyQueries(options.query);
  if (!plan.ok) {
    throw new Error(plan.error);
  }
  const seriesFrames = [];
  const exemplarFrameList = [];
  for (const query of plan.queries) {
    const shape: PromQueryShape = {
      refId: query.refId,
      expr: query.expr.replace('$__rate_interval', RATE_INTERVAL),
      stepMs: STEP_SECONDS * 1000,
      legendFormat: query.legendFormat,
    };
    const matrix = await queryRange(storeUrl, shape.expr, view.startSeconds, view.endSeconds, STEP_SECONDS);
    seriesFrames.push(...matrixFrames(matrix, shape).map(dataFrameFromJSON));
    // Grafana's Prometheus data source asks query_exemplars with the query's own expression.
    const exemplars = await queryExemplars(storeUrl, shape.expr, view.startSeconds, view.endSeconds);
    exemplarFrameList.push(...exemplarFrames(exemplars, shape).map(dataFrameFromJSON));
  }
  return buildPanelView({
    mode: 'builder',
    seriesFrames,
    exemplarFrames: exemplarFrameList,
    errors: [],
    options,
    quantileByRefId: Object.fromEntries(plan.queries.map((q) => [q.refId, q.quantile])),
    exemplarsRequested: true,
    datasourceDestinations: [{ name: 'trace_id', datasourceUid: 'tempo' }],
    tracingDatasources: [{ uid: 'tempo', name: 'Tempo', type: 'tempo' }],
    storeType: view.storeType,
    rangeToMs: view.endSeconds * 1000,
    nowMs: Date.now(),
  });
}

/** The selector *All* mode reads raw exemplars for, from the builder options. */
export function allModeSelector(options = builderOptions()): string {
  return exemplarSelector(options.query);
}
