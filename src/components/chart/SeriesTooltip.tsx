import React from 'react';
import uPlot from 'uplot';
import { dateTimeFormat, LinkModel } from '@grafana/data';
import { SortOrder, TimeZone, TooltipDisplayMode, VizTooltipOptions } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import { LatencySeries } from '../../data/model';
import { testIds } from '../testIds';
import { formatLatency } from '../../data/formatLatency';
import { SeriesLinks } from './SeriesLinks';
import { getTooltipStyles } from './tooltipStyles';

interface SeriesTooltipProps {
  u: uPlot;
  dataIdxs: Array<number | null>;
  /** uPlot series index of the line nearest the pointer (1-based; 0 or null when none). */
  seriesIdx: number | null;
  series: LatencySeries[];
  colors: string[];
  hidden: Set<number>;
  timeZone: TimeZone;
  unit: string;
  options: VizTooltipOptions;
  /** Pinned by a click: only then are the nearest line's data links shown (and reachable by the pointer). */
  pinned: boolean;
  /** The nearest line's data links at the hovered time, from Grafana's tooltip plugin (see PlotTooltip). */
  links: LinkModel[];
}

/** Which lines the tooltip lists, in which order: Grafana's tooltip mode (single or all) and sort. */
function rowsOf(
  { u, dataIdxs, seriesIdx, series, hidden, options }: SeriesTooltipProps,
  idx: number
): Array<{ series: number; value: number }> {
  const value = (i: number) => u.data[i + 1][idx] ?? NaN;
  const wanted =
    options.mode === TooltipDisplayMode.Single
      ? seriesIdx && dataIdxs[seriesIdx] !== null
        ? [seriesIdx - 1]
        : []
      : series.map((_, i) => i);
  const rows = wanted.filter((i) => !hidden.has(i)).map((i) => ({ series: i, value: value(i) }));
  if (options.sort === SortOrder.Ascending || options.sort === SortOrder.Descending) {
    const sign = options.sort === SortOrder.Ascending ? 1 : -1;
    // Missing values last in either order.
    rows.sort((a, b) => (Number.isFinite(a.value) ? (Number.isFinite(b.value) ? sign * (a.value - b.value) : -1) : 1));
  }
  return rows;
}

/** Values of the visible lines at the hovered time, as Grafana's tooltip lists them (mode and sort). */
export function SeriesTooltip(props: SeriesTooltipProps) {
  const { u, dataIdxs, series, colors, timeZone, unit } = props;
  const styles = useStyles2(getTooltipStyles);
  const idx = dataIdxs.find((i) => i !== null && i !== undefined);
  if (idx === null || idx === undefined || props.options.mode === TooltipDisplayMode.None) {
    return null;
  }
  const time = u.data[0][idx];
  return (
    <div className={styles.tooltip} data-testid={testIds.chart.tooltip}>
      <div className={styles.header}>{dateTimeFormat(time, { timeZone })}</div>
      {rowsOf(props, idx).map(({ series: i, value }) => (
        <div key={i} className={styles.row}>
          <span className={styles.swatch} style={{ background: colors[i] }} />
          <span className={styles.name}>{series[i].name}</span>
          <span className={styles.value}>
            {formatLatency(value, series[i].unit ?? unit, series[i].style?.decimals, series[i].style?.noValue)}
          </span>
        </div>
      ))}
      {props.pinned && <SeriesLinks links={props.links} />}
    </div>
  );
}
