/**
 * Sandbox entry, in the order Grafana's app boots: boot data, runtime services (data sources, template, backend,
 * run request, plugin import), then the dashboard scene rendered under the theme.
 */
import './bootData';
import { createTheme } from '@grafana/data';
import { GlobalStyles, ThemeContext } from '@grafana/ui';
import React from 'react';
import { createRoot } from 'react-dom/client';
import type { Scenario } from '../shared/scenario';
import { latencyTargets } from '../shared/shopQueries';
import { createDebug } from './debug';
import { readHostParams } from './params';
import { installRuntimeServices } from './runtime/install';
import { loadScenario } from './scenarioLoader';
import { buildDashboard } from './scene/buildDashboard';
import { installPluginImport } from './scene/pluginImport';
import { installRunRequest } from './scene/runRequest';
import { SINGLE_PANEL_TITLE, scenarioPanels } from './scene/scenarioPanels';
import { UrlSync } from './scene/UrlSync';

async function boot(container: HTMLElement): Promise<void> {
  const params = readHostParams(window.location.search);
  const theme = createTheme({ colors: { mode: params.theme } });
  document.body.classList.add(theme.isDark ? 'theme-dark' : 'theme-light');
  const debug = createDebug(params.fixture ? 'fixture' : 'live', params.fixture, {
    delayMs: params.traceDelayMs ?? 0,
    errorStatus: params.traceErrorStatus,
  });
  try {
    const scenario: Scenario | undefined = params.fixture ? await loadScenario(params.fixture) : undefined;
    debug.traceBehaviour.delayMs = params.traceDelayMs ?? scenario?.traceDelayMs ?? 0;
    installRuntimeServices(theme, scenario, debug);
    installRunRequest(scenario);
    // VizPanel imports the plugin itself; awaiting here turns a load failure into a boot error.
    await installPluginImport((message) => (debug.loadError = message));
    const panels = scenario
      ? scenarioPanels(scenario)
      : [{ id: 1, title: SINGLE_PANEL_TITLE, targets: latencyTargets() }];
    const title = scenario ? `Sandbox · fixture ${params.fixture}` : 'Sandbox · live';
    const scene = buildDashboard(params, scenario, panels, debug, { title, isDark: theme.isDark });
    createRoot(container).render(
      <ThemeContext.Provider value={theme}>
        <GlobalStyles />
        <UrlSync scene={scene}>
          <scene.Component model={scene} />
        </UrlSync>
      </ThemeContext.Provider>
    );
  } catch (error) {
    debug.loadError = error instanceof Error ? error.message : String(error);
    throw error;
  }
}

const root = document.getElementById('sandbox-root');
if (root) {
  boot(root).catch((error: unknown) => {
    console.error('sandbox: boot failed', error);
    root.textContent = `Sandbox failed to start: ${error instanceof Error ? error.message : String(error)}`;
  });
}
