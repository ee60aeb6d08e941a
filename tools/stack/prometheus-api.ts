/** The few Prometheus HTTP API calls the local stack and its tests need. */

const REQUEST_TIMEOUT_MS = 5000;

export interface PrometheusExemplar {
  labels: Record<string, string>;
  /** Seconds, as a string. */
  value: string;
  /** Seconds since the epoch. */
  timestamp: number;
}

export interface ExemplarSeries {
  seriesLabels: Record<string, string>;
  exemplars: PrometheusExemplar[];
}

export interface RangeSeries {
  metric: Record<string, string>;
  values: Array<[number, string]>;
}

export async function queryExemplars(
  promUrl: string,
  query: string,
  startSeconds: number,
  endSeconds: number
): Promise<ExemplarSeries[]> {
  return apiGet<ExemplarSeries[]>(promUrl, '/api/v1/query_exemplars', {
    query,
    start: String(startSeconds),
    end: String(endSeconds),
  });
}

export async function queryRange(
  promUrl: string,
  query: string,
  startSeconds: number,
  endSeconds: number,
  stepSeconds: number
): Promise<RangeSeries[]> {
  const data = await apiGet<{ resultType: string; result: RangeSeries[] }>(promUrl, '/api/v1/query_range', {
    query,
    start: String(startSeconds),
    end: String(endSeconds),
    step: String(stepSeconds),
  });
  return data.result;
}

async function apiGet<T>(promUrl: string, path: string, params: Record<string, string>): Promise<T> {
  // Bounded, so a wedged server fails the wait loop instead of hanging it.
  const response = await fetch(`${promUrl}${path}?${new URLSearchParams(params)}`, {
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body = (await response.json()) as { status: string; data: T; error?: string };
  if (body.status !== 'success') {
    throw new Error(`Prometheus ${path} failed: ${body.error ?? response.status}`);
  }
  return body.data;
}
