/**
 * The page body: one panel in a resizable (or fixed-size) box beside its options editor, as before; a dashboard of
 * several panels as a grid, the first panel's options editor beside it. The editor is Grafana's edit mode: it changes
 * options through the VizPanel (`onOptionsChange`, with VizPanel's merge semantics).
 */
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import {
  type SceneComponentProps,
  type SceneObject,
  SceneObjectBase,
  type SceneObjectState,
  VizPanel,
} from '@grafana/scenes';
import { useStyles2 } from '@grafana/ui';
import React from 'react';
import { PanelOptionsPane } from './PanelOptionsPane';
import { PanelRepeater } from './PanelRepeater';

interface DashboardBodyState extends SceneObjectState {
  items: Array<VizPanel | PanelRepeater>;
  width?: number;
  height?: number;
  showEditor: boolean;
}

export class DashboardBody extends SceneObjectBase<DashboardBodyState> {
  static Component = DashboardBodyRenderer;

  /** The panel the options editor edits: the first saved panel. */
  get editedPanel(): VizPanel {
    const first = this.state.items[0];
    return first instanceof PanelRepeater ? first.state.source : first;
  }
}

function ItemView({ item }: { item: SceneObject }) {
  return <item.Component model={item} />;
}

function DashboardBodyRenderer({ model }: SceneComponentProps<DashboardBody>) {
  const { items, width, height, showEditor } = model.useState();
  const styles = useStyles2(getStyles);
  const single = items.length === 1 && items[0] instanceof VizPanel;
  return (
    <div className={styles.body}>
      {single ? (
        <div
          className={width ? styles.fixedBox : styles.resizableBox}
          style={width ? { width, height } : undefined}
          data-testid="sandbox-panel-box"
        >
          <ItemView item={items[0]} />
        </div>
      ) : (
        <div className={styles.grid} data-testid="sandbox-dashboard-grid">
          {items.map((item) => (
            <div
              key={item.state.key}
              className={styles.gridItem}
              data-testid={
                item instanceof PanelRepeater
                  ? `sandbox-repeat-${item.state.source.state.key}`
                  : `sandbox-panel-${item.state.key}`
              }
            >
              <ItemView item={item} />
            </div>
          ))}
        </div>
      )}
      {showEditor && (
        <aside className={styles.editor}>
          <PanelOptionsPane panel={model.editedPanel} />
        </aside>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  body: css({ display: 'flex', flex: 1, minHeight: 0, gap: theme.spacing(2), padding: theme.spacing(2) }),
  resizableBox: css({ flex: 1, minWidth: 200, minHeight: 150, resize: 'both', overflow: 'hidden' }),
  fixedBox: css({ flex: 'none', alignSelf: 'flex-start' }),
  grid: css({
    flex: 1,
    minWidth: 0,
    overflowY: 'auto',
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    gridAutoRows: 320,
    gap: theme.spacing(1),
  }),
  gridItem: css({ minWidth: 0, '&:last-child': { gridColumn: '1 / -1' } }),
  editor: css({
    width: 360,
    flex: 'none',
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
  }),
});
