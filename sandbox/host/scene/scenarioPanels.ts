/** The panels of a scenario: its `panels`, or the single panel its top-level fields describe (id 1). */
import type { Scenario, ScenarioPanel } from '../../shared/scenario';

export const SINGLE_PANEL_TITLE = 'Request latency';

export function scenarioPanels(scenario: Scenario): ScenarioPanel[] {
  if (scenario.panels?.length) {
    return scenario.panels;
  }
  return [
    {
      id: 1,
      title: SINGLE_PANEL_TITLE,
      options: scenario.options,
      fieldConfig: scenario.fieldConfig,
      pluginVersion: scenario.pluginVersion,
      targets: scenario.targets,
      series: scenario.series,
      annotations: scenario.annotations,
    },
  ];
}
