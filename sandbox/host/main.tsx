/** Sandbox entry: boot data first, then services, then the built plugin, then React. */
import './bootData';
import { createTheme, type DataQuery } from '@grafana/data';
import { GlobalStyles, ThemeContext } from '@grafana/ui';
import React from 'react';
import { createRoot } from 'react-dom/client';
import type { Scenario } from '../shared/scenario';
import { latencyTargets } from '../shared/shopQueries';
import { App } from './app/App';
import { initialFieldConfig, initialPanelOptions } from './app/panelOptions';
import { createDebug } from './debug';
import { readHostParams } from './params';
import { loadPanelPlugin } from './pluginLoader';
import { installRuntimeServices } from './runtime/install';
import { loadScenario } from './scenarioLoader';

async function boot(container: HTMLElement): Promise<void> {
  const params = readHostParams(window.location.search);
  const theme = createTheme({ colors: { mode: params.theme } });
  document.body.classList.add(theme.isDark ? 'theme-dark' : 'theme-light');
  const scenario: Scenario | undefined = params.fixture ? await loadScenario(params.fixture) : undefined;
  const debug = createDebug(scenario ? 'fixture' : 'live', params.fixture, {
    delayMs: params.traceDelayMs ?? scenario?.traceDelayMs ?? 0,
    errorStatus: params.traceErrorStatus,
  });
  try {
    installRuntimeServices(theme, scenario, debug);
    const plugin = await loadPanelPlugin();
    const fieldConfig = initialFieldConfig(plugin);
    const options = await initialPanelOptions(plugin, scenario?.options ?? {}, scenario?.pluginVersion, fieldConfig);
    const targets = (scenario?.targets ?? latencyTargets()) as DataQuery[];
    createRoot(container).render(
      <ThemeContext.Provider value={theme}>
        <GlobalStyles />
        <App plugin={plugin} params={params} scenario={scenario} targets={targets} initialOptions={options} initialFieldConfig={fieldConfig} theme={theme} debug={debug} />
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
