/** Fetches the built plugin from where Grafana serves it and returns its `PanelPlugin`, with `meta` set like Grafana does. */
import { PanelPlugin, type PanelPluginMeta } from '@grafana/data';
import { loadAmdModule } from './amdLoader';
import { sharedModules } from './sharedModules';

export const PLUGIN_ID = 'exemplartrace-latency-panel';
const PLUGIN_BASE_URL = `/public/plugins/${PLUGIN_ID}`;

export async function loadPanelPlugin(): Promise<PanelPlugin> {
  const metaResponse = await fetch(`${PLUGIN_BASE_URL}/plugin.json`);
  if (!metaResponse.ok) {
    throw new Error(`plugin.json: HTTP ${metaResponse.status} (is dist/ built?)`);
  }
  const json = (await metaResponse.json()) as PanelPluginMeta;
  const exports = await loadAmdModule(`${PLUGIN_BASE_URL}/module.js`, sharedModules);
  const plugin = exports.plugin;
  if (!(plugin instanceof PanelPlugin)) {
    throw new Error(
      'module.js does not export a PanelPlugin named `plugin` (or it was built against another @grafana/data instance)'
    );
  }
  plugin.meta = { ...json, baseUrl: PLUGIN_BASE_URL, module: `${PLUGIN_BASE_URL}/module.js` };
  return plugin;
}
