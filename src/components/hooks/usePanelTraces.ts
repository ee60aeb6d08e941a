import { useMemo } from 'react';
import { PanelServices } from '../../services/panelServices';
import { createTraceFetcher } from '../../trace/fetchTrace';
import { PanelView } from '../../view/panelView';
import { useTracePrefetch } from '../drawer/useTracePrefetch';

/**
 * One trace fetcher per panel: its cache outlives the drawer, so reopening a trace is instant. Hovering a marker
 * warms that cache while the drawer is closed.
 */
export function usePanelTraces(services: PanelServices, model: PanelView, drawerOpen: boolean) {
  const fetcher = useMemo(
    () => createTraceFetcher({ getDataSource: (uid) => services.getDataSource(uid) }),
    [services]
  );
  const onHoverExemplar = useTracePrefetch(fetcher, model, !drawerOpen);
  return { fetcher, onHoverExemplar };
}
