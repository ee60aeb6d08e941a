/**
 * Where the sandbox Prometheus data source gets Prometheus API answers: the real Prometheus behind the
 * sandbox server's `/prom` proxy (live), or a scenario file (fixture).
 */
import type { DataFrameJSON } from '@grafana/data';
import type { PromExemplarSeries, PromMatrixData, PromResponse } from '../../shared/prometheusApi';
import { fixtureResource } from './fixtureResources';
import type { Scenario } from '../../shared/scenario';
import type { ResourceCall, ResourceResult } from '../runtime/backendSrv';

interface RangeParams {
  query: string;
  start: string;
  end: string;
  step: string;
}

interface ExemplarParams {
  query: string;
  start: string;
  end: string;
}

export interface LivePromBackend {
  kind: 'live';
  queryRange(params: RangeParams, signal: AbortSignal): Promise<PromResponse<PromMatrixData>>;
  queryExemplars(params: ExemplarParams, signal: AbortSignal): Promise<PromResponse<PromExemplarSeries[]>>;
  resource(call: ResourceCall): Promise<ResourceResult>;
}

export interface FixturePromBackend {
  kind: 'fixture';
  series: DataFrameJSON[];
  annotations: DataFrameJSON[];
  resource(call: ResourceCall): Promise<ResourceResult>;
}

export type PromBackend = LivePromBackend | FixturePromBackend;

async function postForm<T>(url: string, params: Record<string, string>, signal: AbortSignal): Promise<T> {
  // Grafana's Prometheus client defaults to POST with a form body (jsonData.httpMethod).
  const response = await fetch(url, { method: 'POST', body: new URLSearchParams(params), signal });
  return (await response.json()) as T;
}

async function forward(base: string, call: ResourceCall): Promise<ResourceResult> {
  const init: RequestInit = { method: call.method, signal: call.signal };
  let url = `${base}/${call.path}`;
  if (call.method === 'GET') {
    const search = call.params.toString();
    url = search ? `${url}?${search}` : url;
  } else {
    init.body = call.body instanceof URLSearchParams || typeof call.body === 'string' ? call.body : call.params;
  }
  const response = await fetch(url, init);
  const text = await response.text();
  try {
    return { status: response.status, data: JSON.parse(text) };
  } catch {
    return { status: response.status, data: text };
  }
}

export function livePromBackend(proxyBase = '/prom'): LivePromBackend {
  return {
    kind: 'live',
    queryRange: (params, signal) => postForm(`${proxyBase}/api/v1/query_range`, { ...params }, signal),
    queryExemplars: (params, signal) => postForm(`${proxyBase}/api/v1/query_exemplars`, { ...params }, signal),
    resource: (call) => forward(proxyBase, call),
  };
}

/** Label names that are exemplar labels (not series labels) when raw exemplars are rebuilt from a frame. */
const EXEMPLAR_LABELS = new Set(['trace_id', 'traceID', 'traceId', 'trace.id', 'span_id', 'spanID', 'request_id']);

/** Rebuilds the `query_exemplars` answer from exemplar frames, for scenarios without `rawExemplars`. */
function rawExemplarsFromFrames(frames: DataFrameJSON[]): PromExemplarSeries[] {
  const bySeries = new Map<string, PromExemplarSeries>();
  for (const frame of frames) {
    const fields = frame.schema?.fields ?? [];
    const values = frame.data?.values ?? [];
    const rows = values[0]?.length ?? 0;
    for (let row = 0; row < rows; row++) {
      const seriesLabels: Record<string, string> = {};
      const labels: Record<string, string> = {};
      fields.forEach((field, index) => {
        if (index < 2) {
          return;
        }
        const value = String(values[index][row] ?? '');
        (EXEMPLAR_LABELS.has(field.name) ? labels : seriesLabels)[field.name] = value;
      });
      const key = JSON.stringify(seriesLabels);
      let series = bySeries.get(key);
      if (!series) {
        series = { seriesLabels, exemplars: [] };
        bySeries.set(key, series);
      }
      series.exemplars.push({ labels, value: String(values[1][row]), timestamp: Number(values[0][row]) / 1000 });
    }
  }
  return [...bySeries.values()];
}

function paramsOf(call: ResourceCall): URLSearchParams {
  if (call.method !== 'GET' && call.body instanceof URLSearchParams) {
    return call.body;
  }
  return call.params;
}

export function fixturePromBackend(scenario: Scenario): FixturePromBackend {
  const annotations = scenario.annotations ?? [];
  let raw: PromExemplarSeries[] | undefined = scenario.rawExemplars;
  return {
    kind: 'fixture',
    series: scenario.series,
    annotations,
    async resource(call) {
      const route = fixtureResource(scenario, call.path.replace(/^\//, ''));
      if (route) {
        return route;
      }
      if (call.path.replace(/^\//, '') !== 'api/v1/query_exemplars') {
        return {
          status: 404,
          data: {
            status: 'error',
            errorType: 'not_found',
            error: `fixture mode answers only api/v1/query_exemplars, not ${call.path}`,
          },
        };
      }
      raw ??= rawExemplarsFromFrames(annotations);
      const params = paramsOf(call);
      const start = Number(params.get('start') ?? -Infinity);
      const end = Number(params.get('end') ?? Infinity);
      const data = raw
        .map((series) => ({
          ...series,
          exemplars: series.exemplars.filter((e) => e.timestamp >= start && e.timestamp <= end),
        }))
        .filter((series) => series.exemplars.length > 0);
      return { status: 200, data: { status: 'success', data } };
    },
  };
}
