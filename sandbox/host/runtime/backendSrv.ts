/**
 * A BackendSrv over window.fetch. Data source resource and proxy calls
 * (`/api/datasources/uid/<uid>/resources/<path>`, `/api/datasources/proxy/uid/<uid>/<path>`) go to the
 * data source's resource handler, the way Grafana routes them to the plugin backend (pkg/promlib
 * CallResource forwards every path except `version-detect` to Prometheus, method and params kept).
 */
import type { BackendSrv, BackendSrvRequest, FetchError, FetchResponse } from '@grafana/runtime';
import { lastValueFrom, Observable } from 'rxjs';

/** What a resource handler gets: the path after `resources/`, the method, query params and body. */
export interface ResourceCall {
  path: string;
  method: string;
  params: URLSearchParams;
  body?: unknown;
  signal: AbortSignal;
}

export interface ResourceResult {
  status: number;
  data: unknown;
}

export type ResourceHandler = (call: ResourceCall) => Promise<ResourceResult>;

const RESOURCE_URL = /^\/?api\/datasources\/(?:uid\/([^/]+)\/resources|proxy\/uid\/([^/]+))\/(.*)$/;

function toSearchParams(params: BackendSrvRequest['params'], fromUrl: string): URLSearchParams {
  const search = new URLSearchParams(fromUrl);
  if (params && typeof params === 'object' && !(params instanceof URLSearchParams)) {
    for (const [key, value] of Object.entries(params as Record<string, unknown>)) {
      if (Array.isArray(value)) {
        value.forEach((item) => search.append(key, String(item)));
      } else if (value !== undefined && value !== null) {
        search.set(key, String(value));
      }
    }
  } else if (params instanceof URLSearchParams) {
    params.forEach((value, key) => search.append(key, value));
  }
  return search;
}

function fetchError(status: number, data: unknown, config: BackendSrvRequest, statusText = ''): FetchError {
  const message =
    typeof data === 'object' && data !== null && 'message' in data
      ? String((data as { message: unknown }).message)
      : statusText;
  return {
    status,
    statusText,
    data: { message, ...(typeof data === 'object' && data !== null ? data : { error: data }) },
    config,
  };
}

export class SandboxBackendSrv {
  private readonly cancelers = new Map<string, AbortController>();
  /** Every request, for tests: method and URL. */
  readonly requests: Array<{ method: string; url: string }> = [];

  /** Requests cancelled because a newer one carried the same requestId. */
  readonly cancelled: Array<{ requestId: string; url: string }> = [];

  constructor(
    private readonly resourceHandlers: Map<string, ResourceHandler>,
    /** Grafana's `POST /api/ds/query` (the backend of DataSourceWithBackend data sources), when emulated. */
    private readonly dsQuery?: (body: unknown, signal: AbortSignal) => Promise<ResourceResult>
  ) {}

  fetch<T>(options: BackendSrvRequest): Observable<FetchResponse<T>> {
    return new Observable<FetchResponse<T>>((subscriber) => {
      const controller = new AbortController();
      if (options.requestId) {
        // Grafana's backend_srv: a new request with the same requestId cancels the one in flight. Two panels (or
        // repeat clones) sharing an id therefore lose data: record it, so tests can assert it never happens.
        const inFlight = this.cancelers.get(options.requestId);
        if (inFlight && !inFlight.signal.aborted) {
          this.cancelled.push({ requestId: options.requestId, url: options.url });
          inFlight.abort();
        }
        this.cancelers.set(options.requestId, controller);
      }
      this.execute<T>(options, controller.signal)
        .then((response) => {
          subscriber.next(response);
          subscriber.complete();
        })
        .catch((error: unknown) => subscriber.error(error))
        .finally(() => {
          if (options.requestId && this.cancelers.get(options.requestId) === controller) {
            this.cancelers.delete(options.requestId);
          }
        });
      return () => controller.abort();
    });
  }

  resolveCancelerIfExists(requestId: string): void {
    this.cancelers.get(requestId)?.abort();
    this.cancelers.delete(requestId);
  }

  async datasourceRequest<T>(options: BackendSrvRequest): Promise<FetchResponse<T>> {
    return lastValueFrom(this.fetch<T>(options));
  }

  async request<T>(options: BackendSrvRequest): Promise<T> {
    return (await this.datasourceRequest<T>(options)).data;
  }

  get<T>(
    url: string,
    params?: BackendSrvRequest['params'],
    requestId?: string,
    options?: Partial<BackendSrvRequest>
  ): Promise<T> {
    return this.request<T>({ ...options, url, params, requestId, method: 'GET' });
  }

  delete<T>(url: string, data?: unknown, options?: Partial<BackendSrvRequest>): Promise<T> {
    return this.request<T>({ ...options, url, data, method: 'DELETE' });
  }

  post<T>(url: string, data?: unknown, options?: Partial<BackendSrvRequest>): Promise<T> {
    return this.request<T>({ ...options, url, data, method: 'POST' });
  }

  patch<T>(url: string, data: unknown, options?: Partial<BackendSrvRequest>): Promise<T> {
    return this.request<T>({ ...options, url, data, method: 'PATCH' });
  }

  put<T>(url: string, data: unknown, options?: Partial<BackendSrvRequest>): Promise<T> {
    return this.request<T>({ ...options, url, data, method: 'PUT' });
  }

  private async execute<T>(options: BackendSrvRequest, signal: AbortSignal): Promise<FetchResponse<T>> {
    const method = (options.method ?? 'GET').toUpperCase();
    const [path, query = ''] = options.url.split('?');
    this.requests.push({ method, url: options.url });
    if (this.dsQuery && method === 'POST' && path.replace(/^\//, '') === 'api/ds/query') {
      const result = await this.dsQuery(options.data, signal);
      return this.respond<T>(options, result.status, result.data);
    }
    const resource = RESOURCE_URL.exec(path);
    if (resource) {
      const uid = decodeURIComponent(resource[1] ?? resource[2]);
      const handler = this.resourceHandlers.get(uid);
      if (!handler) {
        throw fetchError(404, { message: `Data source ${uid} not found` }, options, 'Not Found');
      }
      const result = await handler({
        path: resource[3],
        method,
        params: toSearchParams(options.params, query),
        body: options.data,
        signal,
      });
      return this.respond<T>(options, result.status, result.data);
    }
    const search = toSearchParams(options.params, query).toString();
    const response = await window.fetch(search ? `${path}?${search}` : path, {
      method,
      signal,
      headers:
        options.data !== undefined ? { 'Content-Type': 'application/json', ...options.headers } : options.headers,
      body: options.data !== undefined ? JSON.stringify(options.data) : undefined,
    });
    const text = await response.text();
    let data: unknown = text;
    if (options.responseType !== 'text') {
      try {
        data = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
    }
    return this.respond<T>(options, response.status, data, response.statusText);
  }

  private respond<T>(config: BackendSrvRequest, status: number, data: unknown, statusText = ''): FetchResponse<T> {
    if (status >= 400) {
      throw fetchError(status, data, config, statusText);
    }
    // Like Grafana's BackendSrv: `responseType: 'text'` hands the body over unparsed.
    const body = config.responseType === 'text' && typeof data !== 'string' ? JSON.stringify(data) : data;
    return {
      data: body as T,
      status,
      statusText,
      ok: true,
      headers: new Headers(),
      redirected: false,
      type: 'basic',
      url: config.url,
      config,
    };
  }
}

/** The parts of BackendSrv nobody calls in a panel (chunked streaming) are not implemented. */
export function asBackendSrv(srv: SandboxBackendSrv): BackendSrv {
  return srv as unknown as BackendSrv;
}
