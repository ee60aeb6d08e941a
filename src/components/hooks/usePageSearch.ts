import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { PanelServices } from '../../services/panelServices';

/** The page's query string, read again on every location change (Back, Forward, a link, another panel's write). */
export function usePageSearch(services: PanelServices): URLSearchParams {
  const search = useSyncExternalStore(
    useCallback((onChange: () => void) => services.onLocationChange(onChange), [services]),
    () => services.search().toString()
  );
  return useMemo(() => new URLSearchParams(search), [search]);
}
