import { useCallback, useEffect, useMemo } from 'react';
import { PanelServices } from '../../services/panelServices';
import { usePageSearch } from './usePageSearch';
import {
  DrawerUrlState,
  hasDrawerParams,
  parsePanelUrlState,
  parseRegionUrl,
  serializePanelUrlState,
} from '../../view/urlState';

/** One string per drawer state, to tell the panel's own writes from a URL that changed under it (Back, a link). */
export function drawerUrlKey(panelKey: string, drawer: DrawerUrlState | undefined): string {
  return drawer ? JSON.stringify(serializePanelUrlState(panelKey, { drawer })) : '';
}

/** A trace or cluster drawer: a `selection` is the region's drawer (useRegionUrl), which a close leaves alone. */
function traceDrawerOf(panelKey: string, search: URLSearchParams): DrawerUrlState | undefined {
  const drawer = parsePanelUrlState(panelKey, search).drawer;
  return drawer?.view === 'selection' ? undefined : drawer;
}

/**
 * The trace drawer's state in the page URL, read again on every location change. `write` puts a history entry for
 * opening and closing (so Back closes the drawer) and replaces it for moves inside the drawer. State that does
 * not parse is removed from the URL (replacing, so Back does not bring it back); a region's box is not ours.
 */
export function useDrawerUrl(services: PanelServices, panelKey: string) {
  const params = usePageSearch(services);
  const drawer = useMemo(() => traceDrawerOf(panelKey, params), [panelKey, params]);
  const hostile = useMemo(
    () => drawer === undefined && parseRegionUrl(panelKey, params) === undefined && hasDrawerParams(panelKey, params),
    [drawer, panelKey, params]
  );

  const write = useCallback(
    (next: DrawerUrlState | undefined, replace: boolean) => {
      const current = services.search();
      const now = parsePanelUrlState(panelKey, current);
      const mine = traceDrawerOf(panelKey, current);
      const changed =
        next === undefined
          ? mine !== undefined ||
            (parseRegionUrl(panelKey, current) === undefined && hasDrawerParams(panelKey, current))
          : drawerUrlKey(panelKey, now.drawer) !== drawerUrlKey(panelKey, next);
      if (changed) {
        services.updateQuery(serializePanelUrlState(panelKey, { drawer: next, viewer: now.viewer }), replace);
      }
    },
    [services, panelKey]
  );

  useEffect(() => {
    if (hostile) {
      write(undefined, true);
    }
  }, [hostile, write]);

  const key = drawerUrlKey(panelKey, drawer);
  return useMemo(() => ({ drawer, key, write }), [drawer, key, write]);
}
