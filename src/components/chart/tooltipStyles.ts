import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';

/** The exemplar and line tooltips' look, shared. */
export const getTooltipStyles = (theme: GrafanaTheme2) => ({
  tooltip: css({ padding: theme.spacing(1), fontSize: theme.typography.bodySmall.fontSize, maxWidth: 420 }),
  header: css({
    fontWeight: theme.typography.fontWeightMedium,
    marginBottom: theme.spacing(0.5),
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  }),
  row: css({ display: 'flex', gap: theme.spacing(1), alignItems: 'baseline', lineHeight: 1.6 }),
  swatch: css({ width: 10, height: 3, borderRadius: 1, display: 'inline-block', flexShrink: 0, alignSelf: 'center' }),
  name: css({ color: theme.colors.text.secondary, flexShrink: 0 }),
  value: css({ marginLeft: 'auto', textAlign: 'right', overflowWrap: 'anywhere' }),
  mono: css({ marginLeft: 'auto', fontFamily: theme.typography.fontFamilyMonospace, overflowWrap: 'anywhere' }),
  error: css({ color: theme.colors.error.text }),
  hint: css({ marginTop: theme.spacing(0.5), color: theme.colors.text.secondary, whiteSpace: 'normal' }),
  folded: css({ color: theme.colors.text.secondary, whiteSpace: 'normal', lineHeight: 1.6 }),
});
