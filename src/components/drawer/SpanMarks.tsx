import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import { TraceModel } from '../../trace/types';
import { testIds } from '../testIds';

/**
 * The icons after a span's name in the waterfall: the exemplar's own span, an error, a span drawn clamped into its
 * parent. 'star' and 'clock-nine' are icons @grafana/ui ships as SVG (its 'crosshair' has none).
 */
export function SpanMarks({
  model,
  position,
  isExemplarSpan,
}: {
  model: TraceModel;
  position: number;
  isExemplarSpan: boolean;
}) {
  const styles = useStyles2(getStyles);
  return (
    <>
      {isExemplarSpan && (
        <Icon
          name="star"
          className={styles.exemplar}
          title="The span this exemplar measured"
          data-testid={testIds.drawer.exemplarSpanMark}
        />
      )}
      {model.isError[position] === 1 && <Icon name="exclamation-circle" className={styles.error} title="Error" />}
      {model.isClamped[position] === 1 && (
        <Icon
          name="clock-nine"
          className={styles.clamped}
          title="Clock skew: drawn inside its parent; its own times are in the details"
        />
      )}
    </>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  exemplar: css({ color: theme.colors.primary.text, flexShrink: 0 }),
  error: css({ color: theme.colors.error.text, flexShrink: 0 }),
  clamped: css({ color: theme.colors.warning.text, flexShrink: 0 }),
});
