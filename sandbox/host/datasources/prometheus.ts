/**
 * A Prometheus data source that behaves like Grafana 12's: targets run against a real Prometheus
 * (step, alignment and built-in variables as pkg/promlib computes them), frames shaped by
 * ../../shared/prometheusFrames, then the frontend transform. In fixture mode it answers from the scenario.
 */
import {
  type DataFrame,
  type DataFrameJSON,
  dataFrameFromJSON,
  type DataQuery,
  type DataQueryError,
  type DataQueryRequest,
  type DataQueryResponse,
  DataSourceApi,
  type DataSourceInstanceSettings,
  type DataSourceJsonData,
  type TestDataSourceResponse,
} from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';
import { Observable } from 'rxjs';
import type { PromBackend, LivePromBackend } from './promBackend';
import { transformPrometheusFrames, type ExemplarTraceIdDestination } from './prometheusResponse';
import { type BackendPromQuery, executePromQuery } from './promQueryBackend';

export interface PromQuery extends DataQuery {
  expr: string;
  legendFormat?: string;
  range?: boolean;
  instant?: boolean;
  exemplar?: boolean;
  interval?: string;
  intervalFactor?: number;
}

export interface PromOptions extends DataSourceJsonData {
  timeInterval?: string;
  httpMethod?: string;
  exemplarTraceIdDestinations?: ExemplarTraceIdDestination[];
}

/** Per query: what went to Prometheus and what came back, for `window.__sandbox`. */
export interface PromQueryRecord {
  refId: string;
  expr: string;
  stepMs: number;
  exemplar: boolean;
  seriesFrames: number;
  exemplarFrames: number;
  exemplarRows: number;
  error?: string;
}

const BUILTIN_SCOPED_VARS = [
  '__interval',
  '__interval_ms',
  '__rate_interval',
  '__rate_interval_ms',
  '__range',
  '__range_s',
  '__range_ms',
];

function histogramMetric(expr: string): string | undefined {
  return /([a-zA-Z_:][a-zA-Z0-9_:]*)_bucket\b/.exec(expr)?.[1];
}

/**
 * Grafana asks for a histogram's exemplars only on the first visible target that uses it
 * (grafana-prometheus datasource.ts shouldRunExemplarQuery).
 */
export function shouldRunExemplarQuery(target: PromQuery, targets: PromQuery[]): boolean {
  if (!target.exemplar) {
    return false;
  }
  const metric = histogramMetric(target.expr);
  const earlier = targets
    .slice(
      0,
      targets.findIndex((t) => t.refId === target.refId)
    )
    .filter((t) => !t.hide);
  return !metric || !earlier.some((t) => t.expr.includes(metric));
}

export class SandboxPrometheusDataSource extends DataSourceApi<PromQuery, PromOptions> {
  readonly records: PromQueryRecord[] = [];

  constructor(
    private readonly settings: DataSourceInstanceSettings<PromOptions>,
    private readonly backend: PromBackend,
    private readonly onQuery: (records: PromQueryRecord[], response: DataQueryResponse) => void
  ) {
    super(settings);
    this.interval = settings.jsonData.timeInterval;
  }

  query(request: DataQueryRequest<PromQuery>): Observable<DataQueryResponse> {
    return new Observable<DataQueryResponse>((subscriber) => {
      const controller = new AbortController();
      this.run(request, controller.signal)
        .then(({ response, records }) => {
          this.onQuery(records, response);
          subscriber.next(response);
          subscriber.complete();
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) {
            subscriber.error(error);
          }
        });
      return () => controller.abort();
    });
  }

  async testDatasource(): Promise<TestDataSourceResponse> {
    return { status: 'success', message: 'Sandbox Prometheus data source' };
  }

  private async run(request: DataQueryRequest<PromQuery>, signal: AbortSignal) {
    const destinations = this.settings.jsonData.exemplarTraceIdDestinations ?? [];
    if (this.backend.kind === 'fixture') {
      const frames = [...this.backend.series, ...this.backend.annotations].map((json) => dataFrameFromJSON(json));
      const data = transformPrometheusFrames(frames, destinations);
      const exemplars = data.filter((frame) => frame.name === 'exemplar');
      const records = [
        {
          refId: '*',
          expr: '(fixture)',
          stepMs: 0,
          exemplar: exemplars.length > 0,
          seriesFrames: data.length - exemplars.length,
          exemplarFrames: exemplars.length,
          exemplarRows: exemplars.reduce((n, f) => n + f.length, 0),
        },
      ];
      return { response: { data, key: request.requestId }, records };
    }
    const targets = request.targets.filter((target) => !target.hide && target.expr);
    const results = await Promise.all(
      targets.map((target) => this.runTarget(this.backend as LivePromBackend, target, targets, request, signal))
    );
    const frames = results.flatMap((result) => result.frames);
    const errors = results.flatMap((result) => (result.error ? [result.error] : []));
    const response: DataQueryResponse = {
      data: transformPrometheusFrames(frames, destinations),
      key: request.requestId,
    };
    if (errors.length > 0) {
      response.error = errors[0];
      response.errors = errors;
    }
    return { response, records: results.map((result) => result.record) };
  }

  private async runTarget(
    backend: LivePromBackend,
    target: PromQuery,
    targets: PromQuery[],
    request: DataQueryRequest<PromQuery>,
    signal: AbortSignal
  ) {
    const scopedVars = Object.fromEntries(
      Object.entries(request.scopedVars).filter(([name]) => !BUILTIN_SCOPED_VARS.includes(name))
    );
    const query: BackendPromQuery = {
      ...target,
      expr: getTemplateSrv().replace(target.expr, scopedVars),
      exemplar: shouldRunExemplarQuery(target, targets),
    };
    const range = {
      fromMs: request.range.from.valueOf(),
      toMs: request.range.to.valueOf(),
      intervalMs: request.intervalMs,
      maxDataPoints: request.maxDataPoints,
      utcOffsetSec: request.range.to.utcOffset() * 60,
    };
    const result = await executePromQuery(backend, query, range, this.settings.jsonData.timeInterval ?? '', signal);
    const error: DataQueryError | undefined = result.error
      ? { refId: target.refId, message: result.error, status: 400 }
      : undefined;
    return { frames: result.frames.map((frame) => withRefId(frame, target.refId)), record: result.record, error };
  }
}

/** `toDataQueryResponse` converts each backend frame with dataFrameFromJSON and stamps the response refId. */
function withRefId(json: DataFrameJSON, refId: string): DataFrame {
  const frame = dataFrameFromJSON(json);
  frame.refId = refId;
  return frame;
}
