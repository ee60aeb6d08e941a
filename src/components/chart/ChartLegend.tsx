import React from 'react';
import { LegendDisplayMode, VizLegend, VizLegendItem } from '@grafana/ui';
import { LatencySeries } from '../../data/model';

interface Props {
  series: LatencySeries[];
  colors: string[];
  hidden: Set<number>;
  hiddenInLegend: Set<number>;
  /** Undefined where Grafana's PanelContext handles legend clicks (see useSeriesVisibility). */
  onLegendClick?: (series: number, toggle: boolean) => void;
}

/**
 * Grafana's legend for the quantile lines; `fieldName` is the display name overrides match on. It goes inside
 * `VizLayout.Legend`, which must be the element handed to VizLayout itself: VizLayout reads its props.
 */
export function ChartLegend({ series, colors, hidden, hiddenInLegend, onLegendClick }: Props) {
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
          },
        ]
  );
  return (
    <VizLegend
      placement="bottom"
      displayMode={LegendDisplayMode.List}
      items={items}
      onLabelClick={
        onLegendClick &&
        ((item, event) => onLegendClick(Number(item.data ?? -1), event.ctrlKey || event.metaKey || event.shiftKey))
      }
    />
  );
}
