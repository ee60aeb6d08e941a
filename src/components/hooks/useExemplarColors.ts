import { useCallback, useMemo } from 'react';
import { useTheme2 } from '@grafana/ui';
import { PanelView } from '../../view/panelView';
import { ExemplarDisplayOptions } from '../../types';
import { groupColors, seriesColors } from '../chart/colors';

/** Line colours, and each exemplar's marker colour for the chosen colour mode (series, single, by status). */
export function useExemplarColors(
  model: PanelView,
  { colorMode, color }: Pick<ExemplarDisplayOptions, 'colorMode' | 'color'>
) {
  const theme = useTheme2();
  const colors = useMemo(() => seriesColors(model.series, theme), [model.series, theme]);
  const colorsOfGroups = useMemo(
    () => groupColors(model.groups, model.series, colors),
    [model.groups, model.series, colors]
  );
  const fixedColor = theme.visualization.getColorByName(color);
  const errorColor = theme.colors.error.main;
  const exemplarColor = useCallback(
    (exemplar: number) => {
      if (colorMode === 'status') {
        return model.isError[exemplar] ? errorColor : fixedColor;
      }
      if (colorMode === 'series') {
        const group = model.groupOfExemplar[exemplar];
        return group >= 0 ? colorsOfGroups[group] : fixedColor;
      }
      return fixedColor;
    },
    [colorMode, model, colorsOfGroups, fixedColor, errorColor]
  );
  return { colors, exemplarColor };
}
