/** The sandbox page: dashboard toolbar, the panel in a resizable box, and the options editor beside it. */
import { css } from '@emotion/css';
import {
  type AbsoluteTimeRange,
  type DataQuery,
  dateTime,
  EventBusSrv,
  type FieldConfigSource,
  type GrafanaTheme2,
  type InterpolateFunction,
  type PanelData,
  type PanelPlugin,
  rangeUtil,
  type ScopedVars,
  type TimeRange,
} from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';
import { useStyles2 } from '@grafana/ui';
import { cloneDeep, setWith } from 'lodash';
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../shared/scenario';
import { publishOptions, publishPanelData, type SandboxDebug } from '../debug';
import type { HostParams } from '../params';
import { OptionsEditor } from './OptionsEditor';
import { withFieldConfig } from './panelData';
import { PanelView } from './PanelView';
import { Toolbar } from './Toolbar';
import { useElementSize } from './useElementSize';
import { usePanelData } from './usePanelData';

export interface AppProps {
  plugin: PanelPlugin;
  params: HostParams;
  scenario?: Scenario;
  targets: DataQuery[];
  initialOptions: Record<string, unknown>;
  initialFieldConfig: FieldConfigSource;
  theme: GrafanaTheme2;
  debug: SandboxDebug;
}

const PANEL_TITLE = 'Request latency';

function initialTimeRange(params: HostParams, scenario?: Scenario): TimeRange {
  if (scenario) {
    const from = dateTime(scenario.timeRange.from);
    const to = dateTime(scenario.timeRange.to);
    return { from, to, raw: { from, to } };
  }
  return rangeUtil.convertRawToRange({ from: params.from, to: params.to });
}

function themeToggleHref(isDark: boolean): string {
  const query = new URLSearchParams(window.location.search);
  query.set('theme', isDark ? 'light' : 'dark');
  return `?${query.toString()}`;
}

export function App({ plugin, params, scenario, targets, initialOptions, initialFieldConfig, theme, debug }: AppProps) {
  const styles = useStyles2(getStyles);
  const [timeRange, setTimeRange] = useState(() => initialTimeRange(params, scenario));
  const [options, setOptions] = useState(initialOptions);
  const [fieldConfig, setFieldConfig] = useState(initialFieldConfig);
  const [refreshKey, setRefreshKey] = useState(0);
  const eventBus = useMemo(() => new EventBusSrv(), []);
  const boxRef = useRef<HTMLDivElement>(null);
  const measured = useElementSize(boxRef);
  const width = params.width ?? measured.width;
  const height = params.height ?? measured.height;
  const rawData = usePanelData(scenario, targets, timeRange, Math.max(width, 100), refreshKey);

  const replaceVariables: InterpolateFunction = useCallback(
    (value: string, extraVars?: ScopedVars, format?: string | Function) => getTemplateSrv().replace(value, { ...rawData?.request?.scopedVars, ...extraVars }, format),
    [rawData]
  );
  const data = useMemo(() => (rawData ? withFieldConfig(rawData, plugin, fieldConfig, theme, replaceVariables) : undefined), [rawData, plugin, fieldConfig, theme, replaceVariables]);
  // Counts data updates (for the debug state and as the panel's renderCounter). Grafana's PanelStateWrapper hands
  // a panel new data in one setState; bumping a counter from an effect would add a second panel render Grafana
  // does not make, so it is derived during render (React's "information from previous renders" pattern).
  const [counted, setCounted] = useState<{ data?: PanelData; renderCounter: number }>({ renderCounter: 0 });
  if (data && data !== counted.data) {
    setCounted({ data, renderCounter: counted.renderCounter + 1 });
  }
  // A render that set state above is thrown away and re-run at once, so this is already the new count.
  const renderCounter = counted.renderCounter;

  const onChangeTimeRange = useCallback((range: AbsoluteTimeRange) => {
    const from = dateTime(range.from);
    const to = dateTime(range.to);
    setTimeRange({ from, to, raw: { from, to } });
  }, []);
  // Grafana's refresh re-reads a relative range ("Last 1 minute" moves with now); an absolute one stays.
  const onRefresh = useCallback(() => {
    setTimeRange((range) => (rangeUtil.isRelativeTimeRange(range.raw) ? rangeUtil.convertRawToRange(range.raw) : range));
    setRefreshKey((key) => key + 1);
  }, []);
  const onOptionChange = useCallback((path: string, value: unknown) => {
    setOptions((current) => setWith(cloneDeep(current), path, value, Object));
  }, []);

  useEffect(() => publishOptions(debug, options), [debug, options]);
  useEffect(() => {
    if (data) {
      publishPanelData(debug, data, renderCounter);
    }
  }, [debug, data, renderCounter]);

  return (
    <div className={styles.page}>
      <Toolbar title={scenario ? `Sandbox · fixture ${params.fixture}` : 'Sandbox · live'} timeRange={timeRange} onChangeTimeRange={setTimeRange} onRefresh={onRefresh} themeToggleHref={themeToggleHref(theme.isDark)} isDark={theme.isDark} />
      <div className={styles.body}>
        <div
          className={params.width ? styles.fixedBox : styles.resizableBox}
          style={params.width ? { width: params.width, height: params.height } : undefined}
          ref={boxRef}
          data-testid="sandbox-panel-box"
        >
          {data && width > 0 && height > 0 && (
            <PanelView
              plugin={plugin}
              title={PANEL_TITLE}
              width={width}
              height={height}
              data={data}
              timeRange={timeRange}
              options={options}
              fieldConfig={fieldConfig}
              renderCounter={renderCounter}
              eventBus={eventBus}
              replaceVariables={replaceVariables}
              onOptionsChange={setOptions}
              onFieldConfigChange={setFieldConfig}
              onChangeTimeRange={onChangeTimeRange}
            />
          )}
        </div>
        {params.showEditor && data && (
          <aside className={styles.editor}>
            <OptionsEditor plugin={plugin} options={options} series={data.series} annotations={data.annotations ?? []} eventBus={eventBus} replaceVariables={replaceVariables} onChange={onOptionChange} />
          </aside>
        )}
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', height: '100vh', background: theme.colors.background.canvas, color: theme.colors.text.primary }),
  body: css({ display: 'flex', flex: 1, minHeight: 0, gap: theme.spacing(2), padding: theme.spacing(2) }),
  resizableBox: css({ flex: 1, minWidth: 200, minHeight: 150, resize: 'both', overflow: 'hidden' }),
  fixedBox: css({ flex: 'none', alignSelf: 'flex-start' }),
  editor: css({ width: 360, flex: 'none', background: theme.colors.background.primary, border: `1px solid ${theme.colors.border.weak}`, borderRadius: theme.shape.radius.default }),
});
