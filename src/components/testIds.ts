/** data-testid values: the only selectors tests use. */
export const testIds = {
  panel: {
    container: 'exemplar-trace-panel',
    diagnostics: 'exemplar-trace-diagnostics',
    diagnosticAction: 'exemplar-trace-diagnostic-action',
    exemplarCount: 'exemplar-trace-count',
    loading: 'exemplar-trace-loading',
  },
  chart: {
    plot: 'exemplar-trace-plot',
    exemplarCanvas: 'exemplar-trace-exemplar-canvas',
    emphasisCanvas: 'exemplar-trace-emphasis-canvas',
    tooltip: 'exemplar-trace-tooltip',
    exemplarTooltip: 'exemplar-trace-exemplar-tooltip',
    tooltipAction: 'exemplar-trace-tooltip-action',
    tooltipLabel: 'exemplar-trace-tooltip-label',
    tooltipFolded: 'exemplar-trace-tooltip-folded',
    tooltipSeries: 'exemplar-trace-tooltip-series',
    liveRegion: 'exemplar-trace-live-region',
    offLogAxis: 'exemplar-trace-off-log-axis',
    seriesLinks: 'exemplar-trace-series-links',
  },
  viewer: {
    button: 'exemplar-trace-viewer-button',
    menu: 'exemplar-trace-viewer-menu',
    show: 'exemplar-trace-viewer-show',
  },
  region: {
    box: 'exemplar-trace-region-box',
    draft: 'exemplar-trace-region-draft',
    count: 'exemplar-trace-region-count',
    selectMode: 'exemplar-trace-region-select-mode',
    tabs: 'exemplar-trace-region-tabs',
    summary: 'exemplar-trace-region-summary',
    labelRow: 'exemplar-trace-region-label-row',
    traceRow: 'exemplar-trace-region-trace-row',
    timeRow: 'exemplar-trace-region-time-row',
    progress: 'exemplar-trace-region-progress',
    outcome: 'exemplar-trace-region-outcome',
    baseline: 'exemplar-trace-region-baseline',
  },
  table: {
    container: 'exemplar-trace-table',
    row: 'exemplar-trace-table-row',
  },
  drawer: {
    container: 'exemplar-trace-drawer',
    summary: 'exemplar-trace-drawer-summary',
    waterfall: 'exemplar-trace-waterfall',
    waterfallLegend: 'exemplar-trace-waterfall-legend',
    spanSearch: 'exemplar-trace-span-search',
    spanSearchCount: 'exemplar-trace-span-search-count',
    spanRow: 'exemplar-trace-span-row',
    spanDetails: 'exemplar-trace-span-details',
    spanClamped: 'exemplar-trace-span-clamped',
    exemplarSpanMark: 'exemplar-trace-exemplar-span',
    exemplarList: 'exemplar-trace-exemplar-list',
    exemplarRow: 'exemplar-trace-exemplar-row',
    exemplarDetails: 'exemplar-trace-exemplar-details',
    state: 'exemplar-trace-drawer-state',
    retry: 'exemplar-trace-drawer-retry',
    openExplore: 'exemplar-trace-open-explore',
    copyLink: 'exemplar-trace-copy-link',
    openExternal: 'exemplar-trace-open-external',
  },
  /** The option editors. */
  editor: {
    query: 'exemplar-trace-query-editor',
    metric: 'exemplar-trace-metric',
    quantiles: 'exemplar-trace-quantiles',
    promql: 'exemplar-trace-promql',
    mapping: 'exemplar-trace-mapping-editor',
    mappingRule: 'exemplar-trace-mapping-rule',
    addRule: 'exemplar-trace-add-rule',
    mappingPreview: 'exemplar-trace-mapping-preview',
  },
};

/**
 * Performance API marks (`performance.mark`) the browser tests time: new data handed to the panel, its model
 * built, each projection and clustering of the exemplars (layout), and each drawing of the exemplar canvas.
 * What lies between them and is not the panel's own (React, uPlot, garbage collection) is the host's share.
 */
export const perfMarks = {
  data: 'exemplar-trace:data',
  modelEnd: 'exemplar-trace:model-end',
  layoutStart: 'exemplar-trace:layout-start',
  layoutEnd: 'exemplar-trace:layout-end',
  drawStart: 'exemplar-trace:draw-start',
  drawEnd: 'exemplar-trace:draw-end',
};

/** `performance.mark` where the environment has it (jsdom in unit tests has not). */
export function perfMark(name: string, detail?: unknown): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(name, detail === undefined ? undefined : { detail });
  }
}
