import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { formatMs as ms, percent as share, type TimeRow } from '../../region/traceTime';
import { testIds } from '../testIds';

const SHOWN = 8;

/** Where the time goes: self time per trace and critical-path share, selection against baseline. */
export function TimeTable({ title, rows }: { title: string; rows: TimeRow[] }) {
  const styles = useStyles2(getStyles);
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{title}</caption>
      <thead>
        <tr>
          <th />
          <th>Self time, selection</th>
          <th>baseline</th>
          <th>Critical path, selection</th>
          <th>baseline</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, SHOWN).map((row) => (
          <tr key={row.name} data-testid={testIds.region.timeRow} title={row.explanation}>
            <td className={styles.name}>{row.name}</td>
            <td>{ms(row.selectionSelfMs)}</td>
            <td className={styles.muted}>{ms(row.baselineSelfMs)}</td>
            <td>{share(row.selectionCriticalShare)}</td>
            <td className={styles.muted}>{share(row.baselineCriticalShare)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  table: css({
    width: '100%',
    marginBottom: theme.spacing(2),
    fontSize: theme.typography.bodySmall.fontSize,
    fontVariantNumeric: 'tabular-nums',
    'th, td': { padding: theme.spacing(0.25, 0.5), textAlign: 'right', fontWeight: 'normal' },
    th: { color: theme.colors.text.secondary },
    'tbody tr': { borderTop: `1px solid ${theme.colors.border.weak}` },
  }),
  caption: css({ captionSide: 'top', textAlign: 'left', fontWeight: theme.typography.fontWeightMedium }),
  name: css({ textAlign: 'left !important' as 'left', fontFamily: theme.typography.fontFamilyMonospace }),
  muted: css({ color: theme.colors.text.secondary }),
});
