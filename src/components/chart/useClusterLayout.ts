import { useMemo } from 'react';
import uPlot from 'uplot';
import { ClusterIndex, clusterExemplars, Clusters, projectToPixels } from '../../cluster';
import { PanelView } from '../../view/panelView';
import { LATENCY_SCALE } from './buildPlotConfig';
import { scaleProjection } from './scaleProjection';
import { perfMark, perfMarks } from '../testIds';

export interface ClusterLayout {
  clusters: Clusters;
  index: ClusterIndex;
}

/** Scale state that changes where exemplars land; clustering is redone only when it changes. */
export interface PlotGeometry {
  /**
   * The uPlot instance the scales were read from. A new config re-creates the plot, whose scales only
   * exist after its first draw: layouts are computed from the plot that drew, never from one just created.
   */
  plot: uPlot;
  width: number;
  height: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export function geometryOf(u: uPlot): PlotGeometry {
  const x = u.scales.x;
  const y = u.scales[LATENCY_SCALE];
  return {
    plot: u,
    width: u.over.clientWidth,
    height: u.over.clientHeight,
    xMin: x?.min ?? 0,
    xMax: x?.max ?? 0,
    yMin: y?.min ?? 0,
    yMax: y?.max ?? 0,
  };
}

export function sameGeometry(a: PlotGeometry | undefined, b: PlotGeometry): boolean {
  return (
    !!a &&
    a.plot === b.plot &&
    a.width === b.width &&
    a.height === b.height &&
    a.xMin === b.xMin &&
    a.xMax === b.xMax &&
    a.yMin === b.yMin &&
    a.yMax === b.yMax
  );
}

/**
 * Projects exemplars onto the plot and clusters them in screen space. Re-runs on zoom, resize or
 * new data, on the parsed columns (nothing is parsed again). With clustering off, the radius is 0: every
 * exemplar is its own marker, and the same hit-testing and drawer work unchanged.
 */
export function useClusterLayout(
  geometry: PlotGeometry | undefined,
  model: PanelView,
  include: Uint8Array,
  radiusPx: number
): ClusterLayout | undefined {
  return useMemo(() => {
    if (!geometry || geometry.width <= 0 || geometry.height <= 0 || !(geometry.xMax > geometry.xMin)) {
      return undefined;
    }
    perfMark(perfMarks.layoutStart);
    const { plot } = geometry;
    const { exemplars } = model;
    const pixels = projectToPixels(
      exemplars.timeMs,
      exemplars.value,
      exemplars.size,
      scaleProjection(plot, 'x'),
      scaleProjection(plot, LATENCY_SCALE)
    );
    // Exemplars outside the plot area (zoomed away) or with no finite position are left out by clustering
    // itself (the plot bounds below): neither drawn nor clustered, but still in the table.
    const clusters = clusterExemplars(
      {
        x: pixels.x,
        y: pixels.y,
        size: exemplars.size,
        value: exemplars.value,
        isError: model.isError,
        include,
      },
      radiusPx,
      { width: geometry.width, height: geometry.height }
    );
    const layout = { clusters, index: new ClusterIndex(clusters, Math.max(radiusPx, 6)) };
    perfMark(perfMarks.layoutEnd);
    return layout;
  }, [geometry, model, include, radiusPx]);
}
