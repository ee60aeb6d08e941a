/**
 * Installs every @grafana/runtime service the sandbox provides, before the plugin is loaded:
 * data sources (Prometheus + tracing), template, backend and location services, and config.
 */
import { type DataSourceApi, type DataSourceInstanceSettings, EventBusSrv, type GrafanaTheme2 } from '@grafana/data';
import { config, setAppEvents, setBackendSrv, setDataSourceSrv, setTemplateSrv } from '@grafana/runtime';
import { DEFAULT_DATASOURCES, LIVE_DATASOURCES, type Scenario } from '../../shared/scenario';
import type { TracingDataSourceType } from '../../shared/traceFrames';
import { PrometheusDatasource, type PromOptions as PromDatasourceOptions } from '@grafana/prometheus';
import { dsQueryRoute } from '../datasources/dsQuery';
import { fixturePromBackend, livePromBackend } from '../datasources/promBackend';
import { toInstanceSettings } from '../datasources/settings';
import { SandboxTracingDataSource } from '../datasources/tracing';
import { demoTraceLookup, scenarioTraceLookup } from '../datasources/traceSource';
import type { SandboxDebug } from '../debug';
import { asBackendSrv, type ResourceHandler, SandboxBackendSrv } from './backendSrv';
import { type RegisteredDataSource, SandboxDataSourceSrv } from './dataSourceSrv';
import { recordNavigation } from './location';
import { registerStandardEditors } from './optionEditors';
import { SandboxTemplateSrv } from './templateSrv';

const TRACING_TYPES: TracingDataSourceType[] = ['tempo', 'jaeger', 'zipkin'];

export interface InstalledServices {
  templateSrv: SandboxTemplateSrv;
  dataSourceSrv: SandboxDataSourceSrv;
}

/**
 * Prometheus data sources are Grafana's own frontend (`@grafana/prometheus` PrometheusDatasource); their queries reach
 * the emulated backend through `POST /api/ds/query`, their resource calls the emulated resource routes.
 */
export function installRuntimeServices(
  theme: GrafanaTheme2,
  scenario: Scenario | undefined,
  debug: SandboxDebug
): InstalledServices {
  registerStandardEditors();
  // Grafana's app-wide event bus: VizPanel hands it to panels as PanelContext.eventBus when no cursor sync applies.
  setAppEvents(new EventBusSrv());
  config.theme2 = theme;
  config.theme = theme.v1;
  config.bootData.user.theme = theme.isDark ? 'dark' : 'light';
  config.bootData.user.lightTheme = theme.isLight;
  config.featureToggles = { ...config.featureToggles, ...scenario?.featureToggles };

  // Before the data sources: Grafana's PrometheusDatasource takes getTemplateSrv() in its constructor.
  const templateSrv = new SandboxTemplateSrv();
  setTemplateSrv(templateSrv);
  const sources = (scenario ? (scenario.datasources ?? DEFAULT_DATASOURCES) : LIVE_DATASOURCES).map((source, index) =>
    toInstanceSettings(source, index + 1)
  );
  const resourceHandlers = new Map<string, ResourceHandler>();
  const registered: RegisteredDataSource[] = [];
  const promBackend = scenario ? fixturePromBackend(scenario) : livePromBackend();
  let dsQuery: ReturnType<typeof dsQueryRoute> | undefined;
  const traceLookup = scenario ? scenarioTraceLookup(scenario.traces ?? {}) : demoTraceLookup();

  for (const settings of sources) {
    if (settings.type === 'prometheus') {
      dsQuery = dsQueryRoute(
        promBackend,
        String((settings.jsonData as PromDatasourceOptions).timeInterval ?? ''),
        scenario?.targets ?? [],
        (records) => debug.promQueries.push(records)
      );
      resourceHandlers.set(settings.uid, promBackend.resource);
      const instance = new PrometheusDatasource(settings as DataSourceInstanceSettings<PromDatasourceOptions>);
      registered.push({ settings, instance: instance as unknown as DataSourceApi });
    } else if ((TRACING_TYPES as string[]).includes(settings.type)) {
      const instance = new SandboxTracingDataSource(
        settings,
        settings.type as TracingDataSourceType,
        traceLookup,
        () => debug.traceBehaviour,
        (record) => {
          debug.traceQueries.push(record);
        }
      );
      registered.push({ settings, instance });
    }
  }

  config.datasources = Object.fromEntries(sources.map((settings) => [settings.name, settings]));
  config.defaultDatasource = sources.find((settings) => settings.isDefault)?.name ?? '';

  const dataSourceSrv = new SandboxDataSourceSrv(registered);
  setDataSourceSrv(dataSourceSrv);
  const backendSrv = new SandboxBackendSrv(resourceHandlers, dsQuery);
  debug.backendRequests = backendSrv.requests;
  debug.cancelledRequests = backendSrv.cancelled;
  setBackendSrv(asBackendSrv(backendSrv));
  recordNavigation((url) => debug.locationHistory.push(url));
  return { templateSrv, dataSourceSrv };
}
