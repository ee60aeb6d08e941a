import { useCallback } from 'react';
import { ClusterLayout } from './useClusterLayout';

/** Opens the members of cluster `c` of the layout, starting at its representative (click and Enter alike). */
export function useOpenCluster(
  layout: ClusterLayout | undefined,
  onOpenExemplars: (members: Uint32Array, first: number) => void
) {
  return useCallback(
    (c: number) => {
      const clusters = layout?.clusters;
      if (clusters && c >= 0 && c < clusters.count) {
        onOpenExemplars(
          clusters.members.slice(clusters.memberStart[c], clusters.memberStart[c + 1]),
          clusters.representative[c]
        );
      }
    },
    [layout, onOpenExemplars]
  );
}
