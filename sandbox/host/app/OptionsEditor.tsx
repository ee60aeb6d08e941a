/**
 * The plugin's options editor rendered like Grafana's panel editor does it: items from
 * `getPanelOptionsSupplier()` + a PanelOptionsEditorBuilder, grouped by `category`, filtered by `showIf`,
 * each `editor` given StandardEditorProps. Edits go back through `onChange(path, value)`.
 */
import { css } from '@emotion/css';
import {
  type DataFrame,
  type EventBus,
  type GrafanaTheme2,
  type InterpolateFunction,
  type PanelOptionsEditorItem,
  type PanelPlugin,
  PanelOptionsEditorBuilder,
  type StandardEditorContext,
} from '@grafana/data';
import { Field, useStyles2 } from '@grafana/ui';
import { get } from 'lodash';
import React, { useMemo } from 'react';

interface Props {
  plugin: PanelPlugin;
  options: Record<string, unknown>;
  series: DataFrame[];
  annotations: DataFrame[];
  eventBus: EventBus;
  replaceVariables: InterpolateFunction;
  onChange: (path: string, value: unknown) => void;
}

type Item = PanelOptionsEditorItem<Record<string, unknown>>;

function groupByCategory(items: Item[], fallback: string): Array<[string, Item[]]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const category = item.category?.[0] ?? fallback;
    groups.set(category, [...(groups.get(category) ?? []), item]);
  }
  return [...groups.entries()];
}

export function OptionsEditor({ plugin, options, series, annotations, eventBus, replaceVariables, onChange }: Props) {
  const styles = useStyles2(getStyles);
  const context: StandardEditorContext<Record<string, unknown>> = useMemo(
    () => ({ data: series, options, eventBus, replaceVariables }),
    [series, options, eventBus, replaceVariables]
  );
  const items = useMemo(() => {
    const builder = new PanelOptionsEditorBuilder<Record<string, unknown>>();
    plugin.getPanelOptionsSupplier()(builder, context);
    return builder.getItems();
  }, [plugin, context]);
  const visible = items.filter((item) => !item.showIf || item.showIf(options, series, annotations));
  return (
    <div className={styles.editor} data-testid="sandbox-options-editor">
      {groupByCategory(visible, plugin.meta?.name ?? 'Panel options').map(([category, categoryItems]) => (
        <section key={category} className={styles.category} data-testid={`sandbox-options-category-${category}`}>
          <h6 className={styles.heading}>{category}</h6>
          {categoryItems.map((item) => {
            const Editor = item.editor;
            return (
              <Field
                key={item.id}
                label={item.name}
                description={item.description}
                data-testid={`sandbox-option-${item.path}`}
              >
                <Editor
                  value={get(options, item.path)}
                  onChange={(value: unknown) => onChange(item.path, value)}
                  item={item}
                  context={context}
                  id={item.id}
                />
              </Field>
            );
          })}
        </section>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  editor: css({ padding: theme.spacing(1, 2), overflowY: 'auto', height: '100%' }),
  category: css({ borderBottom: `1px solid ${theme.colors.border.weak}`, padding: theme.spacing(1, 0) }),
  heading: css({ margin: theme.spacing(0, 0, 1), color: theme.colors.text.primary }),
});
