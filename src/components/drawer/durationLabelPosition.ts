import React from 'react';
import { GrafanaTheme2 } from '@grafana/data';

/**
 * Where a bar's duration goes (percentages of the timeline): after the bar when there is room, else before it,
 * else (a bar across nearly all the trace) inside its end in the bar's contrast colour. Never over the bar's edge.
 */
export function durationLabelPosition(
  left: number,
  width: number,
  barColor: string,
  theme: GrafanaTheme2
): React.CSSProperties {
  const end = left + width;
  if (end <= 78) {
    return { left: `${end}%`, marginLeft: 4 };
  }
  if (left >= 22) {
    return { right: `${100 - left}%`, marginRight: 4 };
  }
  return { right: `${100 - end}%`, marginRight: 4, color: theme.colors.getContrastText(barColor), zIndex: 1 };
}
