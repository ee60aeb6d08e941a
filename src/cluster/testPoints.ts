import type { ClusterInput, Clusters } from './cluster';

/** Builds a `ClusterInput` from plain arrays; for tests. */
export function clusterInputOf(
  points: Array<{ x: number; y: number; value?: number; isError?: boolean; include?: boolean }>
): ClusterInput {
  const size = points.length;
  const input: ClusterInput = {
    x: Float64Array.from(points, (p) => p.x),
    y: Float64Array.from(points, (p) => p.y),
    size,
    value: Float64Array.from(points, (p) => p.value ?? 0),
  };
  if (points.some((p) => p.isError !== undefined)) {
    input.isError = Uint8Array.from(points, (p) => (p.isError ? 1 : 0));
  }
  if (points.some((p) => p.include !== undefined)) {
    input.include = Uint8Array.from(points, (p) => (p.include === false ? 0 : 1));
  }
  return input;
}

/** Included points that clustering left out (clusterOf -1): off the plot or with no finite position; for tests. */
export function unplacedCountOf(clusters: Clusters, include?: Uint8Array): number {
  let unplaced = 0;
  for (let i = 0; i < clusters.clusterOf.length; i++) {
    unplaced += clusters.clusterOf[i] < 0 && include?.[i] !== 0 ? 1 : 0;
  }
  return unplaced;
}
