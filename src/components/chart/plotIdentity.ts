import { Dispatch, SetStateAction } from 'react';
import { UPlotConfigBuilder } from '@grafana/ui';
import { geometryOf, PlotGeometry, sameGeometry } from './useClusterLayout';

/*
 * Functions that reach uPlot's hooks, kept at module level on purpose. A hook closure made inside a component
 * shares its render's scope, and whatever that scope holds (an older plot, its config, that config's hooks …)
 * lives as long as the new plot does: every plot ever drawn would stay in memory (found by the soak test's heap
 * snapshots). What crosses into uPlot is therefore built here, from arguments only.
 */

/** Clustering depends on where things land: re-cluster when size or scales change. */
export function reportGeometryOnDraw(
  builder: UPlotConfigBuilder,
  setGeometry: Dispatch<SetStateAction<PlotGeometry | undefined>>
) {
  builder.addHook('draw', (u) => {
    const next = geometryOf(u);
    setGeometry((current) => (sameGeometry(current, next) ? current : next));
  });
}

const configRevisions = new WeakMap<UPlotConfigBuilder, number>();
let lastConfigRevision = 0;

/**
 * A number per config, to mount a fresh TooltipPlugin2 for each plot: its hooks on a new config close over its
 * state, which still holds the previous plot (see above).
 */
export function revisionOf(config: UPlotConfigBuilder): number {
  let revision = configRevisions.get(config);
  if (revision === undefined) {
    revision = ++lastConfigRevision;
    configRevisions.set(config, revision);
  }
  return revision;
}
