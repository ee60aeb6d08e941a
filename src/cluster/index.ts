export { projectToPixels, type AxisProjection } from './project';
export { countNotOnLogScale } from './logValues';
export { clusterExemplars, type Clusters } from './cluster';
export { ClusterIndex, type Direction } from './hitTest';
export { summarizeCluster, type ClusterSummary } from './summary';
