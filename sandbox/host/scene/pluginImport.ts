/**
 * Hands the built plugin to Scenes the way Grafana's app does (`setPluginImportUtils`): VizPanel asks for a panel
 * plugin by id, and gets the one `dist/module.js` defines, loaded once by the AMD loader.
 */
import type { PanelPlugin } from '@grafana/data';
import { setPluginImportUtils } from '@grafana/runtime';
import { loadPanelPlugin, PLUGIN_ID } from '../pluginLoader';

export function installPluginImport(onLoadError: (message: string) => void): Promise<PanelPlugin> {
  const loading = loadPanelPlugin();
  const cache = new Map<string, PanelPlugin>();
  loading
    .then((plugin) => cache.set(PLUGIN_ID, plugin))
    .catch((error: unknown) => onLoadError(error instanceof Error ? error.message : String(error)));
  setPluginImportUtils({
    importPanelPlugin: (id: string) =>
      id === PLUGIN_ID ? loading : Promise.reject(new Error(`panel plugin "${id}" is not installed in the sandbox`)),
    getPanelPluginFromCache: (id: string) => cache.get(id),
  });
  return loading;
}
