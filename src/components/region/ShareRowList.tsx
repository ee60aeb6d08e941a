import React, { ReactNode, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Button, useStyles2 } from '@grafana/ui';
import type { ShareRow } from '../../region/shareRows';

interface Props {
  rows: ShareRow[];
  testId: string;
  /** Shown until "Show all"; the ranking puts what matters first. */
  limit?: number;
  /** Buttons at the end of a row (narrow, filter). */
  actions?: (row: ShareRow) => ReactNode;
}

const DEFAULT_LIMIT = 25;

/** Rows ranked by their share in the selection minus their share in the baseline, each explaining itself. */
export function ShareRowList({ rows, testId, limit = DEFAULT_LIMIT, actions }: Props) {
  const styles = useStyles2(getStyles);
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, limit);
  if (rows.length === 0) {
    return <div className={styles.muted}>Nothing to compare.</div>;
  }
  return (
    <div>
      <ol className={styles.list}>
        {shown.map((row) => (
          <li
            key={`${row.kind}\u0000${row.key}\u0000${row.value}`}
            className={styles.row}
            data-testid={testId}
            data-key={row.key}
            data-value={row.value}
          >
            <div className={styles.text}>
              <span className={styles.kind}>{row.kind}</span>
              <span className={styles.explanation}>{row.explanation.replace(/`/g, '')}</span>
            </div>
            <div className={styles.bars} aria-hidden>
              <span className={styles.selection} style={{ width: `${row.selectionShare * 100}%` }} />
              <span className={styles.baseline} style={{ width: `${row.baselineShare * 100}%` }} />
            </div>
            {actions && <div className={styles.actions}>{actions(row)}</div>}
          </li>
        ))}
      </ol>
      {rows.length > shown.length && (
        <Button size="sm" variant="secondary" fill="text" onClick={() => setAll(true)}>
          Show all {rows.length.toLocaleString()}
        </Button>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  list: css({ listStyle: 'none', margin: 0, padding: 0 }),
  row: css({
    display: 'grid',
    gridTemplateColumns: '1fr 80px auto',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(0.5, 0),
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  text: css({ minWidth: 0, overflowWrap: 'anywhere' }),
  kind: css({ color: theme.colors.text.secondary, marginRight: theme.spacing(1) }),
  explanation: css({ fontFamily: theme.typography.fontFamilyMonospace }),
  bars: css({ display: 'flex', flexDirection: 'column', gap: 2 }),
  selection: css({ height: 5, minWidth: 1, background: theme.colors.warning.main, borderRadius: 2 }),
  baseline: css({ height: 5, minWidth: 1, background: theme.colors.text.disabled, borderRadius: 2 }),
  actions: css({ display: 'flex', gap: theme.spacing(0.5) }),
  muted: css({ color: theme.colors.text.secondary }),
});
