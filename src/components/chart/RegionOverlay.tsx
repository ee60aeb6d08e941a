import React from 'react';
import { createPortal } from 'react-dom';
import { css, cx } from '@emotion/css';
import type uPlot from 'uplot';
import { GrafanaTheme2 } from '@grafana/data';
import { IconButton, useStyles2 } from '@grafana/ui';
import type { RegionBox } from '../../region/box';
import { testIds } from '../testIds';
import { PixelRect, rectOfBox } from './regionPixels';
import { REGION_TOOLBAR_ATTRIBUTE } from './useRegionDrag';

interface Props {
  plot: uPlot;
  box?: RegionBox;
  /** The rectangle being dragged, drawn instead of the box until the drag ends. */
  draft?: PixelRect;
  /** Exemplars the box selects. */
  count: number;
  editing: boolean;
  onOpen: () => void;
  onClear: () => void;
}

/**
 * The selection box over uPlot's plotting area, drawn from its value-space bounds on every render, so a zoom,
 * resize or refresh redraws it where its values now are. Its toolbar opens the selection or clears it.
 */
export function RegionOverlay({ plot, box, draft, count, editing, onOpen, onClear }: Props) {
  const styles = useStyles2(getStyles);
  const rect = draft ?? (box ? rectOfBox(plot, box) : undefined);
  const announcement = editing
    ? `Selection box: ${count} exemplars. Arrows move it, Shift and arrows resize it, Enter opens it, Delete clears it.`
    : '';
  return createPortal(
    <>
      {rect && (
        <div
          className={cx(styles.box, editing && styles.editing)}
          style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }}
          data-testid={draft ? testIds.region.draft : testIds.region.box}
        >
          {!draft && (
            <div className={styles.toolbar} {...{ [REGION_TOOLBAR_ATTRIBUTE]: '' }}>
              <span className={styles.count} data-testid={testIds.region.count}>
                {count.toLocaleString()}
              </span>
              <IconButton name="search-plus" size="sm" tooltip="Investigate the selection" onClick={onOpen} />
              <IconButton name="times" size="sm" tooltip="Clear the selection" onClick={onClear} />
            </div>
          )}
        </div>
      )}
      <span className={styles.srOnly} aria-live="polite">
        {announcement}
      </span>
    </>,
    plot.over
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({
    position: 'absolute',
    pointerEvents: 'none',
    border: `1px dashed ${theme.colors.primary.border}`,
    background: theme.colors.primary.transparent,
    zIndex: 2,
  }),
  editing: css({ borderStyle: 'solid', borderWidth: 2 }),
  toolbar: css({
    position: 'absolute',
    top: 0,
    right: 0,
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    padding: theme.spacing(0, 0.5),
    pointerEvents: 'auto',
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
    transform: 'translateY(-100%)',
  }),
  count: css({ fontSize: theme.typography.bodySmall.fontSize, fontVariantNumeric: 'tabular-nums' }),
  srOnly: css({ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }),
});
