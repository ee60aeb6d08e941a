import React from 'react';
import { css, cx } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2, useTheme2 } from '@grafana/ui';
import { TraceModel } from '../../trace/types';
import { serviceColor } from './serviceColors';
import { SpanMarks } from './SpanMarks';
import { SpanTimeline } from './SpanTimeline';
import { WATERFALL_ROW_HEIGHT } from './useWaterfallTree';
import { testIds } from '../testIds';
import { virtualRowStyle } from '../virtualRowStyles';

const INDENT = 12;

interface Props {
  model: TraceModel;
  /** The span's position in the model. */
  position: number;
  /** Pixels from the top of the virtual list. */
  top: number;
  selected: boolean;
  /** The span search matches it: tinted, as Grafana's trace view marks the spans its search finds. */
  matched: boolean;
  collapsed: boolean;
  isExemplarSpan: boolean;
  onSelect: (position: number) => void;
  onToggle: (position: number) => void;
}

/** One span of the waterfall: service and operation indented by depth, marks, and its bar on the trace's time axis. */
export function WaterfallRow({
  model,
  position: p,
  top,
  selected,
  matched,
  collapsed,
  isExemplarSpan,
  onSelect,
  onToggle,
}: Props) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const color = serviceColor(model.serviceIndex[p], theme);
  const hasChildren = model.childCount[p] > 0;
  const barColor = model.isError[p] ? theme.colors.error.main : color;
  return (
    <div
      role="treeitem"
      aria-selected={selected}
      aria-expanded={hasChildren ? !collapsed : undefined}
      className={cx(styles.row, matched && styles.matched, selected && styles.selected)}
      data-match={matched || undefined}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onSelect(p)}
      data-testid={testIds.drawer.spanRow}
    >
      <div className={styles.label} style={{ paddingLeft: model.depth[p] * INDENT }}>
        {hasChildren ? (
          <button
            className={styles.toggle}
            aria-label={collapsed ? 'Expand' : 'Collapse'}
            onClick={(e) => {
              e.stopPropagation();
              onToggle(p);
            }}
          >
            <Icon name={collapsed ? 'angle-right' : 'angle-down'} size="sm" />
          </button>
        ) : (
          <span className={styles.toggleSpace} />
        )}
        <span className={styles.service} style={{ borderColor: color }}>
          {model.services[model.serviceIndex[p]]?.name}
        </span>
        <span className={styles.operation}>{model.operationNames[p]}</span>
        <SpanMarks model={model} position={p} isExemplarSpan={isExemplarSpan} />
      </div>
      <SpanTimeline model={model} position={p} barColor={barColor} />
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({
    ...virtualRowStyle(theme, WATERFALL_ROW_HEIGHT),
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  matched: css({ background: theme.colors.warning.transparent }),
  selected: css({ background: theme.colors.action.selected }),
  label: css({
    width: '40%',
    display: 'flex',
    alignItems: 'center',
    gap: 4,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    flexShrink: 0,
  }),
  toggle: css({ background: 'none', border: 'none', padding: 0, color: 'inherit', cursor: 'pointer', display: 'flex' }),
  toggleSpace: css({ width: 16, flexShrink: 0 }),
  service: css({ borderLeft: '3px solid', paddingLeft: 4, color: theme.colors.text.secondary }),
  // min-width 0 lets a long name shrink, so the error, clamped and exemplar icons after it stay visible.
  operation: css({ overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 }),
});
