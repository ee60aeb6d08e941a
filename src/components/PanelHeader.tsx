import React from 'react';
import { css, cx } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { DiagnosticAction } from '../data/diagnostics';
import { PanelView } from '../view/panelView';
import { ViewerSettings } from './hooks/useViewerSettings';
import { Diagnostics } from './Diagnostics';
import { ExemplarCount } from './ExemplarCount';
import { ViewerControls } from './ViewerControls';

export const HEADER_HEIGHT = 24;

interface Props {
  model: PanelView;
  include: Uint8Array;
  allLoading: boolean;
  allError?: string;
  viewer: ViewerSettings;
  showExemplars: boolean;
  onViewerChange: (change: Partial<ViewerSettings>) => void;
  onDiagnosticAction: (action: DiagnosticAction) => void;
  /** No title: Grafana draws its hover header over the panel's top right corner. */
  untitled: boolean;
}

/** The panel's own header line: exemplar count, *All* mode errors, diagnostics, viewer controls. */
export function PanelHeader(props: Props) {
  const styles = useStyles2(getStyles);
  return (
    <div className={cx(styles.header, props.untitled && styles.underHoverHeader)}>
      <ExemplarCount model={props.model} include={props.include} loading={props.allLoading} />
      {props.allError && <span className={styles.error}>Exemplars: {props.allError}</span>}
      <span className={styles.spacer} />
      <Diagnostics diagnostics={props.model.diagnostics} full={false} onAction={props.onDiagnosticAction} />
      <ViewerControls settings={props.viewer} show={props.showExemplars} onChange={props.onViewerChange} />
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  header: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1), height: HEADER_HEIGHT, minWidth: 0 }),
  // A panel without a title gets Grafana's hover header: a widget (menu, drag handle) floating over the panel's
  // top right corner, where the viewer controls are. They keep clear of it.
  underHoverHeader: css({ paddingRight: theme.spacing(10) }),
  spacer: css({ flex: 1 }),
  error: css({
    color: theme.colors.error.text,
    fontSize: theme.typography.bodySmall.fontSize,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  }),
});
