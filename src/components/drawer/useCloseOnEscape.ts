import { useEffect } from 'react';

/**
 * Escape closes the drawer (focus then returns to the chart through the drawer's focus manager). Grafana's
 * Drawer leaves Escape to the app's key bindings, which a panel does not get. Capture phase: the tooltip of
 * the focused Close button would otherwise swallow the first Escape.
 */
export function useCloseOnEscape(onClose: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        onClose();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [onClose]);
}
