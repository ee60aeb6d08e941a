import { PanelView } from './panelView';

/**
 * Which exemplars to draw: exemplars are shown, pass the label filter, and at least one line of
 * their series group is visible (hiding a series in the legend hides its exemplars).
 * Exemplars that match no group follow the chart as a whole: hidden only when every line is.
 */
export function visibleExemplars(
  model: PanelView,
  hiddenSeries: Set<number>,
  show: boolean,
  filter: Uint8Array = model.filterMask
): Uint8Array {
  const include = new Uint8Array(model.exemplars.size);
  if (!show) {
    return include;
  }
  const groupVisible = model.groups.map((g) => g.series.some((s) => !hiddenSeries.has(s)));
  const anyVisible = model.series.length === 0 || model.series.some((_, i) => !hiddenSeries.has(i));
  for (let i = 0; i < include.length; i++) {
    const group = model.groupOfExemplar[i];
    const visible = group >= 0 ? groupVisible[group] : anyVisible;
    include[i] = visible && filter[i] ? 1 : 0;
  }
  return include;
}
