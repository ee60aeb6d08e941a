export { projectToPixels, type AxisProjection, type LinearScale, type PixelBuffers } from './project';
export { clusterExemplars, type ClusterInput, type Clusters, type PlotBounds } from './cluster';
export { ClusterIndex, type Direction } from './hitTest';
export { summarizeCluster, type ClusterSummary, type TopLabel, type LabelValueCount } from './summary';
