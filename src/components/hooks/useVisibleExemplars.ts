import { useMemo } from 'react';
import { PanelView } from '../../view/panelView';
import { visibleExemplars } from '../../view/visibility';
import { useSeriesVisibility } from './useSeriesVisibility';

/**
 * Which series are hidden (legend clicks and hide-in-area overrides, through Grafana's PanelContext) and so which
 * exemplars the chart, the table and a region may show: 1 per exemplar of a visible series when exemplars are on.
 */
export function useVisibleExemplars(model: PanelView, showExemplars: boolean) {
  const visibility = useSeriesVisibility(model.series);
  const include = useMemo(
    () => visibleExemplars(model, visibility.hidden, showExemplars),
    [model, visibility.hidden, showExemplars]
  );
  return { visibility, include };
}
