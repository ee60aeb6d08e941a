import { useMemo } from 'react';
import { useTheme2 } from '@grafana/ui';

/**
 * How markers are painted: each exemplar's colour, the viewer's opacity, the theme's text and outline colours, and
 * whether a cluster of several colours is drawn split (series colours; in status mode an error colours the whole).
 */
export function useMarkerStyle(colorOf: (exemplar: number) => string, opacity: number, splitMixed: boolean) {
  const theme = useTheme2();
  return useMemo(
    () => ({
      colorOf,
      opacity,
      textColor: theme.colors.background.primary,
      outline: theme.colors.background.primary,
      highlight: theme.colors.text.primary,
      splitMixed,
    }),
    [colorOf, opacity, theme, splitMixed]
  );
}
