import { migrateOptions, panelMigrationHandler } from './migrations';
import { defaultOptions, OPTIONS_VERSION } from './types';

describe('options defaults and migration', () => {
  it('gives the documented defaults for a new panel', () => {
    const options = migrateOptions(undefined);
    expect(options.version).toBe(OPTIONS_VERSION);
    expect(options.query.quantiles).toEqual([0.5, 0.9, 0.99]);
    expect(options.query.exemplars).toBe(true);
    expect(options.exemplars.show).toBe(true);
    expect(options.exemplars.source).toBe('sampled');
    expect(options.labelMapping.useDatasourceDefaults).toBe(true);
    expect(options.labelMapping.autoDetect).toBe(true);
  });

  it('keeps saved values and fills in missing groups', () => {
    const options = migrateOptions({ query: { metric: 'http_server_request_duration_seconds' } });
    expect(options.query.metric).toBe('http_server_request_duration_seconds');
    expect(options.query.quantiles).toEqual(defaultOptions.query.quantiles);
    expect(options.exemplars).toEqual(defaultOptions.exemplars);
  });

  it('ignores garbage instead of failing', () => {
    const options = panelMigrationHandler({ options: { query: 'nope', exemplars: [1, 2] } } as never);
    expect(options.query).toEqual(defaultOptions.query);
    expect(options.exemplars).toEqual(defaultOptions.exemplars);
  });
});

describe('options from earlier versions load with the same meaning', () => {
  it('scaffold-era options (no version) become the defaults: none of their fields applies to this panel', () => {
    const scaffold = { text: 'Default value of text input option', showSeriesCount: false, seriesCountSize: 'sm' };
    expect(migrateOptions(scaffold)).toEqual(defaultOptions);
    expect(panelMigrationHandler({ options: scaffold } as never)).toEqual(defaultOptions);
  });

  it('a partial v1 (saved before the exemplar and link groups existed) keeps its query and gets defaults for the rest', () => {
    const partial = {
      version: 1,
      query: {
        datasourceUid: 'prom',
        metric: 'rpc_duration_seconds',
        quantiles: [0.99],
        filters: [{ label: 'job', op: '=', value: 'api' }],
      },
    };
    const migrated = migrateOptions(partial);
    expect(migrated.query).toEqual({ ...defaultOptions.query, ...partial.query, mode: 'builder' });
    expect(migrated.exemplars).toEqual(defaultOptions.exemplars);
    expect(migrated.labelMapping).toEqual(defaultOptions.labelMapping);
  });

  it('a complete v1 migrates to itself', () => {
    const complete = {
      version: 1,
      query: {
        datasourceUid: 'prom',
        metric: 'http_server_request_duration_seconds',
        quantiles: [0.5, 0.999],
        filters: [{ label: 'route', op: '=~', value: '/api/.*' }],
        groupBy: ['route', 'method'],
        legendFormat: '{{quantile}} {{route}}',
        exemplars: false,
      },
      exemplars: {
        show: false,
        color: 'red',
        colorMode: 'status',
        cluster: false,
        clusterRadius: 20,
        source: 'all',
        maxExemplars: 5000,
        allLabelsInTooltip: true,
        filter: 'status=~"5.."',
      },
      labelMapping: {
        rules: [
          { labelName: 'trace_id', kind: 'datasource', datasourceUid: 'tempo' },
          { labelName: 'traceID', kind: 'url', url: 'https://x/${__value.raw}', displayLabel: 'Open in X' },
        ],
        useDatasourceDefaults: false,
        autoDetect: false,
      },
    };
    const v2 = {
      ...complete,
      version: 2,
      query: { ...complete.query, mode: 'builder' },
      legend: defaultOptions.legend,
      tooltip: defaultOptions.tooltip,
    };
    expect(migrateOptions(complete)).toEqual(v2);
    expect(migrateOptions(JSON.parse(JSON.stringify(migrateOptions(complete))))).toEqual(v2);
  });

  describe('a v1 panel, saved before field config, legend and tooltip options existed, draws the same picture', () => {
    it('with a histogram chosen, the builder keeps drawing the lines', () => {
      expect(migrateOptions({ version: 1, query: { metric: 'rpc_duration_seconds' } }).query.mode).toBe('builder');
    });

    it('without one, the panel queries keep drawing them', () => {
      expect(migrateOptions({ version: 1, query: { metric: '' } }).query.mode).toBe('panel');
      expect(migrateOptions({ version: 1 }).query.mode).toBe('panel');
    });

    it('the legend stays a list at the bottom without values, the tooltip lists every line unsorted', () => {
      const migrated = migrateOptions({ version: 1, query: { metric: 'm' } });
      expect(migrated.legend).toEqual({ showLegend: true, displayMode: 'list', placement: 'bottom', calcs: [] });
      expect(migrated.tooltip).toEqual({ mode: 'multi', sort: 'none' });
    });

    it('a chosen query mode is kept even with a histogram set (switching to panel queries keeps the builder)', () => {
      expect(migrateOptions({ version: 2, query: { mode: 'panel', metric: 'm' } }).query.mode).toBe('panel');
    });

    it('v2 legend and tooltip options survive, garbage in them falls back', () => {
      const legend = { showLegend: true, displayMode: 'table', placement: 'right', calcs: ['mean', 'max'], width: 300 };
      const migrated = migrateOptions({ version: 2, legend, tooltip: { mode: 'single', sort: 'desc' } });
      expect(migrated.legend).toEqual(legend);
      expect(migrated.tooltip).toEqual({ mode: 'single', sort: 'desc' });
      const garbage = migrateOptions({ version: 2, legend: { displayMode: 'grid', calcs: 'mean' }, tooltip: [] });
      expect(garbage.legend).toEqual(defaultOptions.legend);
      expect(garbage.tooltip).toEqual(defaultOptions.tooltip);
    });
  });

  it('the provisioned dashboard panel migrates to itself (plus defaults for groups it leaves out)', () => {
    const dashboard = require('../provisioning/dashboards/dashboard.json') as {
      panels: Array<{ type: string; options: Record<string, unknown> }>;
    };
    const panels = dashboard.panels.filter((panel) => panel.type === 'exemplartrace-latency-panel');
    expect(panels.length).toBeGreaterThan(0);
    for (const panel of panels) {
      const migrated = migrateOptions(panel.options);
      expect(migrated).toEqual({ ...defaultOptions, ...panel.options });
      expect(migrateOptions(migrated)).toEqual(migrated);
    }
  });

  it('reads what hand-edited JSON commonly gets wrong as the user meant it', () => {
    const migrated = migrateOptions({
      query: {
        datasourceUid: { uid: 'prom', type: 'prometheus' },
        metric: 'm',
        quantiles: ['0.9', 0.99, null],
        filters: [{ label: 'code', op: '=', value: 500 }, 'status="500"'],
        exemplars: 'false',
      },
      exemplars: { maxExemplars: '2500.7', clusterRadius: -3, colorMode: 'rainbow' },
      labelMapping: { rules: [{ labelName: 'trace_id', url: 'https://x/${__value.raw}' }, { kind: 'url' }] },
    });
    expect(migrated.query).toMatchObject({
      datasourceUid: 'prom',
      quantiles: [0.9, 0.99],
      filters: [{ label: 'code', op: '=', value: '500' }],
      exemplars: false,
    });
    expect(migrated.exemplars).toMatchObject({
      maxExemplars: 2500,
      clusterRadius: defaultOptions.exemplars.clusterRadius,
      colorMode: 'series',
    });
    expect(migrated.labelMapping.rules).toEqual([
      { labelName: 'trace_id', kind: 'url', url: 'https://x/${__value.raw}' },
    ]);
  });

  it('keeps an unknown filter operator so the query plan reports it instead of dropping the filter', () => {
    const migrated = migrateOptions({ query: { metric: 'm', filters: [{ label: 'a', op: '==', value: 'b' }] } });
    expect(migrated.query.filters).toEqual([{ label: 'a', op: '==', value: 'b' }]);
  });
});
