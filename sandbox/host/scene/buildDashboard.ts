/**
 * The sandbox dashboard as Grafana 12/13 builds one (dashboard-scene transformSaveModelToScene): a scene with a
 * time range, a `route` variable, time and refresh pickers, and one VizPanel per saved panel, each with its own
 * SceneQueryRunner. Repeated panels go through PanelRepeater.
 */
import { CoreApp, dateTime } from '@grafana/data';
import {
  CustomVariable,
  EmbeddedScene,
  type EmbeddedSceneState,
  type SceneDataQuery,
  type SceneObject,
  SceneQueryRunner,
  SceneRefreshPicker,
  SceneTimePicker,
  SceneTimeRange,
  SceneVariableSet,
  VariableValueSelectors,
  VizPanel,
  VizPanelMenu,
} from '@grafana/scenes';
import type { Scenario, ScenarioPanel, ScenarioVariable } from '../../shared/scenario';
import { FIXTURE_ROUTES, LIVE_ROUTES } from '../../shared/shopQueries';
import type { HostParams } from '../params';
import { PLUGIN_ID } from '../pluginLoader';
import { DashboardBody } from './DashboardBody';
import { makeDashboardPage, type PageChrome } from './DashboardPage';
import { publishPanelState } from './debugPublisher';
import type { SandboxDebug } from '../debug';
import { setDashboardPanelContext } from './panelContext';
import { PanelRepeater } from './PanelRepeater';

const DASHBOARD_UID = 'sandbox';
const PROMETHEUS_REF = { type: 'prometheus', uid: 'prometheus' };

/** EmbeddedScene plus what DashboardScene.enrichDataRequest adds to every query: app, dashboard and panel ids. */
export class SandboxDashboard extends EmbeddedScene {
  constructor(state: EmbeddedSceneState, chrome: PageChrome) {
    super(state);
    // One page per load: the renderer carries the page chrome (title, theme switch) around the scene's controls.
    SandboxDashboard.Component = makeDashboardPage(chrome);
  }

  enrichDataRequest(source: SceneObject) {
    let panel: SceneObject | undefined = source;
    while (panel && !(panel instanceof VizPanel)) {
      panel = panel.parent;
    }
    return {
      app: CoreApp.Dashboard,
      dashboardUID: DASHBOARD_UID,
      panelId: panel instanceof VizPanel ? panel.getLegacyPanelId() : undefined,
      panelPluginId: panel instanceof VizPanel ? panel.state.pluginId : undefined,
      panelName: panel instanceof VizPanel ? panel.state.title : undefined,
    };
  }
}

/**
 * The panel's queries as dashboard-scene runs them: a saved panel without `targets` gets PanelModel's default
 * `[{ refId: 'A' }]`, and a panel with an empty list gets no query runner at all (createPanelDataProvider).
 */
function panelDataProvider(panel: ScenarioPanel): SceneQueryRunner | undefined {
  const queries = (panel.targets ?? [{ refId: 'A' }]) as SceneDataQuery[];
  return queries.length > 0
    ? new SceneQueryRunner({ datasource: PROMETHEUS_REF, queries, maxDataPointsFromWidth: true })
    : undefined;
}

function buildVizPanel(panel: ScenarioPanel, behavior: (object: SceneObject) => void | (() => void)): VizPanel {
  return new VizPanel({
    $behaviors: [behavior],
    key: `panel-${panel.id}`,
    title: panel.title,
    pluginId: PLUGIN_ID,
    pluginVersion: panel.pluginVersion,
    options: panel.options ?? {},
    fieldConfig: (panel.fieldConfig as VizPanel['state']['fieldConfig']) ?? { defaults: {}, overrides: [] },
    extendPanelContext: setDashboardPanelContext,
    // As dashboard-scene builds panels: an untitled panel gets the hover header, every panel the panel menu.
    hoverHeader: !panel.title,
    menu: new VizPanelMenu({ items: [{ text: 'View', iconClassName: 'eye', onClick: () => undefined }] }),
    $data: panelDataProvider(panel),
  });
}

function buildVariable({ name, values, current }: ScenarioVariable): CustomVariable {
  const value = current ?? ['$__all'];
  return new CustomVariable({
    name,
    label: name,
    query: values.join(','),
    isMulti: true,
    includeAll: true,
    value,
    text: value,
  });
}

function timeRange(params: HostParams, scenario: Scenario | undefined): SceneTimeRange {
  if (scenario) {
    // Absolute ranges, as the picker shows them (YYYY-MM-DD HH:mm:ss).
    const from = dateTime(scenario.timeRange.from).toISOString();
    const to = dateTime(scenario.timeRange.to).toISOString();
    return new SceneTimeRange({ from, to });
  }
  return new SceneTimeRange({ from: params.from, to: params.to });
}

export function buildDashboard(
  params: HostParams,
  scenario: Scenario | undefined,
  panels: ScenarioPanel[],
  debug: SandboxDebug,
  chrome: PageChrome
): SandboxDashboard {
  const behavior = publishPanelState(debug, `panel-${panels[0].id}`);
  const variables = scenario?.variables ?? [{ name: 'route', values: scenario ? FIXTURE_ROUTES : LIVE_ROUTES }];
  const items = panels.map((panel) =>
    panel.repeat
      ? new PanelRepeater({ source: buildVizPanel(panel, behavior), variableName: panel.repeat })
      : buildVizPanel(panel, behavior)
  );
  return new SandboxDashboard(
    {
      $timeRange: timeRange(params, scenario),
      $variables: new SceneVariableSet({ variables: variables.map(buildVariable) }),
      controls: [new VariableValueSelectors({}), new SceneTimePicker({}), new SceneRefreshPicker({ withText: true })],
      body: new DashboardBody({ items, width: params.width, height: params.height, showEditor: params.showEditor }),
    },
    chrome
  );
}
