/**
 * Tempo, Jaeger and Zipkin data sources answering trace-ID queries with Grafana trace frames.
 * Query models: Tempo `{ queryType: 'traceql', query: '<id>' }` (also 'traceId'); Jaeger `{ query: '<id>' }`
 * with queryType unset (public/app/plugins/datasource/jaeger/types.ts); Zipkin `{ query: '<id>' }` with
 * queryType 'traceID' or unset (…/zipkin/types.ts). An unknown trace answers like Tempo's backend
 * (pkg/tsdb/tempo: a response error "failed to get trace with id: <id> Status: 404 Not Found Body: …", no frames).
 */
import {
  dataFrameFromJSON,
  type DataQuery,
  type DataQueryRequest,
  type DataQueryResponse,
  DataSourceApi,
  type DataSourceInstanceSettings,
  type TestDataSourceResponse,
} from '@grafana/data';
import { Observable } from 'rxjs';
import type { TracingDataSourceType } from '../../shared/traceFrames';
import type { TraceBehaviour, TraceLookup } from './traceSource';

export interface TraceIdQuery extends DataQuery {
  query?: string;
}

export interface TraceQueryRecord {
  datasourceUid: string;
  traceId: string;
  outcome: 'found' | 'not-found' | 'error' | 'cancelled' | 'unsupported';
}

const STATUS_TEXT: Record<number, string> = {
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

function traceIdOf(type: TracingDataSourceType, query: TraceIdQuery): string | undefined {
  const text = query.query?.trim();
  if (!text) {
    return undefined;
  }
  const byType: Record<TracingDataSourceType, Array<string | undefined>> = {
    tempo: ['traceql', 'traceId'],
    jaeger: [undefined],
    zipkin: ['traceID', undefined],
  };
  return byType[type].includes(query.queryType) ? text : undefined;
}

function failure(refId: string, traceId: string, status: number, body: string): DataQueryResponse {
  const error = {
    refId,
    status,
    message: `failed to get trace with id: ${traceId} Status: ${status} ${STATUS_TEXT[status] ?? ''} Body: ${body}`,
  };
  return { data: [], error, errors: [error] };
}

export class SandboxTracingDataSource extends DataSourceApi<TraceIdQuery> {
  /**
   * Trace IDs of queries unsubscribed before they were answered (the drawer closed, another exemplar chosen), for
   * tests. (`traceQueries` cannot show them: rxjs marks the subscriber closed before the teardown runs, so the
   * teardown's 'cancelled' record never fires.)
   */
  readonly cancelledTraceIds: string[] = [];

  constructor(
    settings: DataSourceInstanceSettings,
    private readonly tracingType: TracingDataSourceType,
    private readonly lookup: TraceLookup,
    private readonly behaviour: () => TraceBehaviour,
    private readonly onQuery: (record: TraceQueryRecord) => void
  ) {
    super(settings);
  }

  query(request: DataQueryRequest<TraceIdQuery>): Observable<DataQueryResponse> {
    return new Observable<DataQueryResponse>((subscriber) => {
      const controller = new AbortController();
      const target = request.targets.find((candidate) => !candidate.hide);
      const traceId = target ? traceIdOf(this.tracingType, target) : undefined;
      const record = (outcome: TraceQueryRecord['outcome']) =>
        this.onQuery({ datasourceUid: this.uid, traceId: traceId ?? '', outcome });
      if (!target || !traceId) {
        record('unsupported');
        subscriber.next({ data: [], key: request.requestId });
        subscriber.complete();
        return undefined;
      }
      const { delayMs, errorStatus } = this.behaviour();
      let answered = false;
      const timer = setTimeout(() => {
        this.answer(target.refId, traceId, errorStatus, controller.signal)
          .then((response) => {
            answered = true;
            record(response.error ? (response.error.status === 404 ? 'not-found' : 'error') : 'found');
            subscriber.next({ ...response, key: request.requestId });
            subscriber.complete();
          })
          .catch((error: unknown) => {
            if (!controller.signal.aborted) {
              answered = true;
              record('error');
              subscriber.error(error);
            }
          });
      }, delayMs);
      return () => {
        if (!answered) {
          this.cancelledTraceIds.push(traceId);
        }
        if (!subscriber.closed) {
          record('cancelled');
        }
        clearTimeout(timer);
        controller.abort();
      };
    });
  }

  async testDatasource(): Promise<TestDataSourceResponse> {
    return { status: 'success', message: `Sandbox ${this.tracingType} data source` };
  }

  private async answer(
    refId: string,
    traceId: string,
    errorStatus: number | undefined,
    signal: AbortSignal
  ): Promise<DataQueryResponse> {
    if (errorStatus) {
      return failure(refId, traceId, errorStatus, 'forced by the sandbox');
    }
    const frame = await this.lookup(traceId, this.tracingType, refId, signal);
    if (!frame) {
      return failure(refId, traceId, 404, 'trace not found');
    }
    return { data: [dataFrameFromJSON(frame)] };
  }
}
