import { TimeRange } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { TraceFetcher } from '../../trace/fetchTrace';
import { PromQuery } from '../hooks/useLatencyData';

/** What every drawer takes from the panel: the trace fetcher, the time range and zone, and Explore's queries. */
export interface DrawerContextProps {
  fetcher: TraceFetcher;
  timeRange: TimeRange;
  timeZone: TimeZone;
  latencyTargets: PromQuery[];
  prometheus?: { uid: string; type: string };
}

/** The exemplars a drawer lists: a cluster's members or a region's selection. */
export interface TraceSelection {
  /** Exemplar indices of the clicked cluster (one for a single exemplar). */
  members: Uint32Array;
  /** The exemplar to preview first: the cluster's representative. */
  first: number;
}
