import { urlUtil } from '@grafana/data';
import { DataQuery } from '@grafana/schema';

export interface ExplorePane {
  datasource: { uid: string; type: string };
  queries: DataQuery[];
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
          range: { from: String(range.from), to: String(range.to) },
        },
      ];
    })
  );
  return urlUtil.renderUrl(`${appSubUrl}/explore`, { schemaVersion: 1, panes: JSON.stringify(paneState), orgId });
}
