import { GrafanaTheme2 } from '@grafana/data';
import { SeriesGroup } from '../../data/seriesMatch';
import { LatencySeries } from '../../data/model';

/**
 * Line colours: the field config's colour scheme and overrides as Grafana resolved them, else Grafana's classic
 * palette order, as the Time series panel assigns them.
 */
export function seriesColors(series: LatencySeries[], theme: GrafanaTheme2): string[] {
  const palette = theme.visualization.palette;
  return series.map((s, i) => theme.visualization.getColorByName(s.style?.color ?? palette[i % palette.length]));
}

/** An exemplar group takes the colour of its highest quantile line: the line exemplars explain. */
export function groupColors(groups: SeriesGroup[], series: LatencySeries[], colors: string[]): string[] {
  return groups.map((group) => {
    const top = [...group.series].sort((a, b) => (series[b].quantile ?? 0) - (series[a].quantile ?? 0))[0];
    return colors[top];
  });
}
