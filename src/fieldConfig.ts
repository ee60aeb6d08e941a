import {
  createFieldConfigRegistry,
  FieldColorModeId,
  FieldConfigOptionsRegistry,
  FieldConfigProperty,
  SetFieldConfigOptionsArgs,
} from '@grafana/data';
import {
  AxisConfig,
  AxisPlacement,
  HideableFieldConfig,
  LineInterpolation,
  ScaleDistribution,
  ScaleDistributionConfig,
  VisibilityMode,
} from '@grafana/schema';
import { commonOptionsBuilder, getGraphFieldOptions } from '@grafana/ui';

/** Per-series field config the panel reads (Grafana's `custom` block), the Time series panel's line and axis subset. */
export interface SeriesFieldConfig extends HideableFieldConfig, AxisConfig {
  lineWidth?: number;
  fillOpacity?: number;
  lineInterpolation?: LineInterpolation;
  showPoints?: VisibilityMode;
  pointSize?: number;
}

export const LINEAR_SCALE: ScaleDistributionConfig = { type: ScaleDistribution.Linear };

export const defaultSeriesFieldConfig: SeriesFieldConfig = {
  lineWidth: 1,
  fillOpacity: 0,
  lineInterpolation: LineInterpolation.Linear,
  showPoints: VisibilityMode.Never,
  pointSize: 5,
  axisPlacement: AxisPlacement.Auto,
  axisLabel: '',
  scaleDistribution: LINEAR_SCALE,
};

/**
 * The panel's field config, built with Grafana's own builders as the Time series panel does
 * (public/app/plugins/panel/timeseries/config.ts). Only options the chart honours are declared: the unit (the
 * metric-name guess when unset), decimals, min/max, display name, colour, no value, data links (shown in the pinned
 * tooltip, as the Time series panel shows them); line, axis and hide.
 */
export const fieldConfigOptions: SetFieldConfigOptionsArgs<SeriesFieldConfig> = {
  standardOptions: {
    [FieldConfigProperty.Color]: {
      settings: { byValueSupport: false, bySeriesSupport: true, preferThresholdsMode: false },
      defaultValue: { mode: FieldColorModeId.PaletteClassic },
    },
  },
  disableStandardOptions: [
    FieldConfigProperty.Thresholds,
    FieldConfigProperty.Mappings,
    FieldConfigProperty.Filterable,
  ],
  useCustomConfig: (builder) => {
    const d = defaultSeriesFieldConfig;
    builder
      .addSliderInput({
        path: 'lineWidth',
        name: 'Line width',
        defaultValue: d.lineWidth,
        settings: { min: 0, max: 10, step: 1, ariaLabelForHandle: 'Line width' },
      })
      .addSliderInput({
        path: 'fillOpacity',
        name: 'Fill opacity',
        defaultValue: d.fillOpacity,
        settings: { min: 0, max: 100, step: 1, ariaLabelForHandle: 'Fill opacity' },
      })
      .addRadio({
        path: 'lineInterpolation',
        name: 'Line interpolation',
        defaultValue: d.lineInterpolation,
        settings: { options: getGraphFieldOptions().lineInterpolation },
      })
      .addRadio({
        path: 'showPoints',
        name: 'Show points',
        defaultValue: d.showPoints,
        settings: { options: getGraphFieldOptions().showPoints },
      })
      .addSliderInput({
        path: 'pointSize',
        name: 'Point size',
        defaultValue: d.pointSize,
        settings: { min: 1, max: 40, step: 1, ariaLabelForHandle: 'Point size' },
        showIf: (c) => c.showPoints !== VisibilityMode.Never,
      });
    commonOptionsBuilder.addAxisConfig(builder, d);
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
