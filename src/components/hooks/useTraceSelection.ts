import { useCallback, useState } from 'react';
import { TraceSelection } from '../drawer/TraceDrawer';

/**
 * What the drawer shows: the exemplars a marker click (a cluster's members) or a table row opened, and where the
 * preview starts. Undefined while the drawer is closed.
 */
export function useTraceSelection() {
  const [selection, setSelection] = useState<TraceSelection>();
  const openExemplars = useCallback((members: Uint32Array, first: number) => setSelection({ members, first }), []);
  const openExemplar = useCallback(
    (exemplar: number) => setSelection({ members: Uint32Array.of(exemplar), first: exemplar }),
    []
  );
  const close = useCallback(() => setSelection(undefined), []);
  return { selection, openExemplars, openExemplar, close };
}
