import React, { RefObject, useLayoutEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Portal, useStyles2 } from '@grafana/ui';
import { ClusterTooltip, ClusterTooltipProps } from './ClusterTooltip';
import { placeTooltip } from './placeTooltip';

/**
 * The focused marker's tooltip, for keyboard users: what hovering shows, beside the marker and inside the window.
 * In a portal, as Grafana's tooltips are, so that the panel's edges do not cut it.
 */
export function KeyboardTooltip({ plotRef, ...props }: ClusterTooltipProps & { plotRef: RefObject<uPlot | null> }) {
  const styles = useStyles2(getStyles);
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number }>();
  const x = props.layout.clusters.x[props.cluster];
  const y = props.layout.clusters.y[props.cluster];
  useLayoutEffect(() => {
    const over = plotRef.current?.over.getBoundingClientRect();
    const element = ref.current;
    if (over && element) {
      const { width, height } = element.getBoundingClientRect();
      const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
      setPlace(placeTooltip({ x: over.left + x, y: over.top + y }, { width, height }, viewport));
    }
  }, [plotRef, x, y]);
  return (
    <Portal>
      <div ref={ref} className={styles.wrapper} style={place ?? { visibility: 'hidden' }}>
        <ClusterTooltip {...props} />
      </div>
    </Portal>
  );
}

// Grafana's TooltipPlugin2 look.
const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({
    position: 'fixed',
    top: 0,
    left: 0,
    zIndex: theme.zIndex.tooltip,
    whiteSpace: 'pre',
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.elevated,
    border: `1px solid ${theme.colors.border.weak}`,
    boxShadow: theme.shadows.z2,
    pointerEvents: 'none',
  }),
});
