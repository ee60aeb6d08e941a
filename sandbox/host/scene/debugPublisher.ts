/**
 * A VizPanel behaviour that reports what the panel is handed to `window.__sandbox`: per panel in `panels`, and for
 * the dashboard's first panel also in `panelData` / `options` / `renderCount` (what single-panel tests read). The
 * data is VizPanel's own `applyFieldConfig` result, so dropped annotations show up as dropped.
 */
import { sceneGraph, type SceneObject, VizPanel } from '@grafana/scenes';
import { publishOptions, publishPanelData, type SandboxDebug, summarizePanelData } from '../debug';

export function publishPanelState(debug: SandboxDebug, primaryKey: string) {
  return (object: SceneObject) => {
    if (!(object instanceof VizPanel)) {
      return;
    }
    const panel = object;
    const runner = sceneGraph.getData(panel);
    const isPrimary = panel.state.key === primaryKey;
    let updates = 0;
    const publish = () => {
      const raw = runner.state.data;
      if (!raw || !panel.getPlugin()) {
        return;
      }
      const data = panel.applyFieldConfig(raw);
      updates++;
      debug.panels[panel.state.key ?? ''] = {
        title: panel.state.title,
        renderCount: updates,
        ...summarizePanelData(data),
      };
      if (isPrimary) {
        publishPanelData(debug, data, updates);
      }
    };
    const dataSub = runner.subscribeToState((next, previous) => next.data !== previous.data && publish());
    const panelSub = panel.subscribeToState((next, previous) => {
      if (next.options !== previous.options && isPrimary) {
        publishOptions(debug, next.options);
      }
      if (next.fieldConfig !== previous.fieldConfig && isPrimary) {
        debug.fieldConfig = next.fieldConfig;
      }
      if (next.options !== previous.options && updates === 0) {
        publish();
      }
    });
    publish();
    return () => {
      dataSub.unsubscribe();
      panelSub.unsubscribe();
    };
  };
}
