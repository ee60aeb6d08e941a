import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, TimeRange } from '@grafana/data';
import { Button, ClipboardButton, useStyles2 } from '@grafana/ui';
import { buildExploreUrl, ExplorePane, traceLookupUsesRange } from '../../links/explore';
import { buildShareUrl, shareRange } from '../../view/shareLink';
import { traceRefFor } from './traceRef';
import { TraceTarget } from '../../links/types';
import { PanelServices, usePanelServices } from '../../services/panelServices';
import { buildTraceIdQuery } from '../../trace/queries';
import { PromQuery } from '../hooks/useLatencyData';
import { ExternalTraceLink } from './ExternalTraceLink';
import { testIds } from '../testIds';

interface Props {
  target: TraceTarget | undefined;
  timeRange: TimeRange;
  latencyTargets: PromQuery[];
  prometheus?: { uid: string; type: string };
  /** The exemplar's time: Copy link shares the dashboard with an absolute range around it. */
  exemplarTimeMs?: number;
}

/** Explore with the latency queries beside the trace query, when both can be built. */
function explorePanes(
  target: Extract<TraceTarget, { kind: 'datasource' }>,
  latencyTargets: PromQuery[],
  prometheus: Props['prometheus'],
  traceRange: { from: number; to: number } | undefined
): ExplorePane[] {
  const query = buildTraceIdQuery(target.datasource.type, target.traceId);
  const panes: ExplorePane[] = [];
  if (prometheus && latencyTargets.length > 0) {
    panes.push({ datasource: prometheus, queries: latencyTargets });
  }
  if (!('error' in query)) {
    const datasource = { uid: target.datasource.uid, type: target.datasource.type };
    panes.push({ datasource, queries: [query], range: traceRange });
  }
  return panes;
}

/** Tempo with its time-shift window looks traces up within the range: give it the trace's own. */
function traceRange(services: PanelServices, target: Extract<TraceTarget, { kind: 'datasource' }>, exemplarMs: number) {
  const settings = services.getInstanceSettings(target.datasource.uid);
  return settings && traceLookupUsesRange(settings.type, settings.jsonData)
    ? traceRefFor(target, exemplarMs)?.timeRange
    : undefined;
}

/** Where the exemplar's trace can be opened: Explore (and a link to copy) or the external tool a rule names. */
export function TraceActions({ target, timeRange, latencyTargets, prometheus, exemplarTimeMs }: Props) {
  const styles = useStyles2(getStyles);
  const services = usePanelServices();
  const range = { from: timeRange.from.valueOf(), to: timeRange.to.valueOf() };
  const at = exemplarTimeMs ?? NaN;
  const explorePath =
    target?.kind === 'datasource'
      ? buildExploreUrl(
          '',
          range,
          explorePanes(target, latencyTargets, prometheus, traceRange(services, target, at)),
          services.orgId()
        )
      : undefined;
  // The dashboard as it is now (the URL holds the open trace), with an absolute range a later visit still finds.
  const dashboardLink = () =>
    buildShareUrl(
      `${window.location.origin}${services.appSubUrl()}${services.pathname()}`,
      services.search(),
      {},
      shareRange(range, at)
    );
  return (
    <div className={styles.actions}>
      {explorePath && (
        <Button
          icon="compass"
          size="sm"
          onClick={() => services.navigate(explorePath)}
          data-testid={testIds.drawer.openExplore}
        >
          Open in Explore
        </Button>
      )}
      {explorePath && (
        <ClipboardButton
          size="sm"
          variant="secondary"
          icon="link"
          tooltip={
            exemplarTimeMs === undefined
              ? 'Copies the Explore link'
              : 'Copies a link to this dashboard with this trace open, with an absolute time range around the exemplar so the link keeps working after it ages out'
          }
          getText={() =>
            exemplarTimeMs === undefined
              ? `${window.location.origin}${services.appSubUrl()}${explorePath}`
              : dashboardLink()
          }
          data-testid={testIds.drawer.copyLink}
        >
          Copy link
        </ClipboardButton>
      )}
      {target?.kind === 'url' && (
        <ExternalTraceLink url={target.url} label={target.displayLabel} testId={testIds.drawer.openExternal} />
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  actions: css({ display: 'flex', gap: theme.spacing(1), margin: theme.spacing(1, 0) }),
});
