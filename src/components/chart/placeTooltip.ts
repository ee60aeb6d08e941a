interface Size {
  width: number;
  height: number;
}

/** Gap between the anchor and the tooltip, as Grafana's TooltipPlugin2 keeps it. */
const OFFSET_PX = 10;

/** One axis: after the anchor, else before it when that fits, else against the edge that leaves most of it seen. */
function along(anchor: number, size: number, room: number): number {
  if (anchor + OFFSET_PX + size <= room) {
    return anchor + OFFSET_PX;
  }
  if (anchor - OFFSET_PX - size >= 0) {
    return anchor - OFFSET_PX - size;
  }
  return Math.max(0, room - size);
}

/**
 * Where a tooltip of `size` goes for an anchor point (client px) so that it stays inside the viewport: below and
 * right of the point, flipped up or left near an edge, as Grafana's own tooltips do.
 */
export function placeTooltip(anchor: { x: number; y: number }, size: Size, viewport: Size) {
  return { left: along(anchor.x, size.width, viewport.width), top: along(anchor.y, size.height, viewport.height) };
}
