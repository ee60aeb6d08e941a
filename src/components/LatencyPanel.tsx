import React, { useCallback, useMemo } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, PanelProps } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { hasLatencyLines } from '../data/model';
import { tracingDatasources } from '../services/datasources';
import { usePanelServices } from '../services/panelServices';
import { defaultOptions, PanelOptions } from '../types';
import { LatencyChart } from './chart/LatencyChart';
import { NoLatencyLines } from './NoLatencyLines';
import { ExemplarTable } from './ExemplarTable';
import { useDiagnosticFix } from './hooks/useDiagnosticFix';
import { useExemplarColors } from './hooks/useExemplarColors';
import { usePanelView } from './hooks/usePanelView';
import { useVisibleExemplars } from './hooks/useVisibleExemplars';
import { useViewerSettings } from './hooks/useViewerSettings';
import { HEADER_HEIGHT, PanelHeader } from './PanelHeader';
import { testIds } from './testIds';
import { panelKeyOf } from './hooks/panelUrlKey';
import { usePanelTraces } from './hooks/usePanelTraces';
import { useTraceSelection } from './hooks/useTraceSelection';
import { PanelDrawer } from './PanelDrawer';
import { exploreLatencyQueries } from './drawer/exploreQueries';
import { usePanelRegion } from './region/usePanelRegion';

type Props = PanelProps<PanelOptions>;

/** Below this many CSS pixels the clusters' radius decides everything: 1 px merges only coincident markers. */
const UNCLUSTERED_RADIUS = 1;

export function LatencyPanel(props: Props) {
  const { options, width, height, timeZone } = props;
  const styles = useStyles2(getStyles);
  const services = usePanelServices();
  const panelKey = panelKeyOf(props.id, props.data.request);
  const [viewer, setViewer] = useViewerSettings(props.id, services, panelKey);
  const showExemplars = viewer.show ?? options.exemplars.show;
  const tracing = useMemo(() => tracingDatasources(services), [services]);
  const { data, all, model } = usePanelView(props, services, tracing, showExemplars);
  const { timeRange } = data;
  const { colors, exemplarColor } = useExemplarColors(model, options.exemplars);
  const { visibility, include } = useVisibleExemplars(model, showExemplars);
  const selection = useTraceSelection({ services, panelKey, model, include, tracing, ready: !data.loading });
  const { openExemplars, openExemplar, close } = selection;
  const { fetcher, onHoverExemplar } = usePanelTraces(services, model, selection.subject !== undefined);
  const { region, chart, onOpenExemplars, onAddToFilter } = usePanelRegion({
    ...{ model, include, options, openExemplars, closeTraceDrawer: close },
    ...{ selectMode: viewer.drag === 'select', url: { services, panelKey, ready: !data.loading } },
    onOptionsChange: props.onOptionsChange,
  });
  const onDiagnosticAction = useDiagnosticFix(model, tracing, options, props.onOptionsChange);

  const onChangeTimeRange = useCallback(
    (range: { from: number; to: number }) => props.onChangeTimeRange(range),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [props.onChangeTimeRange]
  );

  if (!hasLatencyLines(model.series)) {
    return (
      <div className={styles.wrapper} style={{ width, height }} data-testid={testIds.panel.container}>
        <NoLatencyLines loading={data.loading} diagnostics={model.diagnostics} onAction={onDiagnosticAction} />
      </div>
    );
  }

  const bodyHeight = Math.max(0, height - HEADER_HEIGHT);
  return (
    <div className={styles.wrapper} style={{ width, height }} data-testid={testIds.panel.container}>
      <PanelHeader
        model={model}
        include={include}
        allLoading={all.loading}
        allError={all.error}
        viewer={viewer}
        showExemplars={showExemplars}
        onViewerChange={setViewer}
        onDiagnosticAction={onDiagnosticAction}
        untitled={!props.title}
      />
      {viewer.view === 'table' ? (
        <ExemplarTable model={model} include={include} height={bodyHeight} timeZone={timeZone} onOpen={openExemplar} />
      ) : (
        <LatencyChart
          model={model}
          width={width}
          height={bodyHeight}
          timeRange={timeRange}
          timeZone={timeZone}
          colors={colors}
          exemplarColor={exemplarColor}
          include={include}
          clusterRadius={options.exemplars.cluster ? options.exemplars.clusterRadius : UNCLUSTERED_RADIUS}
          opacity={viewer.opacity}
          legend={options.legend ?? defaultOptions.legend}
          tooltip={options.tooltip ?? defaultOptions.tooltip}
          exemplarOptions={options.exemplars}
          hidden={visibility.hidden}
          hiddenInLegend={visibility.hiddenInLegend}
          hiddenInTooltip={visibility.hiddenInTooltip}
          onLegendClick={visibility.onLegendClick}
          onChangeTimeRange={onChangeTimeRange}
          onOpenExemplars={onOpenExemplars}
          onHoverExemplar={onHoverExemplar}
          region={chart}
        />
      )}
      <PanelDrawer
        {...{ model, fetcher, timeRange, timeZone, region, selection, onAddToFilter }}
        latencyTargets={exploreLatencyQueries(data, props.data.request?.targets)}
        prometheus={data.prometheus}
      />
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({ position: 'relative', overflow: 'hidden', color: theme.colors.text.primary }),
});
