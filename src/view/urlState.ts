import type { RegionBox } from '../region/box';

/**
 * The panel's investigation in the dashboard URL, so that a reload, Back/Forward and a shared link find it again.
 * Every key carries the panel's own prefix (`etp-<panelKey>-…`): two panels, or the clones of a repeated panel, never
 * read each other's state, and Grafana's own keys (`from`, `to`, `var-…`, `viewPanel`) are never touched.
 * The URL is written by anyone who can send a link, so parsing trusts nothing: anything malformed gives no drawer.
 */

type DrawerView = 'trace' | 'cluster' | 'selection';

export interface OpenTrace {
  /** Lower-case hex, as the exemplar carried it (1–32 digits). */
  traceId: string;
  /** The tracing data source to fetch it from. */
  datasourceUid: string;
  /** The exemplar's time, ms since epoch: the trace is searched around it. */
  timeMs: number;
}

export interface DrawerUrlState {
  view: DrawerView;
  /** Required for `trace` and `cluster`; for `selection` the exemplar previewed from the list, if any. */
  trace?: OpenTrace;
  spanId?: string;
  /** `cluster`: the members' bounds; `selection`: the box drawn on the chart. Required for both. */
  box?: RegionBox;
}

/** The region box drawn on the chart, and whether its drawer is open (`view=selection`). */
export interface UrlRegion {
  box: RegionBox;
  open: boolean;
}

export interface PanelUrlState {
  drawer?: DrawerUrlState;
  viewer?: 'chart' | 'table';
}

const FIELDS = ['trace', 'ds', 't', 'span', 'view', 'box', 'viewer'] as const;
type Field = (typeof FIELDS)[number];

const HEX_ID = /^[0-9a-f]{1,32}$/;
/** Grafana's uid rule: letters, digits, `-`, `_` and `.`, at most 40 characters. */
const UID = /^[A-Za-z0-9._-]{1,40}$/;
/** A panel key goes into parameter names: keep it to what needs no encoding. */
const PANEL_KEY = /^[A-Za-z0-9_]{1,40}$/;
/** 1970 to year 2255 in ms: anything outside is not an exemplar's time. */
const MAX_TIME_MS = 9e12;
const DECIMAL = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * The URL key of one panel: its dashboard id, and for a clone of a repeated panel (which shares the id) the clone's
 * index as well, so `etp-4-…` and `etp-4c2-…` are two panels.
 */
export function panelUrlKey(panelId: number, cloneIndex?: number): string {
  const id = Number.isSafeInteger(panelId) && panelId >= 0 ? panelId : 0;
  return cloneIndex !== undefined && Number.isSafeInteger(cloneIndex) && cloneIndex > 0
    ? `${id}c${cloneIndex}`
    : `${id}`;
}

function paramName(panelKey: string, field: Field): string {
  if (!PANEL_KEY.test(panelKey)) {
    throw new Error(`Panel URL key "${panelKey}" must be 1–40 letters, digits or _`);
  }
  return `etp-${panelKey}-${field}`;
}

function number(raw: string | null): number | undefined {
  if (raw === null || !DECIMAL.test(raw)) {
    return undefined;
  }
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

function timeMs(raw: string | null): number | undefined {
  const value = number(raw);
  return value !== undefined && value >= 0 && value <= MAX_TIME_MS ? value : undefined;
}

function hexId(raw: string | null): string | undefined {
  const id = raw?.toLowerCase();
  return id !== undefined && HEX_ID.test(id) ? id : undefined;
}

/** `from,to,min,max`: a time range in ms and a latency range in the exemplars' unit, either way round. */
function parseBox(raw: string | null): RegionBox | undefined {
  const parts = raw?.split(',') ?? [];
  if (parts.length !== 4) {
    return undefined;
  }
  const [from, to] = [timeMs(parts[0]), timeMs(parts[1])];
  const [low, high] = [number(parts[2]), number(parts[3])];
  if (from === undefined || to === undefined || low === undefined || high === undefined) {
    return undefined;
  }
  return {
    fromMs: Math.min(from, to),
    toMs: Math.max(from, to),
    minValue: Math.min(low, high),
    maxValue: Math.max(low, high),
  };
}

function parseTrace(get: (field: Field) => string | null): OpenTrace | undefined {
  const traceId = hexId(get('trace'));
  const datasourceUid = get('ds') ?? '';
  const at = timeMs(get('t'));
  if (traceId === undefined || !UID.test(datasourceUid) || at === undefined) {
    return undefined;
  }
  return { traceId, datasourceUid, timeMs: at };
}

function parseDrawer(get: (field: Field) => string | null): DrawerUrlState | undefined {
  const view = get('view') ?? 'trace';
  const trace = parseTrace(get);
  const box = parseBox(get('box'));
  const rawSpan = get('span');
  const spanId = hexId(rawSpan);
  if (rawSpan !== null && spanId === undefined) {
    return undefined;
  }
  switch (view) {
    case 'trace':
      return trace && { view, trace, spanId };
    case 'cluster':
      return trace && box && { view, trace, spanId, box };
    case 'selection':
      // A span belongs to a previewed trace: a span without one is not a state the panel writes.
      return box && (trace || spanId === undefined) ? { view, trace, spanId: trace && spanId, box } : undefined;
    default:
      return undefined;
  }
}

function getter(panelKey: string, search: URLSearchParams) {
  return (field: Field) => {
    const values = search.getAll(paramName(panelKey, field));
    // A repeated parameter is not something the panel writes: refuse it rather than guess which one counts.
    return values.length === 1 ? values[0] : values.length === 0 ? null : '\u0000';
  };
}

/** The panel's state from the page's query string; what does not parse is left out, never thrown. */
export function parsePanelUrlState(panelKey: string, search: URLSearchParams): PanelUrlState {
  const get = getter(panelKey, search);
  const viewer = get('viewer');
  return {
    drawer: hasDrawerParams(panelKey, search) ? parseDrawer(get) : undefined,
    viewer: viewer === 'table' || viewer === 'chart' ? viewer : undefined,
  };
}

/** Whether the URL carries drawer state for this panel, parsable or not (hostile state is cleared). */
export function hasDrawerParams(panelKey: string, search: URLSearchParams): boolean {
  return FIELDS.some((field) => field !== 'viewer' && search.has(paramName(panelKey, field)));
}

/**
 * The query update for `locationService.partial`: every parameter the panel owns, `undefined` for those the state
 * does not use, so a closed drawer leaves nothing behind.
 */
export function serializePanelUrlState(panelKey: string, state: PanelUrlState): Record<string, string | undefined> {
  const { drawer, viewer } = state;
  const box = drawer?.box;
  const values: Record<Field, string | undefined> = {
    trace: drawer?.trace?.traceId,
    ds: drawer?.trace?.datasourceUid,
    t: drawer?.trace ? String(drawer.trace.timeMs) : undefined,
    span: drawer?.trace ? drawer.spanId : undefined,
    view: drawer && drawer.view !== 'trace' ? drawer.view : undefined,
    box: box && boxParam(box),
    viewer,
  };
  return Object.fromEntries(FIELDS.map((field) => [paramName(panelKey, field), values[field]]));
}

function boxParam(box: RegionBox): string {
  return [box.fromMs, box.toMs, box.minValue, box.maxValue].map((v) => String(v)).join(',');
}

/**
 * The region the URL holds: a `selection` drawer's box (open), or a box alone, with no other drawer parameter
 * (drawn, drawer closed). A trace or cluster drawer's parameters leave the region out: their box is a cluster's.
 */
export function parseRegionUrl(panelKey: string, search: URLSearchParams): UrlRegion | undefined {
  const drawer = parsePanelUrlState(panelKey, search).drawer;
  if (drawer?.view === 'selection' && drawer.box) {
    return { box: drawer.box, open: true };
  }
  const others = FIELDS.some(
    (field) => field !== 'box' && field !== 'viewer' && search.has(paramName(panelKey, field))
  );
  const box = others ? undefined : parseBox(getter(panelKey, search)('box'));
  return box && { box, open: false };
}

/** The query update for the region alone: every drawer parameter, so a trace drawer's are removed; the viewer's stay. */
export function regionUrlUpdate(panelKey: string, region: UrlRegion | undefined): Record<string, string | undefined> {
  const drawer: DrawerUrlState | undefined = region?.open ? { view: 'selection', box: region.box } : undefined;
  const update = serializePanelUrlState(panelKey, { drawer });
  delete update[paramName(panelKey, 'viewer')];
  update[paramName(panelKey, 'box')] = region && boxParam(region.box);
  return update;
}

/** The query update for the viewer's chart or table choice alone (replacing: it is no step to go Back to). */
export function viewerUrlUpdate(panelKey: string, viewer: 'chart' | 'table'): Record<string, string> {
  return { [paramName(panelKey, 'viewer')]: viewer };
}
