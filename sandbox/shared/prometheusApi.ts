/** Shapes of the Prometheus HTTP API responses the sandbox reads (`/api/v1/query_range`, `/api/v1/query_exemplars`). */

export type PromLabels = Record<string, string>;

export interface PromMatrixSeries {
  metric: PromLabels;
  /** [unix seconds, value as string] */
  values: Array<[number, string]>;
}

interface PromExemplar {
  labels: PromLabels;
  value: string;
  /** Unix seconds, fractional. */
  timestamp: number;
}

export interface PromExemplarSeries {
  seriesLabels: PromLabels;
  exemplars: PromExemplar[];
}

interface PromSuccess<T> {
  status: 'success';
  data: T;
  warnings?: string[];
}

export interface PromError {
  status: 'error';
  errorType: string;
  error: string;
}

export type PromResponse<T> = PromSuccess<T> | PromError;

export interface PromMatrixData {
  resultType: 'matrix';
  result: PromMatrixSeries[];
}
