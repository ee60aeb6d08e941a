import {
  createFieldConfigRegistry,
  FieldConfigOptionsRegistry,
  FieldConfigProperty,
  FieldType,
  identityOverrideProcessor,
  SetFieldConfigOptionsArgs,
} from '@grafana/data';
import { HideableFieldConfig, ScaleDistribution, ScaleDistributionConfig } from '@grafana/schema';
import { commonOptionsBuilder } from '@grafana/ui';

/** Per-series field config the panel reads (Grafana's `custom` block). */
export interface SeriesFieldConfig extends HideableFieldConfig {
  scaleDistribution?: ScaleDistributionConfig;
}

/**
 * The panel's field config. Only "Hide in area" for now: it is what Grafana's legend writes (a `hideSeriesFrom`
 * override through PanelContext) and what the panel honours for lines, legend, tooltip and exemplars. Standard
 * options stay hidden until the panel honours them, so no option shown does nothing.
 */
export const fieldConfigOptions: SetFieldConfigOptionsArgs<SeriesFieldConfig> = {
  disableStandardOptions: Object.values(FieldConfigProperty),
  useCustomConfig: (builder) => {
    // Only the axis' Scale for now (what commonOptionsBuilder.addAxisConfig registers under that id), as the
    // chart honours it; the rest of the axis options come with the field config work of issue 20.
    builder.addCustomEditor({
      id: 'scaleDistribution',
      path: 'scaleDistribution',
      name: 'Scale',
      category: ['Axis'],
      editor: commonOptionsBuilder.ScaleDistributionEditor,
      override: commonOptionsBuilder.ScaleDistributionEditor,
      defaultValue: { type: ScaleDistribution.Linear },
      shouldApply: (field) => field.type === FieldType.number,
      process: identityOverrideProcessor,
    });
    commonOptionsBuilder.addHideFrom(builder);
  },
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
