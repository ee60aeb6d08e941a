import { PanelData } from '@grafana/data';
import { panelUrlKey } from '../../view/urlState';

/**
 * The key of this panel's URL state. Clones of a repeated panel share the dashboard panel id; Scenes keys them
 * `panel-<id>-clone-<n>` (dashboard-scene DashboardGridItem), and the query runner's scene object, which Scenes
 * puts into every request's `scopedVars.__sceneObject`, leads there. Where it does not (an older Grafana, no
 * queries), the id alone is the key.
 */
export function panelKeyOf(panelId: number, request: PanelData['request']): string {
  let clone: number | undefined;
  try {
    let node = (request?.scopedVars?.__sceneObject?.value as { valueOf?: () => unknown } | undefined)?.valueOf?.();
    for (let depth = 0; node && depth < 8 && clone === undefined; depth++) {
      const key = (node as { state?: { key?: unknown } }).state?.key;
      const match = typeof key === 'string' ? /^panel-\d+-clone-(\d+)$/.exec(key) : null;
      clone = match ? Number(match[1]) : undefined;
      node = (node as { parent?: unknown }).parent;
    }
  } catch {
    clone = undefined;
  }
  return panelUrlKey(panelId, clone);
}
