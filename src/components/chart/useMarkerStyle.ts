import { useMemo } from 'react';
import { useTheme2 } from '@grafana/ui';

/** How markers are painted: each exemplar's colour, the viewer's opacity, the theme's text and outline colours. */
export function useMarkerStyle(colorOf: (exemplar: number) => string, opacity: number) {
  const theme = useTheme2();
  return useMemo(
    () => ({
      colorOf,
      opacity,
      textColor: theme.colors.background.primary,
      outline: theme.colors.background.primary,
      highlight: theme.colors.text.primary,
    }),
    [colorOf, opacity, theme]
  );
}
