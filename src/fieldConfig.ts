import {
  createFieldConfigRegistry,
  FieldConfigOptionsRegistry,
  FieldConfigProperty,
  SetFieldConfigOptionsArgs,
} from '@grafana/data';
import { HideableFieldConfig } from '@grafana/schema';
import { commonOptionsBuilder } from '@grafana/ui';

/** Per-series field config the panel reads (Grafana's `custom` block). */
export type SeriesFieldConfig = HideableFieldConfig;

/**
 * The panel's field config. Only "Hide in area" for now: it is what Grafana's legend writes (a `hideSeriesFrom`
 * override through PanelContext) and what the panel honours for lines, legend, tooltip and exemplars. Standard
 * options stay hidden until the panel honours them, so no option shown does nothing.
 */
export const fieldConfigOptions: SetFieldConfigOptionsArgs<SeriesFieldConfig> = {
  disableStandardOptions: Object.values(FieldConfigProperty),
  useCustomConfig: (builder) => commonOptionsBuilder.addHideFrom(builder),
};

let registry: FieldConfigOptionsRegistry | undefined;

/**
 * The same registry the plugin declares, for frames the panel queries itself (builder mode): Grafana applies
 * field config and overrides only to the panel's own queries' frames, so the builder's frames get it here.
 */
export function seriesFieldConfigRegistry(): FieldConfigOptionsRegistry {
  registry ??= createFieldConfigRegistry(fieldConfigOptions, 'Exemplar Trace');
  return registry;
}
