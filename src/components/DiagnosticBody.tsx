import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Button, useStyles2 } from '@grafana/ui';
import { Diagnostic, DiagnosticAction } from '../data/diagnostics';
import { testIds } from './testIds';

interface Props {
  diagnostic: Diagnostic;
  onAction: (action: DiagnosticAction) => void;
}

/** One diagnostic's explanation: what is wrong, the fixes to try, and its one-click fix when it has one. */
export function DiagnosticBody({ diagnostic, onAction }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <div>
      <div>{diagnostic.detail}</div>
      {diagnostic.fixes.length > 0 && (
        <ul className={styles.fixes}>
          {diagnostic.fixes.map((fix) => (
            <li key={fix}>{fix}</li>
          ))}
        </ul>
      )}
      {diagnostic.action && (
        <Button
          size="sm"
          variant="secondary"
          icon="link"
          onClick={() => onAction(diagnostic.action!)}
          data-testid={testIds.panel.diagnosticAction}
        >
          {diagnostic.action.label}
        </Button>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  fixes: css({ paddingLeft: theme.spacing(2), margin: theme.spacing(0.5, 0) }),
});
