import { useCallback, useEffect, useMemo, useState } from 'react';
import { traceTargetFor } from '../../links/mapping';
import { DataSourceInfo, TraceTarget } from '../../links/types';
import { PanelServices } from '../../services/panelServices';
import { PanelView } from '../../view/panelView';
import { drawerStateFor, RestoredDrawer, restoreDrawer } from '../../view/urlRestore';
import { drawerUrlKey, useDrawerUrl } from './useDrawerUrl';

interface Inputs {
  services: PanelServices;
  panelKey: string;
  model: PanelView;
  include: Uint8Array;
  tracing: DataSourceInfo[];
  /** The panel's data is in: a URL is restored against the exemplars only once they are there. */
  ready: boolean;
}

/**
 * What the drawer shows, kept in the dashboard URL: the exemplars a marker click (a cluster's members) or a table
 * row opened, or a trace a shared link names. Opening and closing add a history entry, so Back closes the drawer;
 * a URL that changes under the panel (Back, Forward, a link) reopens what it describes once the data is in.
 */
export function useTraceSelection({ services, panelKey, model, include, tracing, ready }: Inputs) {
  const url = useDrawerUrl(services, panelKey);
  // The subject belongs to the URL state it was opened with or wrote last; any other URL state is restored anew.
  const [local, setLocal] = useState<{ subject: RestoredDrawer; key: string }>();
  const subject = local && local.key === url.key ? local.subject : undefined;

  const needsRestore = url.drawer !== undefined && ready && subject === undefined;
  const restored = useMemo(
    () =>
      needsRestore && url.drawer
        ? restoreDrawer(url.drawer, model.exemplars, model.rules, include, tracing)
        : undefined,
    [needsRestore, url.drawer, model, include, tracing]
  );
  if (restored && needsRestore) {
    // Adopted during render (React's pattern for state that follows props): the drawer opens in this pass.
    setLocal({ subject: restored, key: url.key });
  }
  useEffect(() => {
    if (needsRestore && !restored) {
      url.write(undefined, true);
    }
  }, [needsRestore, restored, url]);

  const openExemplars = useCallback(
    (members: Uint32Array, first: number) => {
      const target = traceTargetFor(model.exemplars, first, model.rules);
      const state = drawerStateFor(model.exemplars, members, target, first, 'trace');
      setLocal({ subject: { kind: 'exemplars', members, first }, key: drawerUrlKey(panelKey, state) });
      url.write(state, false);
    },
    [model, panelKey, url]
  );
  const openExemplar = useCallback((row: number) => openExemplars(Uint32Array.of(row), row), [openExemplars]);
  const close = useCallback(() => {
    setLocal(undefined);
    url.write(undefined, false);
  }, [url]);

  /** The drawer shows exemplar `row` (the cluster list's choice) or span `spanId` of its trace: replace the state. */
  const onShow = useCallback(
    (row: number, target: TraceTarget | undefined, spanId?: string) => {
      if (subject?.kind !== 'exemplars') {
        return;
      }
      const state = drawerStateFor(model.exemplars, subject.members, target, row, url.drawer?.view ?? 'trace');
      const sameTrace = state?.trace?.traceId === url.drawer?.trace?.traceId;
      const next = state && { ...state, spanId: spanId ?? (sameTrace ? url.drawer?.spanId : undefined) };
      setLocal({ subject, key: drawerUrlKey(panelKey, next) });
      url.write(next, true);
    },
    [subject, model, panelKey, url]
  );
  const onSelectSpan = useCallback(
    (spanId: string) => {
      if (url.drawer?.trace) {
        const next = { ...url.drawer, spanId };
        setLocal((old) => old && { subject: old.subject, key: drawerUrlKey(panelKey, next) });
        url.write(next, true);
      }
    },
    [url, panelKey]
  );
  /** A shared span the trace does not hold: the link is not one the panel wrote. */
  const onSpanMissing = useCallback(() => {
    setLocal(undefined);
    url.write(undefined, true);
  }, [url]);

  return {
    subject,
    spanId: url.drawer?.spanId,
    openExemplars,
    openExemplar,
    close,
    onShow,
    onSelectSpan,
    onSpanMissing,
  };
}
