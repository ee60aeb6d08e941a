/**
 * A panel repeated once per value of a dashboard variable, as dashboard-scene's DashboardGridItem does it
 * (public/app/features/dashboard-scene/scene/layout-default/DashboardGridItem.tsx performRepeat): the first
 * repeat is the source panel, the others are clones keyed `<key>-clone-<i>`, each with its own
 * `LocalValueVariable` so `$route` interpolates per clone through `sceneGraph.interpolate`.
 */
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import {
  LocalValueVariable,
  MultiValueVariable,
  sceneGraph,
  SceneObjectBase,
  type SceneComponentProps,
  type SceneObjectState,
  SceneVariableSet,
  VariableDependencyConfig,
  type VariableValueOption,
  VizPanel,
} from '@grafana/scenes';
import { useStyles2 } from '@grafana/ui';
import React from 'react';

interface PanelRepeaterState extends SceneObjectState {
  source: VizPanel;
  variableName: string;
  repeats: VizPanel[];
}

export class PanelRepeater extends SceneObjectBase<PanelRepeaterState> {
  static Component = PanelRepeaterRenderer;

  protected _variableDependency = new VariableDependencyConfig(this, {
    variableNames: [this.state.variableName],
    onVariableUpdateCompleted: () => this.performRepeat(),
  });

  constructor(state: Omit<PanelRepeaterState, 'repeats'>) {
    super({ ...state, repeats: [] });
    this.addActivationHandler(() => this.performRepeat());
  }

  private performRepeat(): void {
    const variable = sceneGraph.lookupVariable(this.state.variableName, this);
    if (!(variable instanceof MultiValueVariable)) {
      this.setState({ repeats: [this.state.source] });
      return;
    }
    // Options load on activation; the update-completed callback repeats again once they are in.
    if (variable.state.loading || variable.state.options.length === 0) {
      return;
    }
    const repeats = repeatValues(variable).map(({ value, text }, index) => {
      const $variables = new SceneVariableSet({
        variables: [new LocalValueVariable({ name: this.state.variableName, value, text })],
      });
      if (index === 0) {
        this.state.source.setState({ $variables });
        return this.state.source;
      }
      return this.state.source.clone({ key: `${this.state.source.state.key}-clone-${index}`, $variables });
    });
    this.setState({ repeats });
  }
}

/** The values to repeat over, as dashboard-scene's getMultiVariableValues: every option when All is selected. */
function repeatValues(variable: MultiValueVariable): Array<{ value: string; text: string }> {
  if (variable.hasAllValue()) {
    return variable.state.options.map((option: VariableValueOption) => ({
      value: String(option.value),
      text: option.label,
    }));
  }
  const values = ([] as unknown[]).concat(variable.state.value);
  const texts = ([] as unknown[]).concat(variable.state.text);
  return values.map((value, index) => ({ value: String(value), text: String(texts[index] ?? value) }));
}

function PanelRepeaterRenderer({ model }: SceneComponentProps<PanelRepeater>) {
  const { repeats } = model.useState();
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.row}>
      {repeats.map((panel) => (
        <div key={panel.state.key} className={styles.cell} data-testid={`sandbox-panel-${panel.state.key}`}>
          <panel.Component model={panel} />
        </div>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({ display: 'flex', gap: theme.spacing(1), height: '100%' }),
  cell: css({ flex: 1, minWidth: 0, height: '100%' }),
});
