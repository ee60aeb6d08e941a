import React, { useState } from 'react';
import type uPlot from 'uplot';
import type { RegionBox } from '../../region/box';
import { regionKeyAction, startRect } from './regionKeys';
import { boxOfRect, rectOfBox } from './regionPixels';

export interface RegionKeyboard {
  /** Arrow keys move and resize the box instead of moving between markers. */
  editing: boolean;
  /** True when the key was the box's; the chart then gives it to no other handler. */
  onKeyDown: (event: React.KeyboardEvent) => boolean;
}

/**
 * The keyboard alternative to dragging a box (see `regionKeyAction` for the keys). The box is moved in pixels,
 * as the viewer sees it, and kept in values, as everything else keeps it: on a log axis a step is a factor.
 */
export function useRegionKeyboard(
  plot: uPlot | undefined,
  box: RegionBox | undefined,
  onBox: (box: RegionBox) => void,
  onOpen: () => void,
  onClear: () => void
): RegionKeyboard {
  const [editing, setEditing] = useState(false);
  const onKeyDown = (event: React.KeyboardEvent): boolean => {
    if (!plot) {
      return false;
    }
    const width = plot.over.clientWidth;
    const height = plot.over.clientHeight;
    const rect = box ? rectOfBox(plot, box) : undefined;
    const action = regionKeyAction(event, editing, rect, width, height);
    switch (action.kind) {
      case 'none':
        return false;
      case 'start':
        setEditing(true);
        if (!rect) {
          onBox(boxOfRect(plot, startRect(width, height)));
        }
        break;
      case 'rect':
        onBox(boxOfRect(plot, action.rect));
        break;
      case 'open':
        setEditing(false);
        onOpen();
        break;
      case 'stop':
        setEditing(false);
        break;
      case 'clear':
        setEditing(false);
        onClear();
        break;
    }
    event.preventDefault();
    event.stopPropagation();
    return true;
  };
  return { editing, onKeyDown };
}
