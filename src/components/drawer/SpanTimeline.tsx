import React from 'react';
import { css, cx } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { formatLatency } from '../../data/formatLatency';
import { TraceModel } from '../../trace/types';
import { durationLabelPosition } from './durationLabelPosition';

interface Props {
  model: TraceModel;
  /** The span's position in the model. */
  position: number;
  barColor: string;
}

/** A span's bar on the trace's time axis (outlined on the critical path) and its own duration beside it. */
export function SpanTimeline({ model, position: p, barColor }: Props) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const duration = model.durationMs || 1;
  const left = ((model.spanStartMs[p] - model.startMs) / duration) * 100;
  const width = Math.max(0.2, (model.spanDurationMs[p] / duration) * 100);
  return (
    <div className={styles.timeline}>
      <div
        className={cx(styles.bar, model.onCriticalPath[p] === 1 && styles.critical)}
        style={{ left: `${left}%`, width: `${width}%`, background: barColor }}
        title={model.onCriticalPath[p] ? 'On the critical path' : undefined}
      />
      <span className={styles.duration} style={durationLabelPosition(left, width, barColor, theme)}>
        {formatLatency(model.ownDurationMs[p] / 1000, 's')}
      </span>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  timeline: css({ position: 'relative', flexGrow: 1, height: '100%', marginRight: 40 }),
  bar: css({ position: 'absolute', top: 7, height: 10, minWidth: 2, borderRadius: 2, opacity: 0.85 }),
  critical: css({ boxShadow: `0 0 0 2px ${theme.colors.text.primary}`, opacity: 1 }),
  duration: css({
    position: 'absolute',
    top: 4,
    color: theme.colors.text.secondary,
    whiteSpace: 'nowrap',
    lineHeight: '16px',
  }),
});
