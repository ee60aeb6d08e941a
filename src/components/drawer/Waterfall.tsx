import React, { useEffect, useMemo, useRef, useState } from 'react';
import { css, cx } from '@emotion/css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2, useTheme2 } from '@grafana/ui';
import { TraceModel } from '../../trace/types';
import { formatLatency } from '../../data/formatLatency';
import { serviceColor } from './serviceColors';
import { SpanMarks } from './SpanMarks';
import { visibleSpanPositions } from './visibleSpans';
import { testIds } from '../testIds';

const ROW_HEIGHT = 24;
const INDENT = 12;

/**
 * Where a bar's duration goes (percentages of the timeline): after the bar when there is room, else before it,
 * else (a bar across nearly all the trace) inside its end in the bar's contrast colour. Never over the bar's edge.
 */
function durationLabelPosition(
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

interface Props {
  model: TraceModel;
  selected: number;
  onSelect: (position: number) => void;
  height: number;
  /** The exemplar's own span, marked in its row (-1: none). */
  exemplarPosition?: number;
}

/**
 * The span waterfall: only the rows in view are rendered (tens of thousands of spans stay fast),
 * subtrees collapse, errors and the critical path are marked, bars sit on the trace's time axis.
 */
export function Waterfall({ model, selected, onSelect, height, exemplarPosition = -1 }: Props) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set());
  const positions = useMemo(() => visibleSpanPositions(model, collapsed), [model, collapsed]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: positions.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const duration = model.durationMs || 1;

  // Open on the selected span (the exemplar's own, deep in a large trace): scroll it into view once.
  useEffect(() => {
    const index = positions.indexOf(selected);
    if (index > 0) {
      virtualizer.scrollToIndex(index, { align: 'center' });
    }
    // Only when the trace is shown, not on every selection (the keyboard handler scrolls then).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model]);

  const toggle = (position: number) =>
    setCollapsed((current) => {
      const next = new Set(current);
      next.has(position) ? next.delete(position) : next.add(position);
      return next;
    });

  const onKeyDown = (event: React.KeyboardEvent) => {
    const row = positions.indexOf(selected);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = Math.min(positions.length - 1, Math.max(0, row + (event.key === 'ArrowDown' ? 1 : -1)));
      onSelect(positions[next]);
      virtualizer.scrollToIndex(next);
    } else if (
      (event.key === 'ArrowLeft' || event.key === 'ArrowRight') &&
      selected >= 0 &&
      model.childCount[selected] > 0
    ) {
      const isCollapsed = collapsed.has(selected);
      if (isCollapsed === (event.key === 'ArrowRight')) {
        toggle(selected);
      }
    }
  };

  return (
    <div className={styles.container} data-testid={testIds.drawer.waterfall} data-rows={positions.length}>
      <div className={styles.axis}>
        {[0, 0.25, 0.5, 0.75, 1].map((f) => (
          <span key={f} className={styles.tick} style={{ left: `calc(40% + ${f * 60}% - ${f * 40}px)` }}>
            {formatLatency((f * duration) / 1000, 's')}
          </span>
        ))}
      </div>
      <div
        ref={scrollRef}
        className={styles.scroll}
        style={{ height }}
        tabIndex={0}
        onKeyDown={onKeyDown}
        role="tree"
        aria-label="Spans"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const p = positions[item.index];
            const left = ((model.spanStartMs[p] - model.startMs) / duration) * 100;
            const width = Math.max(0.2, (model.spanDurationMs[p] / duration) * 100);
            const color = serviceColor(model.serviceIndex[p], theme);
            const hasChildren = model.childCount[p] > 0;
            const barColor = model.isError[p] ? theme.colors.error.main : color;
            return (
              <div
                key={item.key}
                role="treeitem"
                aria-selected={p === selected}
                aria-expanded={hasChildren ? !collapsed.has(p) : undefined}
                className={cx(styles.row, p === selected && styles.selected)}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={() => onSelect(p)}
                data-testid={testIds.drawer.spanRow}
              >
                <div className={styles.label} style={{ paddingLeft: model.depth[p] * INDENT }}>
                  {hasChildren ? (
                    <button
                      className={styles.toggle}
                      aria-label={collapsed.has(p) ? 'Expand' : 'Collapse'}
                      onClick={(e) => {
                        e.stopPropagation();
                        toggle(p);
                      }}
                    >
                      <Icon name={collapsed.has(p) ? 'angle-right' : 'angle-down'} size="sm" />
                    </button>
                  ) : (
                    <span className={styles.toggleSpace} />
                  )}
                  <span className={styles.service} style={{ borderColor: color }}>
                    {model.services[model.serviceIndex[p]]?.name}
                  </span>
                  <span className={styles.operation}>{model.operationNames[p]}</span>
                  <SpanMarks model={model} position={p} isExemplarSpan={p === exemplarPosition} />
                </div>
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
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  container: css({ border: `1px solid ${theme.colors.border.weak}`, borderRadius: theme.shape.radius.default }),
  axis: css({
    position: 'relative',
    height: 20,
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
  }),
  tick: css({ position: 'absolute', top: 2, transform: 'translateX(-50%)', whiteSpace: 'nowrap' }),
  scroll: css({
    overflow: 'auto',
    position: 'relative',
    outline: 'none',
    '&:focus-visible': { boxShadow: `inset 0 0 0 2px ${theme.colors.primary.main}` },
  }),
  row: css({
    position: 'absolute',
    left: 0,
    right: 0,
    height: ROW_HEIGHT,
    display: 'flex',
    alignItems: 'center',
    cursor: 'pointer',
    fontSize: theme.typography.bodySmall.fontSize,
    '&:hover': { background: theme.colors.action.hover },
  }),
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
