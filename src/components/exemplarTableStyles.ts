import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { EXEMPLAR_ROW_HEIGHT } from './drawer/useExemplarRows';
import { virtualRowStyle } from './virtualRowStyles';

/** The exemplar table's look: the header and the rows share the column widths. */
export const getExemplarTableStyles = (theme: GrafanaTheme2) => {
  const cell = {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap' as const,
    paddingRight: theme.spacing(1),
  };
  return {
    table: css({ display: 'flex', flexDirection: 'column', fontSize: theme.typography.bodySmall.fontSize }),
    toolbar: css({ display: 'flex', gap: theme.spacing(1), alignItems: 'center', marginBottom: theme.spacing(0.5) }),
    header: css({
      display: 'flex',
      padding: theme.spacing(0, 1),
      borderBottom: `1px solid ${theme.colors.border.medium}`,
      fontWeight: theme.typography.fontWeightMedium,
      height: EXEMPLAR_ROW_HEIGHT,
      alignItems: 'center',
    }),
    body: css({
      flex: 1,
      overflow: 'auto',
      outline: 'none',
      '&:focus-visible': { boxShadow: `inset 0 0 0 2px ${theme.colors.primary.main}` },
    }),
    row: css({
      ...virtualRowStyle(theme, EXEMPLAR_ROW_HEIGHT),
      padding: theme.spacing(0, 1),
      borderBottom: `1px solid ${theme.colors.border.weak}`,
    }),
    selected: css({ background: theme.colors.action.selected }),
    sort: css({
      background: 'none',
      border: 'none',
      color: 'inherit',
      font: 'inherit',
      padding: 0,
      cursor: 'pointer',
      display: 'inline-flex',
      gap: 2,
      alignItems: 'center',
    }),
    time: css({ ...cell, width: 120, flexShrink: 0 }),
    latency: css({ ...cell, width: 80, flexShrink: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }),
    series: css({ ...cell, width: 160, flexShrink: 0 }),
    trace: css({ ...cell, width: 260, flexShrink: 0, fontFamily: theme.typography.fontFamilyMonospace }),
    labels: css({ ...cell, flex: 1, color: theme.colors.text.secondary }),
    error: css({ color: theme.colors.error.text }),
    muted: css({ color: theme.colors.text.secondary }),
  };
};
