import { useEffect, useState } from 'react';
import { histogramBaseName } from '../../data/promql';
import { PanelServices } from '../../services/panelServices';

interface MetricFinder {
  metricFindQuery?: (query: string) => Promise<Array<{ text: string }>>;
}

/**
 * Histogram metrics the Prometheus data source knows (names of `_bucket` series), for suggestions.
 * Uses the data source's own metric finder, so auth and proxies are Grafana's.
 */
export function useHistogramMetrics(services: PanelServices, datasourceUid: string | undefined): string[] {
  const [metrics, setMetrics] = useState<{ uid?: string; names: string[] }>({ names: [] });
  useEffect(() => {
    let cancelled = false;
    services
      .getDataSource(datasourceUid)
      .then((ds) => (ds as unknown as MetricFinder).metricFindQuery?.('metrics(.*_bucket)') ?? [])
      .then((found) => {
        if (!cancelled) {
          const names = Array.from(new Set(found.map((m) => histogramBaseName(m.text)))).sort();
          setMetrics({ uid: datasourceUid, names });
        }
      })
      // Suggestions are a convenience: without them the field still takes any name.
      .catch(() => !cancelled && setMetrics({ uid: datasourceUid, names: [] }));
    return () => {
      cancelled = true;
    };
  }, [services, datasourceUid]);
  return metrics.uid === datasourceUid ? metrics.names : [];
}
