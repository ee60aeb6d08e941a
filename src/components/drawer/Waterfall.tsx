import React, { useCallback, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { TraceModel } from '../../trace/types';
import { formatLatency } from '../../data/formatLatency';
import { useWaterfallTree } from './useWaterfallTree';
import { WaterfallRow } from './WaterfallRow';
import { testIds } from '../testIds';
import { SpanSearch } from './SpanSearch';
import { WaterfallLegend } from './WaterfallLegend';

/**
 * As tall as the drawer leaves room for beside its header and the trace summary, at least 240 px: a 20,000-span
 * trace gets the window's height, not a fixed few rows.
 */
const NO_MATCHES: ReadonlySet<number> = new Set();

const WATERFALL_MAX_HEIGHT = 'max(240px, calc(100vh - 260px))';

interface Props {
  model: TraceModel;
  selected: number;
  onSelect: (position: number) => void;
  /** The rows' height; the view stops at the drawer's height (the rest scrolls inside). */
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
  const { collapsed, toggle, reveal, positions, scrollRef, virtualizer, onKeyDown } = useWaterfallTree(
    model,
    selected,
    onSelect
  );
  const duration = model.durationMs || 1;
  const [matches, setMatches] = useState<ReadonlySet<number>>(NO_MATCHES);
  const onMatches = useCallback(
    (found: readonly number[]) => setMatches(found.length > 0 ? new Set(found) : NO_MATCHES),
    []
  );

  return (
    <div className={styles.container} data-testid={testIds.drawer.waterfall} data-rows={positions.length}>
      <SpanSearch model={model} onFound={reveal} onMatches={onMatches} />
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
        style={{ height, maxHeight: WATERFALL_MAX_HEIGHT }}
        tabIndex={0}
        onKeyDown={onKeyDown}
        role="tree"
        aria-label="Spans"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const p = positions[item.index];
            return (
              <WaterfallRow
                key={item.key}
                model={model}
                position={p}
                top={item.start}
                selected={p === selected}
                matched={matches.has(p)}
                collapsed={collapsed.has(p)}
                isExemplarSpan={p === exemplarPosition}
                onSelect={onSelect}
                onToggle={toggle}
              />
            );
          })}
        </div>
      </div>
      <WaterfallLegend />
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
});
