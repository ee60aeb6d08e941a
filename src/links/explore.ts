import { urlUtil } from '@grafana/data';
import { DataQuery } from '@grafana/schema';

export interface ExplorePane {
  datasource: { uid: string; type: string };
  queries: DataQuery[];
}

/**
 * An Explore URL in Grafana's current schema (schemaVersion 1, `panes` as JSON), the form Grafana's
 * own apps build. Two panes open a split view: the latency query beside the trace.
 */
export function buildExploreUrl(appSubUrl: string, range: { from: number; to: number }, panes: ExplorePane[]): string {
  const paneState = Object.fromEntries(
    panes.map((pane, i) => [
      `pane${i + 1}`,
      {
        datasource: pane.datasource.uid,
        queries: pane.queries.map((q) => ({ ...q, datasource: pane.datasource })),
        range: { from: String(range.from), to: String(range.to) },
      },
    ])
  );
  return urlUtil.renderUrl(`${appSubUrl}/explore`, { schemaVersion: 1, panes: JSON.stringify(paneState), orgId: 1 });
}
