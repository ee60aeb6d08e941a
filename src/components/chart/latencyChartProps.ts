import { TimeRange } from '@grafana/data';
import { TimeZone, VizLegendOptions, VizTooltipOptions } from '@grafana/schema';
import { ExemplarDisplayOptions } from '../../types';
import { PanelView } from '../../view/panelView';
import type { ChartRegion } from './useRegionSelect';

/** What the latency chart draws and whom it tells about clicks, hovers and zooms. */
export interface LatencyChartProps {
  model: PanelView;
  width: number;
  height: number;
  timeRange: TimeRange;
  timeZone: TimeZone;
  colors: string[];
  /** Colour of each exemplar's marker. */
  exemplarColor: (exemplar: number) => string;
  /** 1 = draw this exemplar (visible series, passes the filter, exemplars shown). */
  include: Uint8Array;
  clusterRadius: number;
  legend: VizLegendOptions;
  tooltip: VizTooltipOptions;
  /** The panel's exemplar options the markers and their tooltip follow (colour mode, every label). */
  exemplarOptions: Pick<ExemplarDisplayOptions, 'colorMode' | 'allLabelsInTooltip'>;
  opacity: number;
  /** Series whose line is not drawn. */
  hidden: Set<number>;
  hiddenInLegend: Set<number>;
  hiddenInTooltip: Set<number>;
  /** Undefined where Grafana's PanelContext handles legend clicks (see useSeriesVisibility). */
  onLegendClick?: (series: number, toggle: boolean) => void;
  onChangeTimeRange: (range: { from: number; to: number }) => void;
  /** Opens the trace preview for the members of a cluster, starting at its representative. */
  onOpenExemplars: (members: Uint32Array, first: number) => void;
  /** The representative of the marker under the pointer, -1 when none (prefetches its trace on hover). */
  onHoverExemplar?: (exemplar: number) => void;
  /** Box selection; undefined where the chart offers none. */
  region?: ChartRegion;
}
