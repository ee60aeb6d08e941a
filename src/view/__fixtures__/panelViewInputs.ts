import { shopResponse } from '../../data/__fixtures__/prometheusFrames';
import { defaultOptions } from '../../types';
import { PanelViewInputs } from '../panelView';

/**
 * The inputs of a panel in panel-queries mode over the shop response (three routes, five instants), with trace
 * links to a Tempo data source, at the end of the response's range. Tests change only what they are about.
 */
export function shopPanelViewInputs(change: Partial<PanelViewInputs> = {}): PanelViewInputs {
  const { series, exemplars, times } = shopResponse();
  return {
    mode: 'panel',
    seriesFrames: series,
    exemplarFrames: exemplars,
    errors: [],
    options: defaultOptions,
    exemplarsRequested: true,
    datasourceDestinations: [{ name: 'trace_id', datasourceUid: 'tempo' }],
    tracingDatasources: [{ uid: 'tempo', name: 'Tempo', type: 'tempo' }],
    rangeToMs: times[4],
    nowMs: times[4],
    ...change,
  };
}
