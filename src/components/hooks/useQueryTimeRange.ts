import { useEffect, useMemo, useReducer } from 'react';
import { dateTime, InterpolateFunction, PanelProps, TimeRange } from '@grafana/data';
import { PanelServices } from '../../services/panelServices';

/**
 * The range the builder queries. A panel's `timeRange` is the range its own queries last answered for (Scenes'
 * VizPanel hands over `data.timeRange`); a panel with no queries at all gets Scenes' empty data, whose range was
 * fixed when Grafana loaded. Then the dashboard's current range comes from `${__from}`/`${__to}` in the panel's own
 * scope, read again whenever the page URL (where dashboards keep their range) changes.
 */
export function useQueryTimeRange(
  props: Pick<PanelProps, 'data' | 'timeRange' | 'replaceVariables'>,
  services: PanelServices,
  builder: boolean
): TimeRange {
  const answered = props.data.request !== undefined;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(
    () => (builder && !answered ? services.onLocationChange(rerender) : undefined),
    [builder, answered, services]
  );
  const [from, to] = builder && !answered ? dashboardBounds(props.replaceVariables) : [NaN, NaN];
  // One object per range: the panel memoizes its model on the range's identity.
  const dashboard = useMemo((): TimeRange | undefined => {
    if (!(Number.isFinite(from) && Number.isFinite(to) && from < to)) {
      return undefined;
    }
    const range = { from: dateTime(from), to: dateTime(to) };
    return { ...range, raw: range };
  }, [from, to]);
  return dashboard ?? props.timeRange;
}

function dashboardBounds(replaceVariables: InterpolateFunction): [number, number] {
  return [Number(replaceVariables('${__from}')), Number(replaceVariables('${__to}'))];
}
