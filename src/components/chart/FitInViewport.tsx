import React, { ReactNode, useLayoutEffect, useRef } from 'react';
import uPlot from 'uplot';

/**
 * Keeps Grafana's tooltip inside the window. TooltipPlugin2 flips its tooltip up or left near an edge from the
 * size it measured at the last cursor move, so content that grows under a still pointer (the exemplar tooltip
 * replacing the lines') would run past the edge. Moving the cursor to where it is, once the new size is known,
 * has the plugin place it again.
 */
export function FitInViewport({ u, maxHeight, children }: { u: uPlot; maxHeight?: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') {
      return;
    }
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      // The next frame: after the plugin's own observer has recorded the new size.
      frame = requestAnimationFrame(() => {
        const { left, top } = u.cursor;
        if (left !== undefined && top !== undefined && left >= 0 && top >= 0) {
          u.setCursor({ left, top });
        }
      });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [u]);
  return (
    <div ref={ref} style={maxHeight ? { maxHeight, overflowY: 'auto' } : undefined}>
      {children}
    </div>
  );
}
