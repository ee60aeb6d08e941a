import { PanelPlugin } from '@grafana/data';
import { commonOptionsBuilder } from '@grafana/ui';
import { latencySuggestionsSupplier } from './suggestions';
import { fieldConfigOptions } from './fieldConfig';
import { LabelMappingEditor } from './components/editors/LabelMappingEditor';
import { LatencyQueryEditor } from './components/editors/LatencyQueryEditor';
import { LatencyPanel } from './components/LatencyPanel';
import { panelMigrationHandler } from './migrations';
import { defaultOptions, PanelOptions } from './types';

const QUERY = ['Latency query'];
const EXEMPLARS = ['Exemplars'];
const LINKS = ['Trace links'];

export const plugin = new PanelPlugin<PanelOptions>(LatencyPanel)
  .setMigrationHandler(panelMigrationHandler)
  // Exemplar frames travel in PanelData.annotations; Scenes' VizPanel drops annotations for panels that do not
  // declare them (as Grafana's Time series panel does in public/app/plugins/panel/timeseries/module.tsx).
  .setDataSupport({ annotations: true })
  .useFieldConfig(fieldConfigOptions)
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the one form Grafana 12.3 accepts (see suggestions.ts)
  .setSuggestionsSupplier(latencySuggestionsSupplier)
  .setPanelOptions((builder) => {
    builder
      .addRadio({
        path: 'query.mode',
        name: 'Lines from',
        description:
          "Builder: the panel's own histogram_quantile queries with exemplars. Panel queries: the queries above.",
        category: QUERY,
        defaultValue: defaultOptions.query.mode,
        settings: {
          options: [
            { value: 'builder', label: 'Builder' },
            { value: 'panel', label: 'Panel queries' },
          ],
        },
      })
      .addCustomEditor({
        id: 'latency-query',
        path: 'query',
        name: 'Histogram query',
        description:
          'Build histogram_quantile queries with exemplars. Until a histogram is chosen, the panel queries draw.',
        category: QUERY,
        editor: LatencyQueryEditor,
        defaultValue: defaultOptions.query,
        showIf: (options) => options.query?.mode === 'builder',
      })
      .addBooleanSwitch({
        path: 'exemplars.show',
        name: 'Show exemplars',
        category: EXEMPLARS,
        defaultValue: defaultOptions.exemplars.show,
      })
      .addRadio({
        path: 'exemplars.source',
        name: 'Exemplars',
        description:
          'Sampled by Grafana: the few per step its Prometheus data source keeps (slowest first). All: every exemplar Prometheus holds, fetched from its exemplar API — shows typical and fast requests too, clustered.',
        category: EXEMPLARS,
        defaultValue: defaultOptions.exemplars.source,
        settings: {
          options: [
            { value: 'sampled', label: 'Sampled by Grafana' },
            { value: 'all', label: 'All' },
          ],
        },
      })
      .addNumberInput({
        path: 'exemplars.maxExemplars',
        name: 'Maximum exemplars',
        description: 'Exemplars beyond this are not loaded, so a huge range cannot freeze the browser.',
        category: EXEMPLARS,
        defaultValue: defaultOptions.exemplars.maxExemplars,
        settings: { min: 1, integer: true },
        showIf: (options) => options.exemplars?.source === 'all',
      })
      .addTextInput({
        path: 'exemplars.filter',
        name: 'Exemplar filter',
        description: 'Label matchers applied in the browser, e.g. status=~"5..", route="/api/cart"',
        category: EXEMPLARS,
        defaultValue: defaultOptions.exemplars.filter,
      })
      .addRadio({
        path: 'exemplars.colorMode',
        name: 'Colour',
        category: EXEMPLARS,
        defaultValue: defaultOptions.exemplars.colorMode,
        settings: {
          options: [
            { value: 'series', label: 'Series' },
            { value: 'fixed', label: 'Single' },
            { value: 'status', label: 'By status' },
          ],
        },
      })
      .addColorPicker({
        path: 'exemplars.color',
        name: 'Exemplar colour',
        description: 'Single colour, and the colour of successful requests in "By status".',
        category: EXEMPLARS,
        defaultValue: defaultOptions.exemplars.color,
        showIf: (options) => options.exemplars?.colorMode !== 'series',
      })
      .addBooleanSwitch({
        path: 'exemplars.cluster',
        name: 'Cluster dense exemplars',
        description: 'Markers that would overlap become one marker with a count; click it to list every exemplar.',
        category: EXEMPLARS,
        defaultValue: defaultOptions.exemplars.cluster,
      })
      .addSliderInput({
        path: 'exemplars.clusterRadius',
        name: 'Cluster radius',
        category: EXEMPLARS,
        defaultValue: defaultOptions.exemplars.clusterRadius,
        settings: { min: 4, max: 48, step: 1 },
        showIf: (options) => options.exemplars?.cluster !== false,
      })
      .addBooleanSwitch({
        path: 'exemplars.allLabelsInTooltip',
        name: 'Every label in the tooltip',
        description:
          'Off: labels every scraped series carries (__name__, le, instance, job…) are folded into one line of names.',
        category: EXEMPLARS,
        defaultValue: defaultOptions.exemplars.allLabelsInTooltip,
      })
      .addCustomEditor({
        id: 'label-mapping',
        path: 'labelMapping.rules',
        name: 'Label mapping',
        description:
          'Which exemplar label holds the trace ID, and where to open it. Rules here come before the data source settings.',
        category: LINKS,
        editor: LabelMappingEditor,
        defaultValue: defaultOptions.labelMapping.rules,
      })
      .addBooleanSwitch({
        path: 'labelMapping.useDatasourceDefaults',
        name: "Use the Prometheus data source's exemplar links",
        category: LINKS,
        defaultValue: defaultOptions.labelMapping.useDatasourceDefaults,
      })
      .addBooleanSwitch({
        path: 'labelMapping.autoDetect',
        name: 'Detect trace ID labels',
        description: 'trace_id, traceID, traceId, trace.id',
        category: LINKS,
        defaultValue: defaultOptions.labelMapping.autoDetect,
      });
    commonOptionsBuilder.addLegendOptions(builder);
    commonOptionsBuilder.addTooltipOptions(builder, false, false, { tooltip: defaultOptions.tooltip });
  });
