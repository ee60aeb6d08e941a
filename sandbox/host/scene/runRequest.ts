/**
 * `setRunRequest`: what Grafana's `runRequest` (public/app/features/query/state/runRequest.ts) does for every
 * SceneQueryRunner — call the data source, merge the response packets by key, split frames into series and
 * annotations. In fixture mode a dashboard panel's own queries are answered with the scenario's frames for that
 * panel, with no data source involved (what Grafana's query runner would have produced).
 */
import {
  type DataFrame,
  dataFrameFromJSON,
  type DataQueryRequest,
  type DataQueryResponse,
  type DataSourceApi,
  LoadingState,
  type PanelData,
} from '@grafana/data';
import { setRunRequest } from '@grafana/runtime';
import { from, Observable, of } from 'rxjs';
import type { Scenario } from '../../shared/scenario';
import { toPanelData } from './panelData';
import { scenarioPanels } from './scenarioPanels';

function fixtureFrames(scenario: Scenario, panelId: number | undefined): DataFrame[] {
  const panel = scenarioPanels(scenario).find((candidate) => candidate.id === panelId) ?? scenarioPanels(scenario)[0];
  return [...(panel.series ?? []), ...(panel.annotations ?? [])].map((json) => dataFrameFromJSON(json));
}

function queryDataSource(ds: DataSourceApi, request: DataQueryRequest): Observable<PanelData> {
  return new Observable<PanelData>((subscriber) => {
    const packets = new Map<string, DataQueryResponse>();
    subscriber.next({ ...toPanelData([], request), state: LoadingState.Loading });
    const subscription = from(ds.query(request)).subscribe({
      next: (packet: DataQueryResponse) => {
        packets.set(packet.key ?? 'A', packet);
        subscriber.next(toPanelData([...packets.values()], request, packet.state ?? LoadingState.Done));
      },
      error: (error: unknown) => {
        const message =
          error instanceof Error ? error.message : ((error as { message?: string })?.message ?? JSON.stringify(error));
        subscriber.next({
          ...toPanelData([], request),
          state: LoadingState.Error,
          error: { message },
          errors: [{ message }],
        });
        subscriber.complete();
      },
      complete: () => subscriber.complete(),
    });
    return () => subscription.unsubscribe();
  });
}

export function installRunRequest(scenario: Scenario | undefined): void {
  setRunRequest((ds: DataSourceApi, request: DataQueryRequest): Observable<PanelData> => {
    // A fixture dashboard's saved panel queries: the scenario holds what they returned.
    if (scenario) {
      return of(toPanelData([{ data: fixtureFrames(scenario, request.panelId) }], request));
    }
    return queryDataSource(ds, request);
  });
}
