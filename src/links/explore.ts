import { urlUtil } from '@grafana/data';
import { DataQuery } from '@grafana/schema';

export interface ExplorePane {
  datasource: { uid: string; type: string };
  queries: DataQuery[];
  /** The pane's own range; default the one given for all panes. */
  range?: { from: number; to: number };
}

/**
 * Whether a tracing data source looks a trace ID up within the query's time range: Tempo with its time-shift search
 * window (`jsonData.traceQuery.timeShiftEnabled`) searches only the range shifted by its margins, so Explore must
 * get the trace's own range, not the dashboard's, or it finds nothing once the exemplar has aged out of it.
 */
export function traceLookupUsesRange(type: string, jsonData: unknown): boolean {
  const traceQuery = (jsonData as { traceQuery?: { timeShiftEnabled?: unknown } } | undefined)?.traceQuery;
  return type === 'tempo' && traceQuery?.timeShiftEnabled === true;
}

/**
 * An Explore URL in Grafana's current schema (schemaVersion 1, `panes` as JSON), the form Grafana's
 * own apps build. Two panes open a split view: the latency query beside the trace. `appSubUrl` is '' for a path
 * handed to `locationService` (its history already carries Grafana's sub path) and Grafana's sub path for a link.
 */
export function buildExploreUrl(
  appSubUrl: string,
  range: { from: number; to: number },
  panes: ExplorePane[],
  orgId: number
): string {
  const paneState = Object.fromEntries(
    panes.map((pane, i) => {
      // A data source reference is its type and uid: full instance settings (url, jsonData, meta) would only
      // lengthen the URL.
      const datasource = { type: pane.datasource.type, uid: pane.datasource.uid };
      return [
        `pane${i + 1}`,
        {
          datasource: datasource.uid,
          queries: pane.queries.map((q) => ({ ...q, datasource })),
          range: { from: String((pane.range ?? range).from), to: String((pane.range ?? range).to) },
        },
      ];
    })
  );
  return urlUtil.renderUrl(`${appSubUrl}/explore`, { schemaVersion: 1, panes: JSON.stringify(paneState), orgId });
}
