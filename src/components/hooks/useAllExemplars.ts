import { useEffect, useMemo, useState } from 'react';
import { DataSourceInstanceSettings, TimeRange } from '@grafana/data';
import { exemplarSetFromPrometheusResponse } from '../../data/rawExemplarText';
import { RawExemplarReport } from '../../data/rawExemplars';
import { ExemplarSet } from '../../data/model';
import { PanelServices } from '../../services/panelServices';
import { errorMessage } from '../../data/errorMessage';

export interface AllExemplars {
  set: ExemplarSet;
  report: RawExemplarReport;
}

/**
 * One exemplar query for all selectors: Prometheus matches each series once however many
 * selectors name it, so overlapping panel queries (p50/p90/p99 of one histogram) cost nothing extra.
 */
function combinedExemplarQuery(selectors: string[]): string {
  return selectors.length === 1 ? selectors[0] : selectors.map((s) => `(${s})`).join(' or ');
}

/**
 * Every exemplar Prometheus holds for the selectors and range, read through the Prometheus data
 * source's resource route (Grafana forwards it with the data source's auth), bypassing the thinning
 * Grafana applies to exemplars returned with queries. Cancelled when inputs change or the panel unmounts.
 */
export function useAllExemplars(
  enabled: boolean,
  services: PanelServices,
  prometheus: DataSourceInstanceSettings | undefined,
  selectors: string[],
  timeRange: TimeRange,
  cap: number,
  refreshKey: string,
  /** The panel instance's key: two panels reading one data source must not cancel each other's request. */
  instanceKey: string
): { result?: AllExemplars; loading: boolean; error?: string } {
  const start = Math.floor(timeRange.from.valueOf() / 1000);
  const end = Math.ceil(timeRange.to.valueOf() / 1000);
  const uid = prometheus?.uid;
  const key =
    enabled && uid && selectors.length > 0 ? [uid, selectors.join('\n'), start, end, cap, refreshKey].join('|') : '';
  const [state, setState] = useState<{ key: string; result?: AllExemplars; error?: string }>({ key: '' });

  useEffect(() => {
    if (!key || !uid) {
      return;
    }
    const subscription = services
      .fetch<unknown>({
        url: `/api/datasources/uid/${encodeURIComponent(uid)}/resources/api/v1/query_exemplars`,
        method: 'GET',
        params: { query: combinedExemplarQuery(selectors), start, end },
        // Text: a million exemplars are scanned straight into columns, faster than JSON.parse.
        responseType: 'text',
        requestId: `exemplar-trace-all-${instanceKey}`,
        showErrorAlert: false,
      })
      .subscribe({
        next: (response) => setState({ key, result: exemplarSetFromPrometheusResponse(response.data, { cap }) }),
        error: (err: unknown) => setState({ key, error: errorMessage(err) }),
      });
    return () => subscription.unsubscribe();
    // `key` captures every input of the request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, services]);

  return useMemo(
    () =>
      !key
        ? { loading: false }
        : state.key === key
          ? { result: state.result, error: state.error, loading: false }
          : { loading: true, result: state.result },
    [key, state]
  );
}
