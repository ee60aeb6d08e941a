/** Public API of the trace domain: model, queries, fetcher, span details. Fixtures live in `./__fixtures__`. */
export { buildTraceModel } from './model';
export { getSpanDetails } from './spanDetails';
export {
  buildTraceIdQuery,
  normalizeTraceId,
  isSupportedTraceDatasource,
  SUPPORTED_TRACE_DATASOURCES,
} from './queries';
export type { TraceDatasourceType, TraceIdQuery } from './queries';
export { createTraceFetcher, DEFAULT_TRACE_CACHE_SIZE, DEFAULT_TRACE_TIMEOUT_MS } from './fetchTrace';
export type { TraceDataSource, TraceFetcher, TraceFetcherDeps, TraceFetchResult, TraceRef } from './fetchTrace';
export type * from './types';
