/** Time range picker, refresh, theme switch: the dashboard controls around the panel. */
import { css } from '@emotion/css';
import { type GrafanaTheme2, rangeUtil, type TimeRange } from '@grafana/data';
import { LinkButton, RefreshPicker, TimeRangePicker, useStyles2 } from '@grafana/ui';
import React from 'react';

interface Props {
  title: string;
  timeRange: TimeRange;
  onChangeTimeRange: (range: TimeRange) => void;
  onRefresh: () => void;
  themeToggleHref: string;
  isDark: boolean;
}

/** Shift by half the span, like Grafana's time picker arrows. */
function shift(range: TimeRange, direction: -1 | 1): TimeRange {
  const span = range.to.valueOf() - range.from.valueOf();
  const offset = (span / 2) * direction;
  return rangeUtil.convertRawToRange({ from: new Date(range.from.valueOf() + offset).toISOString(), to: new Date(range.to.valueOf() + offset).toISOString() });
}

function zoomOut(range: TimeRange): TimeRange {
  const span = range.to.valueOf() - range.from.valueOf();
  return rangeUtil.convertRawToRange({ from: new Date(range.from.valueOf() - span / 2).toISOString(), to: new Date(range.to.valueOf() + span / 2).toISOString() });
}

/**
 * Memoized: in Grafana the dashboard controls do not re-render when a panel gets new data, so here they must not
 * either (the time picker's render would otherwise land inside the panel's measured paint time).
 */
export const Toolbar = React.memo(function Toolbar({ title, timeRange, onChangeTimeRange, onRefresh, themeToggleHref, isDark }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.toolbar} data-testid="sandbox-toolbar">
      <span className={styles.title}>{title}</span>
      <LinkButton href={themeToggleHref} variant="secondary" fill="outline" size="sm" data-testid="sandbox-theme-toggle">
        {isDark ? 'Light' : 'Dark'}
      </LinkButton>
      <TimeRangePicker
        value={timeRange}
        onChange={onChangeTimeRange}
        onChangeTimeZone={() => undefined}
        onMoveBackward={() => onChangeTimeRange(shift(timeRange, -1))}
        onMoveForward={() => onChangeTimeRange(shift(timeRange, 1))}
        onZoom={() => onChangeTimeRange(zoomOut(timeRange))}
      />
      <RefreshPicker onRefresh={onRefresh} onIntervalChanged={() => undefined} noIntervalPicker />
    </div>
  );
});

const getStyles = (theme: GrafanaTheme2) => ({
  toolbar: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1), padding: theme.spacing(1, 2), borderBottom: `1px solid ${theme.colors.border.weak}` }),
  title: css({ flexGrow: 1, fontSize: theme.typography.h4.fontSize }),
});
