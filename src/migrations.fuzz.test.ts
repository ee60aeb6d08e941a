import { LegendDisplayMode, SortOrder, TooltipDisplayMode } from '@grafana/schema';
import fc from 'fast-check';

import { anyJson, nearValidOptions } from './__fixtures__/hostileOptions';
import { shopResponse } from './data/__fixtures__/prometheusFrames';
import { buildPanelView } from './view/panelView';
import { planLatencyQueries } from './data/promql';
import { migrateOptions, panelMigrationHandler } from './migrations';
import { defaultOptions, OPTIONS_VERSION, PanelOptions } from './types';

/**
 * Options from older or hand-edited dashboards: anything JSON can hold, and near-valid objects where each
 * field is either right or of a wrong type. The migration must always give complete, well-typed options
 * that the rest of the panel can use without throwing.
 */

const isString = (v: unknown) => typeof v === 'string';
const isBoolean = (v: unknown) => typeof v === 'boolean';

/** Checks at run time what the type promises; returns the first violation, for a readable failure. */
function typeViolation(options: PanelOptions): string | undefined {
  const { query, exemplars, labelMapping } = options;
  const checks: Array<[string, boolean]> = [
    ['version', options.version === OPTIONS_VERSION],
    ['query.datasourceUid', isString(query.datasourceUid)],
    ['query.metric', isString(query.metric)],
    ['query.quantiles', Array.isArray(query.quantiles) && query.quantiles.every((q) => Number.isFinite(q))],
    [
      'query.filters',
      Array.isArray(query.filters) &&
        query.filters.every((f) => isString(f.label) && isString(f.op) && isString(f.value)),
    ],
    ['query.groupBy', Array.isArray(query.groupBy) && query.groupBy.every(isString)],
    ['query.legendFormat', isString(query.legendFormat)],
    ['query.exemplars', isBoolean(query.exemplars)],
    ['exemplars.show', isBoolean(exemplars.show)],
    ['exemplars.color', isString(exemplars.color)],
    ['exemplars.colorMode', ['series', 'fixed', 'status'].includes(exemplars.colorMode)],
    ['exemplars.cluster', isBoolean(exemplars.cluster)],
    ['exemplars.clusterRadius', Number.isFinite(exemplars.clusterRadius) && exemplars.clusterRadius > 0],
    ['exemplars.source', ['sampled', 'all'].includes(exemplars.source)],
    ['exemplars.maxExemplars', Number.isSafeInteger(exemplars.maxExemplars) && exemplars.maxExemplars >= 1],
    ['exemplars.filter', isString(exemplars.filter)],
    [
      'labelMapping.rules',
      Array.isArray(labelMapping.rules) &&
        labelMapping.rules.every(
          (r) =>
            isString(r.labelName) &&
            ['datasource', 'url'].includes(r.kind) &&
            [r.datasourceUid, r.url, r.displayLabel].every((v) => v === undefined || isString(v))
        ),
    ],
    ['labelMapping.useDatasourceDefaults', isBoolean(labelMapping.useDatasourceDefaults)],
    ['labelMapping.autoDetect', isBoolean(labelMapping.autoDetect)],
  ];
  return checks.find(([, ok]) => !ok)?.[0];
}

const { series, exemplars, times } = shopResponse();

function modelFor(options: PanelOptions) {
  return buildPanelView({
    mode: options.query.metric ? 'builder' : 'panel',
    seriesFrames: series,
    exemplarFrames: exemplars,
    errors: [],
    options,
    exemplarsRequested: options.query.exemplars,
    datasourceDestinations: [{ name: 'trace_id', datasourceUid: 'tempo' }],
    tracingDatasources: [{ uid: 'tempo', name: 'Tempo', type: 'tempo' }],
    rangeToMs: times[4],
    nowMs: times[4],
  });
}

describe('option migration under fuzzing', () => {
  it('turns any JSON into complete, well-typed options, and migrating again changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, nearValidOptions), (saved) => {
        const migrated = migrateOptions(saved);
        expect(typeViolation(migrated)).toBeUndefined();
        // What Grafana stores is JSON; loading it again must give the same options (compared as JSON: -0 saves as 0).
        const savedAgain = JSON.stringify(migrated);
        expect(JSON.stringify(migrateOptions(JSON.parse(savedAgain)))).toBe(savedAgain);
        expect(panelMigrationHandler({ options: saved } as never)).toEqual(migrated);
      }),
      { numRuns: 10_000 }
    );
  });

  it('reads every saved shape field by field, whatever version it claims: none (scaffold), 1, a future one, or junk', () => {
    // Versions so far: the scaffold's options (no version: { text, showSeriesCount, seriesCountSize }) and 1.
    // A dashboard from a newer plugin (2) or a hand-edited one ("1", null) is read the same way, never dropped.
    const scaffold = fc.record(
      { text: fc.string(), showSeriesCount: fc.boolean(), seriesCountSize: fc.constantFrom('sm', 'md', 'lg') },
      { requiredKeys: [] }
    );
    fc.assert(
      fc.property(
        fc.oneof(scaffold, nearValidOptions),
        fc.constantFrom(undefined, 0, 1, 2, 99, '1', null, -1, 1.5),
        (saved, version) => {
          const withVersion = version === undefined ? { ...saved } : { ...saved, version };
          delete (withVersion as { version?: unknown }).version;
          const unversioned = migrateOptions(withVersion);
          const migrated = migrateOptions(version === undefined ? withVersion : { ...withVersion, version });
          expect(migrated).toEqual(unversioned);
          expect(typeViolation(migrated)).toBeUndefined();
          if (!('query' in saved) && !('exemplars' in saved) && !('labelMapping' in saved)) {
            // Nothing of the scaffold's options applies to this panel: a new panel's defaults.
            expect(migrated).toEqual(defaultOptions);
          }
        }
      ),
      { numRuns: 2000 }
    );
  });

  it('keeps every field of valid options as it was saved', () => {
    const validOptions = fc.record({
      version: fc.constant(OPTIONS_VERSION),
      query: fc.record({
        datasourceUid: fc.string(),
        metric: fc.string(),
        quantiles: fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 4 }),
        filters: fc.array(
          fc.record({
            label: fc.string(),
            op: fc.constantFrom('=' as const, '!=' as const, '=~' as const, '!~' as const),
            value: fc.string(),
          }),
          {
            maxLength: 3,
          }
        ),
        groupBy: fc.array(fc.string(), { maxLength: 3 }),
        legendFormat: fc.string(),
        exemplars: fc.boolean(),
        mode: fc.constantFrom('builder' as const, 'panel' as const),
      }),
      legend: fc.record({
        showLegend: fc.boolean(),
        displayMode: fc.constantFrom(LegendDisplayMode.List, LegendDisplayMode.Table, LegendDisplayMode.Hidden),
        placement: fc.constantFrom('bottom' as const, 'right' as const),
        calcs: fc.array(fc.constantFrom('mean', 'max', 'lastNotNull'), { maxLength: 3 }),
      }),
      tooltip: fc.record({
        mode: fc.constantFrom(TooltipDisplayMode.Single, TooltipDisplayMode.Multi, TooltipDisplayMode.None),
        sort: fc.constantFrom(SortOrder.None, SortOrder.Ascending, SortOrder.Descending),
      }),
      exemplars: fc.record({
        show: fc.boolean(),
        color: fc.string(),
        colorMode: fc.constantFrom('series' as const, 'fixed' as const, 'status' as const),
        cluster: fc.boolean(),
        clusterRadius: fc.double({ min: 0.5, max: 100, noNaN: true }),
        source: fc.constantFrom('sampled' as const, 'all' as const),
        maxExemplars: fc.integer({ min: 1, max: 10_000_000 }),
        allLabelsInTooltip: fc.boolean(),
        filter: fc.string(),
      }),
      labelMapping: fc.record({
        rules: fc.array(
          fc.record(
            {
              labelName: fc.string(),
              kind: fc.constantFrom('datasource' as const, 'url' as const),
              datasourceUid: fc.string(),
              url: fc.string(),
              displayLabel: fc.string(),
            },
            { requiredKeys: ['labelName', 'kind'] }
          ),
          { maxLength: 3 }
        ),
        useDatasourceDefaults: fc.boolean(),
        autoDetect: fc.boolean(),
      }),
    });
    fc.assert(
      fc.property(validOptions, (options) => {
        expect(migrateOptions(options)).toEqual(options);
      }),
      { numRuns: 2000 }
    );
  });

  it('gives options the query planner and the panel model accept without throwing, problems as readable text', () => {
    fc.assert(
      fc.property(fc.oneof(nearValidOptions, fc.constant({})), (saved) => {
        const options = migrateOptions(saved);
        const plan = planLatencyQueries(options.query);
        if (!plan.ok) {
          expect(plan.error.length).toBeGreaterThan(0);
        }
        const model = modelFor(options);
        expect(model.exemplars.size).toBeLessThanOrEqual(options.exemplars.maxExemplars);
        if (model.exemplars.size < 3) {
          // The cap left some out: the panel says so.
          expect(model.diagnostics.map((d) => d.id)).toContain('truncated-exemplars');
        }
      }),
      { numRuns: 2000 }
    );
  });

  it('defaults are what a new panel gets', () => {
    expect(migrateOptions(undefined)).toEqual(defaultOptions);
  });
});
