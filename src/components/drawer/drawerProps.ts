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
