import { LoadingState, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { of } from 'rxjs';

import { grafanaCapturedExemplarFrame, GRAFANA_EXEMPLAR_TRACE_IDS } from '../../data/__fixtures__/grafanaExemplarFrame';
import { exemplarSetFromFrames } from '../../data/exemplarFrames';
import { effectiveRules, traceTargetFor } from '../../links/mapping';
import { traceFrameFromSpans } from '../../trace/__fixtures__/traceFrames';
import { createTraceFetcher, type TraceDataSource } from '../../trace/fetchTrace';
import { traceRefFor } from './traceRef';

/**
 * A Tempo stand-in that stores traces under the trimmed hex IDs Tempo writes and, like Tempo's
 * `HexStringToTraceID`, pads a queried ID back to 32 digits before looking it up.
 */
function tempoHolding(traceIds: string[]): TraceDataSource & { asked: string[] } {
  const stored = new Set(traceIds.map((id) => id.padStart(32, '0')));
  const asked: string[] = [];
  return {
    type: 'tempo',
    name: 'Tempo',
    asked,
    query: (request: DataQueryRequest) => {
      const id = String((request.targets[0] as { query?: string }).query);
      asked.push(id);
      const padded = id.padStart(32, '0');
      const response: DataQueryResponse = stored.has(padded)
        ? {
            data: [traceFrameFromSpans([{ spanID: 'a1b2c3d4e5f60718', traceID: id.replace(/^0+/, ''), duration: 12 }])],
            state: LoadingState.Done,
          }
        : {
            data: [],
            errors: [
              { message: 'failed to get trace with id: x Status: 404 Not Found Body: trace not found', status: 404 },
            ],
          };
      return of(response);
    },
  };
}

describe("exemplars of Grafana's captured Prometheus frame open their traces", () => {
  const { set } = exemplarSetFromFrames([grafanaCapturedExemplarFrame()]);
  const rules = effectiveRules(
    {
      options: { rules: [], useDatasourceDefaults: true, autoDetect: true },
      datasourceDestinations: [],
      tracingDatasources: [{ uid: 'tempo', name: 'Tempo', type: 'tempo' }],
    },
    set
  );

  it('has the 62 exemplars and the 5 trimmed (31-digit) trace IDs Tempo wrote', () => {
    expect(set.size).toBe(62);
    expect(GRAFANA_EXEMPLAR_TRACE_IDS.filter((id) => id.length === 31)).toHaveLength(5);
  });

  it('opens every one, the 31-digit IDs included, by asking Tempo for the padded ID', async () => {
    const tempo = tempoHolding(GRAFANA_EXEMPLAR_TRACE_IDS);
    const fetcher = createTraceFetcher({ getDataSource: async () => tempo });
    const outcomes: string[] = [];
    for (let row = 0; row < set.size; row++) {
      const ref = traceRefFor(traceTargetFor(set, row, rules), set.timeMs[row]);
      expect(ref).toBeDefined();
      outcomes.push((await fetcher.fetch(ref!)).status);
    }
    expect(outcomes.every((status) => status === 'ok')).toBe(true);
    expect(tempo.asked).toContain('0a17f9f61386f57e7ef85acedc120f82');
    expect(tempo.asked.every((id) => id.length === 32)).toBe(true);
  });
});
