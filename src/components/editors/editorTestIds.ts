/** data-testid values of the option editors. */
export const editorTestIds = {
  query: 'exemplar-trace-query-editor',
  metric: 'exemplar-trace-metric',
  quantiles: 'exemplar-trace-quantiles',
  promql: 'exemplar-trace-promql',
  mapping: 'exemplar-trace-mapping-editor',
  mappingRule: 'exemplar-trace-mapping-rule',
  addRule: 'exemplar-trace-add-rule',
  mappingPreview: 'exemplar-trace-mapping-preview',
};
