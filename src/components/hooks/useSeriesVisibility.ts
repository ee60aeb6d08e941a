import { useCallback, useMemo, useState } from 'react';
import { usePanelContext } from '@grafana/ui';
import { LatencySeries } from '../../data/model';

export interface SeriesVisibility {
  /** Series whose line (and exemplars) are not drawn. */
  hidden: Set<number>;
  /** Series left out of the legend. */
  hiddenInLegend: Set<number>;
  /** Series left out of the tooltip. */
  hiddenInTooltip: Set<number>;
  /**
   * The panel's own legend click handler, or undefined where Grafana handles the click: in a dashboard, VizLegend
   * calls PanelContext's `onToggleSeriesVisibility` itself (it writes a `hideSeriesFrom` override that comes back as
   * `custom.hideFrom`), and handling it here as well would toggle twice.
   */
  onLegendClick?: (series: number, toggle: boolean) => void;
}

function indicesWhere(series: LatencySeries[], test: (s: LatencySeries) => boolean): Set<number> {
  const out = new Set<number>();
  series.forEach((s, i) => test(s) && out.add(i));
  return out;
}

/**
 * Which series are shown: Grafana's field config (`custom.hideFrom`, from overrides or the legend through
 * PanelContext) and, where no dashboard handles legend clicks (a bare host), the panel's own click state with
 * Grafana's legend rules (click isolates a series, clicking the isolated one shows all; ctrl/cmd/shift toggles).
 */
export function useSeriesVisibility(series: LatencySeries[]): SeriesVisibility {
  const { onToggleSeriesVisibility } = usePanelContext();
  const [clicked, setClicked] = useState<Set<number>>(new Set());
  const local = !onToggleSeriesVisibility;

  const onLegendClick = useCallback(
    (index: number, toggle: boolean) =>
      setClicked((current) => {
        if (toggle) {
          const next = new Set(current);
          next.has(index) ? next.delete(index) : next.add(index);
          return next;
        }
        const isolated = current.size === series.length - 1 && !current.has(index);
        return isolated ? new Set() : new Set(series.map((_, i) => i).filter((i) => i !== index));
      }),
    [series]
  );

  return useMemo(() => {
    const hidden = indicesWhere(series, (s) => s.hideFrom?.viz === true);
    if (local) {
      clicked.forEach((i) => i < series.length && hidden.add(i));
    }
    return {
      hidden,
      hiddenInLegend: indicesWhere(series, (s) => s.hideFrom?.legend === true),
      hiddenInTooltip: new Set([...hidden, ...indicesWhere(series, (s) => s.hideFrom?.tooltip === true)]),
      onLegendClick: local ? onLegendClick : undefined,
    };
  }, [series, local, clicked, onLegendClick]);
}
