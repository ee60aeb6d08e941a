/** The options editor bound to a VizPanel: reads its state, writes through `onOptionsChange` (merged, as in Grafana). */
import { sceneGraph, type VizPanel } from '@grafana/scenes';
import { setWith } from 'lodash';
import React, { useCallback, useMemo } from 'react';
import { OptionsEditor } from '../app/OptionsEditor';

export function PanelOptionsPane({ panel }: { panel: VizPanel }) {
  const { options, _pluginLoadError } = panel.useState();
  const { data } = sceneGraph.getData(panel).useState();
  const plugin = panel.getPlugin();
  const onChange = useCallback(
    (path: string, value: unknown) => panel.onOptionsChange(setWith({}, path, value, Object)),
    [panel]
  );
  const replaceVariables = useMemo(() => panel.interpolate, [panel]);
  const eventBus = useMemo(() => panel.getPanelContext().eventBus, [panel]);
  if (!plugin || !data || _pluginLoadError) {
    return null;
  }
  return (
    <OptionsEditor
      plugin={plugin}
      options={options}
      series={data.series}
      annotations={data.annotations ?? []}
      eventBus={eventBus}
      replaceVariables={replaceVariables}
      onChange={onChange}
    />
  );
}
