import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { testIds } from '../testIds';

/** What the waterfall's marks mean: the outlined bars are the critical path. */
export function WaterfallLegend() {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.legend} data-testid={testIds.drawer.waterfallLegend}>
      <span className={styles.critical} aria-hidden />
      Critical path: the spans the trace waited on (outlined)
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  legend: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(0.5, 1),
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
  }),
  // As SpanTimeline draws a bar on the critical path.
  critical: css({
    width: 24,
    height: 10,
    borderRadius: 2,
    background: theme.colors.text.disabled,
    boxShadow: `0 0 0 2px ${theme.colors.text.primary}`,
  }),
});
