/** `window.__sandbox`: what tests read (and the few knobs they turn). Never read by the plugin. */
import type { PanelData } from '@grafana/data';
import { dateTime } from '@grafana/data';
import { getBackendSrv, getDataSourceSrv, locationService } from '@grafana/runtime';
import type { PromQueryRecord } from './datasources/promQueryBackend';
import type { TraceQueryRecord } from './datasources/tracing';
import type { TraceBehaviour } from './datasources/traceSource';

export interface PanelDataSummary {
  state: string;
  series: number;
  annotations: number;
  exemplarRows: number;
}

export interface SandboxDebug {
  ready: boolean;
  mode: 'fixture' | 'live';
  fixture?: string;
  loadError?: string;
  /** Every Prometheus query() call, newest last. */
  promQueries: PromQueryRecord[][];
  traceQueries: TraceQueryRecord[];
  panelData?: PanelDataSummary;
  /** Per dashboard panel (VizPanel key, repeat clones included): what it was handed last. */
  panels: Record<string, PanelDataSummary & { title: string; renderCount: number }>;
  /** The first panel's field config (legend clicks write `hideSeriesFrom` overrides here). */
  fieldConfig?: unknown;
  /** BackendSrv requests cancelled because a newer one carried the same requestId (Grafana's backend_srv rule). */
  cancelledRequests: Array<{ requestId: string; url: string }>;
  /** Every location change (locationService.push/replace/partial), e.g. Explore links. */
  locationHistory: string[];
  options?: unknown;
  renderCount: number;
  traceBehaviour: TraceBehaviour;
  backendRequests: Array<{ method: string; url: string }>;
  /** The @grafana/runtime services the plugin sees, for adapter tests run in the page. */
  runtime: {
    getDataSourceSrv: typeof getDataSourceSrv;
    getBackendSrv: typeof getBackendSrv;
    locationService: typeof locationService;
    /** @grafana/data's dateTime, to build a request as a panel's query runner does (ranges are DateTimes). */
    dateTime: typeof dateTime;
  };
}

declare global {
  interface Window {
    __sandbox: SandboxDebug;
  }
}

export function createDebug(
  mode: SandboxDebug['mode'],
  fixture: string | undefined,
  traceBehaviour: TraceBehaviour
): SandboxDebug {
  window.__sandbox = {
    ready: false,
    mode,
    fixture,
    promQueries: [],
    traceQueries: [],
    locationHistory: [],
    renderCount: 0,
    panels: {},
    cancelledRequests: [],
    traceBehaviour,
    backendRequests: [],
    runtime: { getDataSourceSrv, getBackendSrv, locationService, dateTime },
  };
  return window.__sandbox;
}

export function publishOptions(debug: SandboxDebug, options: unknown): void {
  debug.options = options;
}

export function summarizePanelData(data: PanelData): PanelDataSummary {
  return {
    state: data.state,
    series: data.series.length,
    annotations: data.annotations?.length ?? 0,
    exemplarRows: (data.annotations ?? []).reduce((sum, frame) => sum + frame.length, 0),
  };
}

export function publishPanelData(debug: SandboxDebug, data: PanelData, renderCount: number): void {
  debug.renderCount = renderCount;
  debug.panelData = summarizePanelData(data);
  debug.ready = true;
}
