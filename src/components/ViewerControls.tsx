import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Field, IconButton, RadioButtonGroup, Slider, Switch, Toggletip, useStyles2 } from '@grafana/ui';
import { ViewerSettings } from './hooks/useViewerSettings';
import { testIds } from './testIds';

interface Props {
  settings: ViewerSettings;
  show: boolean;
  onChange: (change: Partial<ViewerSettings>) => void;
}

const VIEWS = [
  { label: 'Chart', value: 'chart' as const },
  { label: 'Table', value: 'table' as const },
];

const DRAGS = [
  { label: 'Zoom', value: 'zoom' as const, description: 'Drag to zoom the time range; Shift-drag selects a box' },
  { label: 'Select', value: 'select' as const, description: 'Drag a box to investigate the exemplars inside it' },
];

/** Exemplar controls every viewer can use; remembered in this browser for this panel. */
export function ViewerControls({ settings, show, onChange }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <Toggletip
      placement="bottom-end"
      closeButton={false}
      content={
        <div className={styles.content} data-testid={testIds.viewer.menu}>
          <Field label="Show exemplars">
            <Switch
              value={show}
              onChange={(e) => onChange({ show: e.currentTarget.checked })}
              data-testid={testIds.viewer.show}
            />
          </Field>
          <Field label="Marker opacity" htmlFor="exemplar-trace-opacity">
            <Slider
              inputId="exemplar-trace-opacity"
              min={0.1}
              max={1}
              step={0.1}
              value={settings.opacity}
              onChange={(opacity) => onChange({ opacity })}
            />
          </Field>
          <Field label="Drag on chart" description="Shift-drag or B on the focused chart always selects">
            <div data-testid={testIds.region.selectMode}>
              <RadioButtonGroup
                size="sm"
                options={DRAGS}
                value={settings.drag}
                onChange={(drag) => onChange({ drag })}
              />
            </div>
          </Field>
          <Field label="View">
            <RadioButtonGroup size="sm" options={VIEWS} value={settings.view} onChange={(view) => onChange({ view })} />
          </Field>
        </div>
      }
    >
      <IconButton
        name="sliders-v-alt"
        tooltip="Exemplar display (remembered in this browser)"
        size="sm"
        data-testid={testIds.viewer.button}
      />
    </Toggletip>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  content: css({ minWidth: 220, padding: theme.spacing(0.5) }),
});
