/**
 * fast-check arbitraries for panel options as older or hand-edited dashboards hold them: anything JSON can
 * hold, and near-valid objects where each field is either right or of a wrong type. Shared by the option
 * migration and panel model fuzz suites.
 */
import fc from 'fast-check';

export const anyJson = fc.jsonValue({ maxDepth: 4 });
/** A value of any JSON type, biased to the types the fields actually use. */
const wrongOr = <T>(right: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: right, weight: 3 },
    { arbitrary: fc.constantFrom(null, true, 0, -1, 1.5, '', 'x', [], {}), weight: 1 },
    anyJson
  );

export const nearValidOptions = fc.record(
  {
    version: wrongOr(fc.constantFrom(0, 1, 2)),
    text: fc.string(),
    showSeriesCount: fc.boolean(),
    query: wrongOr(
      fc.record(
        {
          datasourceUid: wrongOr(fc.oneof(fc.string(), fc.record({ uid: fc.string(), type: fc.string() }))),
          metric: wrongOr(fc.string()),
          quantiles: wrongOr(fc.array(wrongOr(fc.double()), { maxLength: 5 })),
          filters: wrongOr(
            fc.array(
              wrongOr(
                fc.record({
                  label: wrongOr(fc.string()),
                  op: wrongOr(fc.constantFrom('=', '!=', '=~', '!~', '==')),
                  value: wrongOr(fc.string()),
                })
              ),
              {
                maxLength: 4,
              }
            )
          ),
          groupBy: wrongOr(fc.array(wrongOr(fc.string()), { maxLength: 4 })),
          legendFormat: wrongOr(fc.string()),
          exemplars: wrongOr(fc.boolean()),
        },
        { requiredKeys: [] }
      )
    ),
    exemplars: wrongOr(
      fc.record(
        {
          show: wrongOr(fc.boolean()),
          color: wrongOr(fc.string()),
          colorMode: wrongOr(fc.constantFrom('series', 'fixed', 'status')),
          cluster: wrongOr(fc.boolean()),
          clusterRadius: wrongOr(fc.double()),
          source: wrongOr(fc.constantFrom('sampled', 'all')),
          maxExemplars: wrongOr(fc.oneof(fc.integer(), fc.double())),
          allLabelsInTooltip: wrongOr(fc.boolean()),
          filter: wrongOr(fc.string()),
        },
        { requiredKeys: [] }
      )
    ),
    labelMapping: wrongOr(
      fc.record(
        {
          rules: wrongOr(
            fc.array(
              wrongOr(
                fc.record(
                  {
                    labelName: wrongOr(fc.string()),
                    kind: wrongOr(fc.constantFrom('datasource', 'url')),
                    datasourceUid: wrongOr(fc.string()),
                    url: wrongOr(fc.string()),
                    displayLabel: wrongOr(fc.string()),
                  },
                  { requiredKeys: [] }
                )
              ),
              { maxLength: 4 }
            )
          ),
          useDatasourceDefaults: wrongOr(fc.boolean()),
          autoDetect: wrongOr(fc.boolean()),
        },
        { requiredKeys: [] }
      )
    ),
  },
  { requiredKeys: [] }
);
