import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, TimeRange } from '@grafana/data';
import { Button, ClipboardButton, useStyles2 } from '@grafana/ui';
import { buildExploreUrl, ExplorePane } from '../../links/explore';
import { TraceTarget } from '../../links/types';
import { usePanelServices } from '../../services/panelServices';
import { buildTraceIdQuery } from '../../trace/queries';
import { PromQuery } from '../hooks/useLatencyData';
import { ExternalTraceLink } from './ExternalTraceLink';
import { testIds } from '../testIds';

interface Props {
  target: TraceTarget | undefined;
  timeRange: TimeRange;
  latencyTargets: PromQuery[];
  prometheus?: { uid: string; type: string };
}

/** Explore with the latency queries beside the trace query, when both can be built. */
function explorePanes(
  target: Extract<TraceTarget, { kind: 'datasource' }>,
  latencyTargets: PromQuery[],
  prometheus: Props['prometheus']
): ExplorePane[] {
  const query = buildTraceIdQuery(target.datasource.type, target.traceId);
  const panes: ExplorePane[] = [];
  if (prometheus && latencyTargets.length > 0) {
    panes.push({ datasource: prometheus, queries: latencyTargets });
  }
  if (!('error' in query)) {
    panes.push({ datasource: { uid: target.datasource.uid, type: target.datasource.type }, queries: [query] });
  }
  return panes;
}

/** Where the exemplar's trace can be opened: Explore (and a link to copy) or the external tool a rule names. */
export function TraceActions({ target, timeRange, latencyTargets, prometheus }: Props) {
  const styles = useStyles2(getStyles);
  const services = usePanelServices();
  const range = { from: timeRange.from.valueOf(), to: timeRange.to.valueOf() };
  const explorePath =
    target?.kind === 'datasource'
      ? buildExploreUrl('', range, explorePanes(target, latencyTargets, prometheus), services.orgId())
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
      {explorePath && (
        <ClipboardButton
          size="sm"
          variant="secondary"
          icon="link"
          getText={() => `${window.location.origin}${services.appSubUrl()}${explorePath}`}
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
