import { useEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import type { RegionBox } from '../../region/box';
import { boxOfRect, PixelRect, rectBetween } from './regionPixels';

/** Marks the overlay's own buttons: a press on them is a click, never the start of a box. */
export const REGION_TOOLBAR_ATTRIBUTE = 'data-region-toolbar';

/** A drag shorter than this on either axis is a click (on a marker, or to pin the tooltip). */
const MIN_DRAG_PX = 3;

/**
 * Box selection by dragging: in select mode every drag, otherwise a Shift-drag. Everything else stays Grafana's
 * drag-to-zoom. The press is caught on uPlot's root in the capture phase, before uPlot's own listeners on its
 * plotting area see it, so a box drag never also zooms; the click that ends a drag is swallowed so it does not
 * pin the tooltip or open a marker. Returns the rectangle being dragged, to draw it.
 */
export function useRegionDrag(
  plot: uPlot | undefined,
  selectMode: boolean,
  onBox: (box: RegionBox) => void
): PixelRect | undefined {
  const [draft, setDraft] = useState<PixelRect>();
  const latest = useRef({ selectMode, onBox });
  useEffect(() => {
    latest.current = { selectMode, onBox };
  });

  useEffect(() => {
    if (!plot) {
      return;
    }
    const { root, over } = plot;
    const onDown = (event: MouseEvent) => {
      const target = event.target as Element | null;
      if (!target || !over.contains(target) || event.button !== 0) {
        return;
      }
      if (target.closest(`[${REGION_TOOLBAR_ATTRIBUTE}]`)) {
        event.stopPropagation();
        return;
      }
      if (!(latest.current.selectMode || event.shiftKey)) {
        return;
      }
      event.stopPropagation();
      event.preventDefault();
      const bounds = over.getBoundingClientRect();
      const start: [number, number] = [event.clientX - bounds.left, event.clientY - bounds.top];
      const rectTo = (e: MouseEvent) =>
        rectBetween(start, [e.clientX - bounds.left, e.clientY - bounds.top], bounds.width, bounds.height);
      const onMove = (e: MouseEvent) => setDraft(rectTo(e));
      const onUp = (e: MouseEvent) => {
        document.removeEventListener('mousemove', onMove, true);
        document.removeEventListener('mouseup', onUp, true);
        setDraft(undefined);
        const rect = rectTo(e);
        if (rect.width >= MIN_DRAG_PX && rect.height >= MIN_DRAG_PX) {
          swallowNextClick();
          latest.current.onBox(boxOfRect(plot, rect));
        }
      };
      document.addEventListener('mousemove', onMove, true);
      document.addEventListener('mouseup', onUp, true);
    };
    root.addEventListener('mousedown', onDown, true);
    return () => root.removeEventListener('mousedown', onDown, true);
  }, [plot]);

  return draft;
}

/** The click a browser fires after the mouseup of a drag; none may come (released outside), hence the timer. */
function swallowNextClick() {
  const swallow = (event: MouseEvent) => {
    event.stopPropagation();
    event.preventDefault();
  };
  window.addEventListener('click', swallow, { capture: true, once: true });
  setTimeout(() => window.removeEventListener('click', swallow, true), 0);
}
