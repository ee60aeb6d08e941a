import { GrafanaTheme2 } from '@grafana/data';

/**
 * A clickable row of a virtualized list (table, cluster list, waterfall): absolutely placed by the virtualizer's
 * transform, one fixed height, a hover background. Spread into a row's `css({...})` and add what differs.
 */
export function virtualRowStyle(theme: GrafanaTheme2, height: number) {
  return {
    position: 'absolute' as const,
    left: 0,
    right: 0,
    height,
    display: 'flex',
    alignItems: 'center',
    cursor: 'pointer',
    '&:hover': { background: theme.colors.action.hover },
  };
}
