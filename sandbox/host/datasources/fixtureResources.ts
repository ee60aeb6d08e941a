/**
 * The Prometheus HTTP API routes the real Prometheus frontend's language provider calls (labels, label values,
 * series, metadata), answered in fixture mode from the scenario's series labels and the histograms its queries use,
 * in Prometheus' response shape (`{ status: 'success', data }`, https://prometheus.io/docs/prometheus/latest/querying/api/).
 */
import type { DataFrameJSON } from '@grafana/data';
import type { Scenario } from '../../shared/scenario';
import type { ResourceResult } from '../runtime/backendSrv';

const HISTOGRAM = /([a-zA-Z_:][a-zA-Z0-9_:]*)_bucket\b/g;

function histograms(scenario: Scenario): string[] {
  const exprs = [...(scenario.targets ?? []), ...(scenario.panels ?? []).flatMap((panel) => panel.targets ?? [])].map(
    (target) => target.expr
  );
  const fromOptions = [scenario.options, ...(scenario.panels ?? []).map((panel) => panel.options)].map(
    (options) => (options?.query as { metric?: string } | undefined)?.metric
  );
  const names = [
    ...exprs.flatMap((expr) => [...expr.matchAll(HISTOGRAM)].map((match) => match[1])),
    ...fromOptions.filter((name): name is string => Boolean(name)),
  ];
  return [...new Set(names)];
}

/** One label set per series frame: its labels plus `__name__` of the histogram's bucket series and `le`. */
function seriesLabelSets(scenario: Scenario): Array<Record<string, string>> {
  const frames: DataFrameJSON[] = [
    ...scenario.series,
    ...(scenario.panels ?? []).flatMap((panel) => panel.series ?? []),
  ];
  const metric = histograms(scenario)[0];
  return frames.map((frame) => ({
    ...(metric ? { __name__: `${metric}_bucket` } : {}),
    le: '+Inf',
    ...(frame.schema?.fields?.[1]?.labels ?? {}),
  }));
}

function ok(data: unknown): ResourceResult {
  return { status: 200, data: { status: 'success', data } };
}

/** `undefined` when the path is not one of these routes. */
export function fixtureResource(scenario: Scenario, path: string): ResourceResult | undefined {
  const sets = seriesLabelSets(scenario);
  if (path === 'api/v1/labels') {
    return ok([...new Set(sets.flatMap((labels) => Object.keys(labels)))].sort());
  }
  const values = /^api\/v1\/label\/([^/]+)\/values$/.exec(path);
  if (values) {
    const name = decodeURIComponent(values[1]);
    const names =
      name === '__name__'
        ? histograms(scenario).flatMap((metric) => [`${metric}_bucket`, `${metric}_count`, `${metric}_sum`])
        : sets.map((labels) => labels[name]);
    return ok([...new Set(names.filter((value): value is string => Boolean(value)))].sort());
  }
  if (path === 'api/v1/series') {
    return ok(sets);
  }
  if (path === 'api/v1/metadata') {
    return ok(
      Object.fromEntries(
        histograms(scenario).map((metric) => [
          metric,
          [{ type: 'histogram', help: `${metric} (sandbox scenario)`, unit: '' }],
        ])
      )
    );
  }
  return undefined;
}
