export { projectToPixels, type AxisProjection, type LinearScale, type LogScale, type PixelBuffers } from './project';
export { countNotOnLogScale } from './logValues';
export { clusterExemplars, type ClusterInput, type Clusters, type PlotBounds } from './cluster';
export { ClusterIndex, type Direction } from './hitTest';
export { summarizeCluster, type ClusterSummary } from './summary';
