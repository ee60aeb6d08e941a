import type { PixelRect } from './regionPixels';

/** One key press's share of the plot: 5 % of its width or height per arrow press. */
const STEP = 0.05;
/** The smallest box the keys shrink to, px. */
const MIN_SIDE_PX = 4;

export type RegionKeyAction =
  | { kind: 'start' }
  | { kind: 'rect'; rect: PixelRect }
  | { kind: 'open' }
  | { kind: 'stop' }
  | { kind: 'clear' }
  | { kind: 'none' };

/** The box a keyboard user starts with: the middle fifth of the plot's width, its upper half. */
export function startRect(width: number, height: number): PixelRect {
  return { left: width * 0.4, top: height * 0.1, width: width * 0.2, height: height * 0.4 };
}

/**
 * What a key does to the box (pure, so it is tested without a chart): `b` starts or resumes editing; while
 * editing, arrows move the box, Shift + arrows move its right and top edges (resize), Enter opens the selection,
 * Escape stops editing; Delete or Backspace clears a box at any time.
 */
export function regionKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  editing: boolean,
  rect: PixelRect | undefined,
  width: number,
  height: number
): RegionKeyAction {
  if (event.ctrlKey || event.metaKey || event.altKey) {
    return { kind: 'none' };
  }
  if ((event.key === 'Delete' || event.key === 'Backspace') && rect) {
    return { kind: 'clear' };
  }
  if (!editing) {
    return event.key === 'b' || event.key === 'B' ? { kind: 'start' } : { kind: 'none' };
  }
  if (event.key === 'Enter') {
    return { kind: 'open' };
  }
  if (event.key === 'Escape') {
    return { kind: 'stop' };
  }
  const dx = width * STEP;
  const dy = height * STEP;
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-dx, 0],
    ArrowRight: [dx, 0],
    ArrowUp: [0, -dy],
    ArrowDown: [0, dy],
  };
  const move = moves[event.key];
  if (!move || !rect) {
    return { kind: 'none' };
  }
  return { kind: 'rect', rect: event.shiftKey ? resized(rect, move, height) : moved(rect, move, width, height) };
}

function moved(rect: PixelRect, [dx, dy]: [number, number], width: number, height: number): PixelRect {
  const left = Math.min(Math.max(0, rect.left + dx), Math.max(0, width - rect.width));
  const top = Math.min(Math.max(0, rect.top + dy), Math.max(0, height - rect.height));
  return { ...rect, left, top };
}

/** Right edge by dx, top edge by dy: the left and bottom edges stay where they are. */
function resized(rect: PixelRect, [dx, dy]: [number, number], height: number): PixelRect {
  const width = Math.max(MIN_SIDE_PX, rect.width + dx);
  const bottom = rect.top + rect.height;
  const top = Math.min(bottom - MIN_SIDE_PX, Math.max(0, rect.top + dy));
  return { left: rect.left, top, width, height: Math.min(height, bottom - top) };
}
