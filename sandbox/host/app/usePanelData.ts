/**
 * Runs the panel queries like Grafana's query runner (live), or hands over the scenario frames (fixture).
 * Re-runs on time range change and refresh; unsubscribing cancels the in-flight query.
 */
import { type DataFrame, dataFrameFromJSON, type DataQuery, type DataQueryResponse, LoadingState, type PanelData, type TimeRange } from '@grafana/data';
import { getDataSourceSrv } from '@grafana/runtime';
import { useEffect, useState } from 'react';
import { from, type Subscription } from 'rxjs';
import type { Scenario } from '../../shared/scenario';
import { buildRequest, toPanelData } from './panelData';

export function usePanelData(scenario: Scenario | undefined, targets: DataQuery[], timeRange: TimeRange, maxDataPoints: number, refreshKey: number): PanelData | undefined {
  const [data, setData] = useState<PanelData>();

  useEffect(() => {
    let subscription: Subscription | undefined;
    let cancelled = false;
    const run = async () => {
      const ds = await getDataSourceSrv().get(targets[0]?.datasource ?? null);
      const request = buildRequest(targets, timeRange, maxDataPoints, ds.interval);
      if (scenario) {
        // Fixture mode: the frames Grafana's query runner would have produced, no data source involved.
        const frames: DataFrame[] = [...scenario.series, ...(scenario.annotations ?? [])].map((json) => dataFrameFromJSON(json));
        setData(toPanelData([{ data: frames }], request));
        return;
      }
      setData((previous) => (previous ? { ...previous, state: LoadingState.Loading } : previous));
      const packets = new Map<string, DataQueryResponse>();
      subscription = from(ds.query(request)).subscribe({
        next: (packet: DataQueryResponse) => {
          packets.set(packet.key ?? 'A', packet);
          if (!cancelled) {
            setData(toPanelData([...packets.values()], request, packet.state ?? LoadingState.Done));
          }
        },
        error: (error: unknown) => {
          if (!cancelled) {
            const message = error instanceof Error ? error.message : JSON.stringify(error);
            setData({ ...toPanelData([], request), state: LoadingState.Error, error: { message } });
          }
        },
      });
    };
    run().catch((error: unknown) => console.error('sandbox: query failed', error));
    return () => {
      cancelled = true;
      subscription?.unsubscribe();
    };
    // maxDataPoints is read at query time only: Grafana does not re-query on resize.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenario, targets, timeRange, refreshKey]);

  return data;
}
