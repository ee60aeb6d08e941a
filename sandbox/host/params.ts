/** URL parameters of the sandbox page. */
export interface HostParams {
  /** Scenario name (sandbox/scenarios or generated) or a `.json` URL; absent = live mode. */
  fixture?: string;
  theme: 'light' | 'dark';
  /** Fixed panel size in CSS pixels (screenshots); otherwise the panel fills a resizable box. */
  width?: number;
  height?: number;
  /** Hide the options editor (screenshots). */
  showEditor: boolean;
  traceDelayMs?: number;
  /** Force tracing data sources to fail with this HTTP status (e.g. 500). */
  traceErrorStatus?: number;
  /** Live mode time range, Grafana syntax (default `now-5m`: the local stack starts with no history). */
  from: string;
  to: string;
  /** Grafana served under a sub path (`root_url` with a path), e.g. `/grafana`: `config.appSubUrl`. */
  appSubUrl: string;
  /** The signed-in user's organisation (`config.bootData.user.orgId`). */
  orgId: number;
}

function positiveNumber(value: string | null): number | undefined {
  const parsed = value === null ? NaN : Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : undefined;
}

export function readHostParams(search: string): HostParams {
  const query = new URLSearchParams(search);
  return {
    fixture: query.get('fixture') ?? undefined,
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
    width: positiveNumber(query.get('width')),
    height: positiveNumber(query.get('height')),
    showEditor: query.get('editor') !== '0',
    traceDelayMs: positiveNumber(query.get('traceDelayMs')),
    traceErrorStatus: positiveNumber(query.get('traceError')),
    from: query.get('from') ?? 'now-5m',
    to: query.get('to') ?? 'now',
    // Grafana's form: a leading slash, no trailing one; anything else is not a path and is ignored.
    appSubUrl: /^\/[\w-]+(\/[\w-]+)*$/.test(query.get('appSubUrl') ?? '') ? query.get('appSubUrl')! : '',
    orgId: positiveNumber(query.get('orgId')) ?? 1,
  };
}
