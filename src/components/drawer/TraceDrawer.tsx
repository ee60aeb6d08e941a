import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Drawer, useStyles2 } from '@grafana/ui';
import { PanelView } from '../../view/panelView';
import { TraceTarget } from '../../links/types';
import { DrawerContextProps, TraceSelection } from './drawerProps';
import { ExemplarDetails } from './ExemplarDetails';
import { ExemplarList } from './ExemplarList';
import { RegionDrawerParts } from './regionDrawerParts';
import { TargetNotice } from './TargetNotice';
import { TraceActions } from './TraceActions';
import { TracePreview } from './TracePreview';
import { useCloseOnEscape } from './useCloseOnEscape';
import { SpanUrlProps } from './useSharedSpan';
import { useDrawerExemplar } from './useDrawerExemplar';
import { testIds } from '../testIds';

export interface TraceDrawerProps extends DrawerContextProps {
  selection: TraceSelection;
  model: PanelView;
  /** The selected span, kept in the dashboard URL. */
  span?: SpanUrlProps;
  /** The drawer shows exemplar `row` (its trace `target`): the URL follows. */
  onShow?: (row: number, target: TraceTarget | undefined) => void;
  onClose: () => void;
  region?: RegionDrawerParts;
}

/** Side drawer: the exemplar(s) clicked, and a preview of the trace behind the selected one. */
export function TraceDrawer(props: TraceDrawerProps) {
  const { selection, model, fetcher, timeRange, timeZone, onClose } = props;
  const styles = useStyles2(getStyles);
  const { current, setCurrent, target, state, retry, spanId } = useDrawerExemplar(
    selection,
    model,
    fetcher,
    props.onShow
  );
  const unit = model.series[0]?.unit ?? 's';
  useCloseOnEscape(onClose);

  const count = selection.members.length;
  const { region } = props;
  if (region?.view) {
    return (
      <Drawer title={region.title} tabs={region.tabs} onClose={onClose} size="md">
        <div data-testid={testIds.drawer.container}>{region.view}</div>
      </Drawer>
    );
  }

  return (
    <Drawer
      title={region?.title ?? (count > 1 ? `${count.toLocaleString()} exemplars` : 'Exemplar trace')}
      tabs={region?.tabs}
      subtitle={target ? <span className={styles.mono}>{target.traceId}</span> : undefined}
      onClose={onClose}
      size="md"
    >
      <div data-testid={testIds.drawer.container}>
        {region?.header}
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
        <TraceActions
          target={target}
          timeRange={timeRange}
          latencyTargets={props.latencyTargets}
          prometheus={props.prometheus}
          exemplarTimeMs={model.exemplars.timeMs[current]}
        />
        <TargetNotice target={target} />
        {target?.kind === 'datasource' && (
          <TracePreview
            state={state}
            datasourceName={target.datasource.name}
            datasourceType={target.datasource.type}
            exemplarTimeMs={model.exemplars.timeMs[current]}
            onRetry={retry}
            timeZone={timeZone}
            exemplarSpanId={spanId}
            span={props.span}
          />
        )}
      </div>
    </Drawer>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  mono: css({ fontFamily: theme.typography.fontFamilyMonospace }),
});
