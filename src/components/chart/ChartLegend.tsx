import React, { useState } from 'react';
import { VizLegendOptions } from '@grafana/schema';
import { VizLayout, VizLegend, VizLegendItem } from '@grafana/ui';
import { LatencySeries } from '../../data/model';
import { legendValues } from './legendValues';

interface Props {
  series: LatencySeries[];
  colors: string[];
  hidden: Set<number>;
  hiddenInLegend: Set<number>;
  options: VizLegendOptions;
  unit: string;
  /** Undefined where Grafana's PanelContext handles legend clicks (see useSeriesVisibility). */
  onLegendClick?: (series: number, toggle: boolean) => void;
}

/** A bottom legend never takes more than this of the panel: with hundreds of lines, it scrolls instead. */
const BOTTOM_LEGEND_MAX_HEIGHT = '25%';

/**
 * Grafana's legend for the quantile lines, as the panel's legend options ask (list or table, bottom or right,
 * values); `fieldName` is the display name overrides match on. A function, not a component: VizLayout reads
 * the props of the `VizLayout.Legend` element handed to it. Undefined when the legend is hidden.
 */
export function chartLegend(props: Props) {
  const { options } = props;
  if (!options.showLegend) {
    return undefined;
  }
  return (
    <VizLayout.Legend
      placement={options.placement}
      width={options.width}
      maxHeight={options.placement === 'bottom' ? BOTTOM_LEGEND_MAX_HEIGHT : undefined}
    >
      <ChartLegend {...props} />
    </VizLayout.Legend>
  );
}

function ChartLegend({ series, colors, hidden, hiddenInLegend, options, unit, onLegendClick }: Props) {
  // Sorting by a value column is the viewer's, as in Grafana's table legend before the dashboard is saved.
  const [sort, setSort] = useState({ by: options.sortBy, desc: options.sortDesc ?? false });
  const items: Array<VizLegendItem<number>> = series.flatMap((s, i) =>
    hiddenInLegend.has(i)
      ? []
      : [
          {
            label: s.name,
            fieldName: s.name,
            color: colors[i],
            yAxis: 1,
            disabled: hidden.has(i),
            data: i,
            getItemKey: () => `${i}-${s.name}`,
            // Lazily: the legend asks only for the rows it renders.
            getDisplayValues: () => legendValues(s, options.calcs, unit),
          },
        ]
  );
  return (
    <VizLegend
      placement={options.placement}
      displayMode={options.displayMode}
      items={items}
      sortBy={sort.by}
      sortDesc={sort.desc}
      isSortable={true}
      onToggleSort={(by) => setSort((s) => ({ by, desc: s.by === by ? !s.desc : false }))}
      onLabelClick={
        onLegendClick &&
        ((item, event) => onLegendClick(Number(item.data ?? -1), event.ctrlKey || event.metaKey || event.shiftKey))
      }
    />
  );
}
