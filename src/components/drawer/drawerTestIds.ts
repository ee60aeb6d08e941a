/** data-testid values inside the trace drawer. */
export const drawerTestIds = {
  drawer: 'exemplar-trace-drawer',
  summary: 'exemplar-trace-drawer-summary',
  waterfall: 'exemplar-trace-waterfall',
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
  openExternal: 'exemplar-trace-open-external',
};
