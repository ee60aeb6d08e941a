/**
 * Panel options the way Grafana prepares them when a panel loads: the plugin's migration handler runs
 * when the saved pluginVersion differs from the plugin's (PanelModel.pluginLoaded), then defaults from the
 * option builders are merged under the saved options, arrays replaced not merged (getPanelOptionsWithDefaults).
 */
import { type FieldConfigSource, type PanelModel, type PanelPlugin, PanelOptionsEditorBuilder } from '@grafana/data';
import { cloneDeep, isArray, mergeWith, set } from 'lodash';

export function optionDefaults(plugin: PanelPlugin): Record<string, unknown> {
  const builder = new PanelOptionsEditorBuilder<Record<string, unknown>>();
  plugin.getPanelOptionsSupplier()(builder, { data: [] });
  const defaults: Record<string, unknown> = {};
  for (const item of builder.getItems()) {
    if (item.defaultValue !== undefined) {
      set(defaults, item.path, cloneDeep(item.defaultValue));
    }
  }
  return defaults;
}

export function withDefaults(plugin: PanelPlugin, options: Record<string, unknown>): Record<string, unknown> {
  return mergeWith({}, optionDefaults(plugin), options, (_target: unknown, source: unknown) => (isArray(source) ? source : undefined));
}

export async function initialPanelOptions(plugin: PanelPlugin, saved: Record<string, unknown>, pluginVersion: string | undefined, fieldConfig: FieldConfigSource): Promise<Record<string, unknown>> {
  let options = saved;
  const currentVersion = plugin.meta?.info?.version;
  if (plugin.onPanelMigration && pluginVersion !== currentVersion) {
    const panel: PanelModel = { id: 1, type: plugin.meta?.id ?? '', options: saved, fieldConfig, pluginVersion };
    options = (await plugin.onPanelMigration(panel)) as Record<string, unknown>;
  }
  return withDefaults(plugin, options);
}

export function initialFieldConfig(plugin: PanelPlugin): FieldConfigSource {
  return { defaults: cloneDeep(plugin.fieldConfigDefaults.defaults ?? {}), overrides: [] };
}
