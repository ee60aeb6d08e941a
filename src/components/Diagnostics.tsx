import React, { useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Alert, Icon, IconButton, useStyles2 } from '@grafana/ui';
import { Diagnostic, DiagnosticAction } from '../data/diagnostics';
import { DiagnosticBody } from './DiagnosticBody';
import { testIds } from './testIds';

interface Props {
  diagnostics: Diagnostic[];
  /** No chart to show: the diagnostics take the whole panel. */
  full: boolean;
  onAction: (action: DiagnosticAction) => void;
}

/** What is missing or misconfigured, in the panel itself, with the fix. */
export function Diagnostics({ diagnostics, full, onAction }: Props) {
  const styles = useStyles2(getStyles);
  const [expanded, setExpanded] = useState(false);
  if (diagnostics.length === 0) {
    return null;
  }
  if (full) {
    return (
      <div className={styles.full} data-testid={testIds.panel.diagnostics}>
        {diagnostics.map((d) => (
          <Alert key={d.id} title={d.title} severity={d.severity} bottomSpacing={1}>
            <DiagnosticBody diagnostic={d} onAction={onAction} />
          </Alert>
        ))}
      </div>
    );
  }
  const [first] = diagnostics;
  return (
    <div className={styles.strip} data-testid={testIds.panel.diagnostics}>
      <div className={styles.summary}>
        <Icon
          name={first.severity === 'info' ? 'info-circle' : 'exclamation-triangle'}
          className={styles[first.severity]}
        />
        <span className={styles.title} title={first.title}>
          {first.title}
        </span>
        {diagnostics.length > 1 && <span className={styles.more}>+{diagnostics.length - 1} more</span>}
        <IconButton
          name={expanded ? 'angle-up' : 'angle-down'}
          tooltip={expanded ? 'Hide details' : 'How to fix'}
          onClick={() => setExpanded(!expanded)}
          size="sm"
        />
      </div>
      {expanded && (
        <div className={styles.details}>
          {diagnostics.map((d) => (
            <div key={d.id} className={styles.detail}>
              <strong>{d.title}</strong>
              <DiagnosticBody diagnostic={d} onAction={onAction} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  full: css({ padding: theme.spacing(1), overflow: 'auto', height: '100%' }),
  strip: css({ position: 'relative', fontSize: theme.typography.bodySmall.fontSize, minWidth: 0 }),
  summary: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(0.5), whiteSpace: 'nowrap', minWidth: 0 }),
  // A long title shortens with an ellipsis; the icon, the count and the button that opens the fix stay visible.
  title: css({
    fontWeight: theme.typography.fontWeightMedium,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    minWidth: 0,
  }),
  more: css({ color: theme.colors.text.secondary, flexShrink: 0 }),
  details: css({
    position: 'absolute',
    right: 0,
    top: '100%',
    zIndex: 3,
    width: 420,
    maxWidth: '90vw',
    padding: theme.spacing(1),
    maxHeight: 280,
    overflow: 'auto',
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    boxShadow: theme.shadows.z2,
    whiteSpace: 'normal',
  }),
  detail: css({ marginBottom: theme.spacing(1) }),
  error: css({ color: theme.colors.error.text }),
  warning: css({ color: theme.colors.warning.text }),
  info: css({ color: theme.colors.info.text }),
});
