import React, { useCallback, useMemo, useState } from 'react';
import { css, cx } from '@emotion/css';
import { GrafanaTheme2, PanelProps } from '@grafana/data';
import { LoadingPlaceholder, useStyles2, useTheme2 } from '@grafana/ui';
import { DiagnosticAction } from '../data/diagnostics';
import { buildPanelModel } from '../data/panelModel';
import { visibleExemplars } from '../data/visibility';
import { exemplarDestinations, prometheusStoreType, tracingDatasources } from '../services/datasources';
import { usePanelServices } from '../services/panelServices';
import { createTraceFetcher } from '../trace/fetchTrace';
import { LatencyQueryOptions, PanelOptions } from '../types';
import { exemplarSelector, Interpolate, interpolateLatencyQuery } from '../data/promql';
import { groupColors, seriesColors } from './chart/colors';
import { LatencyChart } from './chart/LatencyChart';
import { Diagnostics } from './Diagnostics';
import { ExemplarCount } from './ExemplarCount';
import { ExemplarTable } from './ExemplarTable';
import { useAllExemplars } from './hooks/useAllExemplars';
import { LatencyData, useLatencyData } from './hooks/useLatencyData';
import { useSeriesVisibility } from './hooks/useSeriesVisibility';
import { useViewerSettings } from './hooks/useViewerSettings';
import { ViewerControls } from './ViewerControls';
import { perfMark, perfMarks, testIds } from './testIds';
import { TraceDrawer, TraceSelection } from './drawer/TraceDrawer';
import { useTracePrefetch } from './drawer/useTracePrefetch';
import { exploreLatencyQueries } from './drawer/exploreQueries';

type Props = PanelProps<PanelOptions>;

const HEADER_HEIGHT = 24;

/**
 * Selectors whose exemplars "All" mode reads: the builder's histogram, or the panel queries with
 * dashboard variables filled in (range macros only matter to the rate, not to which series match).
 */
function exemplarSelectors(data: LatencyData, query: LatencyQueryOptions, replaceVariables: Interpolate): string[] {
  const exprs = data.mode === 'builder' ? [exemplarSelector(interpolateLatencyQuery(query, replaceVariables))] : data.panelExprs;
  return Array.from(new Set(exprs.map((expr) => replaceVariables(expr).replace(/\$__\w+/g, '1m'))));
}

/** Below this many CSS pixels the clusters' radius decides everything: 1 px merges only coincident markers. */
const UNCLUSTERED_RADIUS = 1;

export function LatencyPanel(props: Props) {
  const { options, width, height, timeZone } = props;
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const services = usePanelServices();
  const data = useLatencyData(props, services);
  const { timeRange } = data;
  const [viewer, setViewer] = useViewerSettings(props.id);
  const showExemplars = viewer.show ?? options.exemplars.show;
  const allMode = options.exemplars.source === 'all';
  const { replaceVariables } = props;
  const selectors = useMemo(
    () => (allMode ? exemplarSelectors(data, options.query, replaceVariables) : []),
    [allMode, data, options.query, replaceVariables]
  );
  const all = useAllExemplars(
    allMode && showExemplars,
    services,
    data.prometheus,
    selectors,
    timeRange,
    options.exemplars.maxExemplars,
    `${props.data.request?.requestId}:${props.data.request?.startTime}`,
    data.instanceKey
  );
  const [selection, setSelection] = useState<TraceSelection>();

  const tracing = useMemo(() => tracingDatasources(services), [services]);
  // One fetcher per panel: its cache outlives the drawer, so reopening a trace is instant.
  const fetcher = useMemo(() => createTraceFetcher({ getDataSource: (uid) => services.getDataSource(uid) }), [services]);
  const model = useMemo(() => {
    // Performance API: the panel starts on new data or options (the start of the paint-time measure).
    perfMark(perfMarks.data);
    const built = buildPanelModel({
      mode: data.mode,
      seriesFrames: data.seriesFrames,
      exemplarFrames: data.exemplarFrames,
      errors: data.errors,
      options,
      quantileByRefId: data.quantileByRefId,
      exemplarsRequested: data.exemplarsRequested,
      datasourceDestinations: exemplarDestinations(data.prometheus),
      storeType: prometheusStoreType(data.prometheus),
      tracingDatasources: tracing,
      allExemplars: all.result,
      rangeToMs: timeRange.to.valueOf(),
      // When the data was asked for: "now" for the question whether the range is too old for exemplars.
      nowMs: props.data.request?.startTime ?? timeRange.to.valueOf(),
    });
    perfMark(perfMarks.modelEnd);
    return built;
  }, [data, options, tracing, timeRange, props.data.request?.startTime, all.result]);

  const onHoverExemplar = useTracePrefetch(fetcher, model, !selection);

  const colors = useMemo(() => seriesColors(model.series, theme), [model.series, theme]);
  const colorsOfGroups = useMemo(() => groupColors(model.groups, model.series, colors), [model.groups, model.series, colors]);
  const visibility = useSeriesVisibility(model.series);
  const include = useMemo(() => visibleExemplars(model, visibility.hidden, showExemplars), [model, visibility.hidden, showExemplars]);

  const { colorMode, color } = options.exemplars;
  const fixedColor = theme.visualization.getColorByName(color);
  const errorColor = theme.colors.error.main;
  const exemplarColor = useCallback(
    (exemplar: number) => {
      if (colorMode === 'status') {
        return model.isError[exemplar] ? errorColor : fixedColor;
      }
      if (colorMode === 'series') {
        const group = model.groupOfExemplar[exemplar];
        return group >= 0 ? colorsOfGroups[group] : fixedColor;
      }
      return fixedColor;
    },
    [colorMode, model, colorsOfGroups, fixedColor, errorColor]
  );

  const onDiagnosticAction = useCallback(
    (action: DiagnosticAction) => {
      if (action.kind === 'map-label') {
        const target = model.rules.find((r) => !r.problem) ?? { kind: 'datasource' as const, datasourceUid: tracing[0]?.uid };
        props.onOptionsChange({
          ...options,
          labelMapping: {
            ...options.labelMapping,
            rules: [...options.labelMapping.rules, { labelName: action.labelName, kind: target.kind, datasourceUid: target.datasourceUid, url: 'url' in target ? target.url : undefined }],
          },
        });
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model.rules, tracing, options, props.onOptionsChange]
  );

  const onOpenExemplars = useCallback((members: Uint32Array, first: number) => setSelection({ members, first }), []);
  const onOpenExemplar = useCallback((exemplar: number) => setSelection({ members: Uint32Array.of(exemplar), first: exemplar }), []);
  const onChangeTimeRange = useCallback(
    (range: { from: number; to: number }) => props.onChangeTimeRange(range),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [props.onChangeTimeRange]
  );

  const hasLines = model.series.some((s) => s.value.some(Number.isFinite));
  if (!hasLines) {
    return (
      <div className={styles.wrapper} style={{ width, height }} data-testid={testIds.panel.container}>
        {data.loading ? (
          <LoadingPlaceholder text="Loading latency…" data-testid={testIds.panel.loading} />
        ) : (
          <Diagnostics diagnostics={model.diagnostics} full onAction={onDiagnosticAction} />
        )}
      </div>
    );
  }

  const bodyHeight = Math.max(0, height - HEADER_HEIGHT);
  return (
    <div className={styles.wrapper} style={{ width, height }} data-testid={testIds.panel.container}>
      <div className={cx(styles.header, !props.title && styles.underHoverHeader)}>
        <ExemplarCount model={model} include={include} loading={all.loading} />
        {all.error && <span className={styles.error}>Exemplars: {all.error}</span>}
        <span className={styles.spacer} />
        <Diagnostics diagnostics={model.diagnostics} full={false} onAction={onDiagnosticAction} />
        <ViewerControls settings={viewer} show={showExemplars} onChange={setViewer} />
      </div>
      {viewer.view === 'table' ? (
        <ExemplarTable model={model} include={include} height={bodyHeight} timeZone={timeZone} onOpen={onOpenExemplar} />
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
          hidden={visibility.hidden}
          hiddenInLegend={visibility.hiddenInLegend}
          hiddenInTooltip={visibility.hiddenInTooltip}
          onLegendClick={visibility.onLegendClick}
          onChangeTimeRange={onChangeTimeRange}
          onOpenExemplars={onOpenExemplars}
          onHoverExemplar={onHoverExemplar}
        />
      )}
      {selection && (
        <TraceDrawer
          selection={selection}
          model={model}
          fetcher={fetcher}
          timeRange={timeRange}
          timeZone={timeZone}
          latencyTargets={exploreLatencyQueries(data, props.data.request?.targets)}
          prometheus={data.prometheus}
          onClose={() => setSelection(undefined)}
        />
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({ position: 'relative', overflow: 'hidden', color: theme.colors.text.primary }),
  header: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1), height: HEADER_HEIGHT, minWidth: 0 }),
  // A panel without a title gets Grafana's hover header: a widget (menu, drag handle) floating over the panel's
  // top right corner, where the viewer controls are. They keep clear of it.
  underHoverHeader: css({ paddingRight: theme.spacing(10) }),
  spacer: css({ flex: 1 }),
  error: css({ color: theme.colors.error.text, fontSize: theme.typography.bodySmall.fontSize, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }),
});
