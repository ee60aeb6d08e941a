import React, { useEffect, useMemo, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, TimeRange } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { Alert, Button, ClipboardButton, Drawer, useStyles2 } from '@grafana/ui';
import { findLabel, labelValue } from '../../data/columnar';
import { PanelView } from '../../view/panelView';
import { buildExploreUrl, ExplorePane } from '../../links/explore';
import { traceTargetFor } from '../../links/mapping';
import { TraceTarget } from '../../links/types';
import { usePanelServices } from '../../services/panelServices';
import { TraceFetcher } from '../../trace/fetchTrace';
import { exemplarSpanId } from '../../trace/exemplarSpan';
import { buildTraceIdQuery } from '../../trace/queries';
import { PromQuery } from '../hooks/useLatencyData';
import { ExemplarDetails } from './ExemplarDetails';
import { ExemplarList } from './ExemplarList';
import { ExternalTraceLink } from './ExternalTraceLink';
import { TracePreview } from './TracePreview';
import { traceRefFor } from './traceRef';
import { useTracePreview } from './useTracePreview';
import { testIds } from '../testIds';

export interface TraceSelection {
  /** Exemplar indices of the clicked cluster (one for a single exemplar). */
  members: Uint32Array;
  /** The exemplar to preview first: the cluster's representative. */
  first: number;
}

interface Props {
  selection: TraceSelection;
  model: PanelView;
  fetcher: TraceFetcher;
  timeRange: TimeRange;
  timeZone: TimeZone;
  latencyTargets: PromQuery[];
  prometheus?: { uid: string; type: string };
  onClose: () => void;
}

function explorePanes(target: Extract<TraceTarget, { kind: 'datasource' }>, props: Props): ExplorePane[] {
  const query = buildTraceIdQuery(target.datasource.type, target.traceId);
  const panes: ExplorePane[] = [];
  if (props.prometheus && props.latencyTargets.length > 0) {
    panes.push({ datasource: props.prometheus, queries: props.latencyTargets });
  }
  if (!('error' in query)) {
    panes.push({ datasource: { uid: target.datasource.uid, type: target.datasource.type }, queries: [query] });
  }
  return panes;
}

/**
 * Escape closes the drawer (focus then returns to the chart through the drawer's focus manager). Grafana's
 * Drawer leaves Escape to the app's key bindings, which a panel does not get. Capture phase: the tooltip of
 * the focused Close button would otherwise swallow the first Escape.
 */
function useCloseOnEscape(onClose: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        onClose();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [onClose]);
}

/** Side drawer: the exemplar(s) clicked, and a preview of the trace behind the selected one. */
export function TraceDrawer(props: Props) {
  const { selection, model, fetcher, timeRange, timeZone, onClose } = props;
  const styles = useStyles2(getStyles);
  const services = usePanelServices();
  // The chosen row belongs to one selection: a new click starts again at its representative.
  const [choice, setChoice] = useState<{ selection: TraceSelection; row: number }>({ selection, row: selection.first });
  const current = choice.selection === selection ? choice.row : selection.first;
  const setCurrent = (row: number) => setChoice({ selection, row });

  const unit = model.series[0]?.unit ?? 's';
  const target = useMemo(() => traceTargetFor(model.exemplars, current, model.rules), [model, current]);
  const ref = useMemo(() => traceRefFor(target, model.exemplars.timeMs[current]), [target, model.exemplars, current]);
  const { state, retry } = useTracePreview(fetcher, ref);
  const spanId = useMemo(
    () => exemplarSpanId((name) => labelValue(findLabel(model.exemplars, name), current)),
    [model.exemplars, current]
  );
  useCloseOnEscape(onClose);

  const range = { from: timeRange.from.valueOf(), to: timeRange.to.valueOf() };
  const explorePath =
    target?.kind === 'datasource'
      ? buildExploreUrl('', range, explorePanes(target, props), services.orgId())
      : undefined;
  const count = selection.members.length;

  return (
    <Drawer
      title={count > 1 ? `${count.toLocaleString()} exemplars` : 'Exemplar trace'}
      subtitle={target ? <span className={styles.mono}>{target.traceId}</span> : undefined}
      onClose={onClose}
      size="md"
    >
      <div data-testid={testIds.drawer.container}>
        {count > 1 && (
          <ExemplarList
            set={model.exemplars}
            members={selection.members}
            rules={model.rules}
            isError={model.isError}
            selected={current}
            onSelect={setCurrent}
            unit={unit}
            timeZone={timeZone}
          />
        )}
        <ExemplarDetails
          set={model.exemplars}
          row={current}
          unit={unit}
          timeZone={timeZone}
          isError={model.isError[current] === 1}
        />
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
        {!target && (
          <Alert severity="info" title="No trace ID on this exemplar">
            None of its labels is mapped to a trace. Add a rule under Trace links in the panel options.
          </Alert>
        )}
        {target?.kind === 'broken' && (
          <Alert severity="warning" title="This trace link does not work">
            {target.reason}
          </Alert>
        )}
        {target?.kind === 'url' && (
          <Alert severity="info" title="Preview needs a tracing data source">
            This label links to an external tool. Map it to a Tempo, Jaeger or Zipkin data source to preview traces
            here.
          </Alert>
        )}
        {target?.kind === 'datasource' && (
          <TracePreview
            state={state}
            datasourceName={target.datasource.name}
            onRetry={retry}
            timeZone={timeZone}
            exemplarSpanId={spanId}
          />
        )}
      </div>
    </Drawer>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  actions: css({ display: 'flex', gap: theme.spacing(1), margin: theme.spacing(1, 0) }),
  mono: css({ fontFamily: theme.typography.fontFamilyMonospace }),
});
