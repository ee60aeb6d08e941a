/** Public API of the region domain: box selection, its summary, label and trace comparison, the sample fetch. */
export { normalizeBox, selectRegion } from './box';
export type { BaselineMode, RegionBox, RegionMasks, RegionSides } from './box';
export { summarizeSelection, type SelectionSummary } from './summary';
export { compareLabels, type LabelComparison, type LabelCompareOptions } from './labelCompare';
export { compareTraces, type TraceComparison } from './traceCompare';
export type { ShareRow } from './shareRows';
export type { TimeRow } from './traceTime';
export {
  DEFAULT_FETCH_CONCURRENCY,
  DEFAULT_SAMPLE_PER_SIDE,
  evenSample,
  fetchRegionSample,
  traceCacheKey,
} from './sampleFetch';
export type {
  SampleFetchDeps,
  SampleFetchOptions,
  SampleFetchResult,
  SampleProgress,
  SideOutcome,
  TraceCache,
} from './sampleFetch';
