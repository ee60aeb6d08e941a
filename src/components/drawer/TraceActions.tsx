import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, TimeRange } from '@grafana/data';
import { Button, ClipboardButton, useStyles2 } from '@grafana/ui';
import { buildExploreUrl, ExplorePane, traceLookupUsesRange } from '../../links/explore';
import { traceRefFor } from './traceRef';
import { TraceTarget } from '../../links/types';
import { PanelServices, usePanelServices } from '../../services/panelServices';
import { buildTraceIdQuery } from '../../trace/queries';
import { PromQuery } from '../hooks/useLatencyData';
import { CopyDashboardLink } from './CopyDashboardLink';
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
      {explorePath && exemplarTimeMs !== undefined && <CopyDashboardLink range={range} exemplarMs={at} />}
      {explorePath && (
        <ClipboardButton
          size="sm"
          variant="secondary"
          icon="compass"
          tooltip="Copies the link Open in Explore follows"
          getText={() => `${window.location.origin}${services.appSubUrl()}${explorePath}`}
        >
          Copy Explore link
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
