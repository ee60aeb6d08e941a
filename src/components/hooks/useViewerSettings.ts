import { useCallback, useMemo, useState } from 'react';
import { PanelServices } from '../../services/panelServices';
import { parsePanelUrlState, viewerUrlUpdate } from '../../view/urlState';
import { usePageSearch } from './usePageSearch';

/** What a dashboard viewer (not only an editor) can change from the panel itself. */
export interface ViewerSettings {
  /** Overrides the panel's "Show exemplars" for this browser; undefined follows the panel. */
  show?: boolean;
  opacity: number;
  view: 'chart' | 'table';
  /** What a drag on the chart does: zoom (Grafana's way) or draw a selection box. Shift-drag always draws one. */
  drag: 'zoom' | 'select';
}

const DEFAULTS: ViewerSettings = { opacity: 1, view: 'chart', drag: 'zoom' };

function storageKey(panelId: number): string {
  // The dashboard path identifies the dashboard; panel ids are unique within it.
  return `exemplartrace.viewer:${window.location.pathname}:${panelId}`;
}

function read(key: string): ViewerSettings {
  try {
    const saved = JSON.parse(window.localStorage.getItem(key) ?? '{}') as Partial<ViewerSettings>;
    return {
      show: typeof saved.show === 'boolean' ? saved.show : undefined,
      opacity:
        typeof saved.opacity === 'number' && saved.opacity >= 0.1 && saved.opacity <= 1
          ? saved.opacity
          : DEFAULTS.opacity,
      view: saved.view === 'table' ? 'table' : 'chart',
      drag: saved.drag === 'select' ? 'select' : 'zoom',
    };
  } catch {
    return DEFAULTS;
  }
}

/**
 * Viewer settings for one panel, remembered in this browser (localStorage). The chart or table choice is also in
 * the dashboard URL (`etp-<panel>-viewer`), which wins: a shared link shows what its sender saw.
 */
export function useViewerSettings(
  panelId: number,
  services: PanelServices,
  panelKey: string
): [ViewerSettings, (change: Partial<ViewerSettings>) => void] {
  const key = storageKey(panelId);
  const [settings, setSettings] = useState<{ key: string; value: ViewerSettings }>(() => ({ key, value: read(key) }));
  const fromUrl = parsePanelUrlState(panelKey, usePageSearch(services)).viewer;
  const stored = settings.key === key ? settings.value : read(key);
  const current = useMemo(
    () => (fromUrl && fromUrl !== stored.view ? { ...stored, view: fromUrl } : stored),
    [fromUrl, stored]
  );
  const update = useCallback(
    (change: Partial<ViewerSettings>) => {
      const value = { ...current, ...change };
      if (change.view) {
        services.updateQuery(viewerUrlUpdate(panelKey, change.view), true);
      }
      setSettings({ key, value });
      try {
        window.localStorage.setItem(key, JSON.stringify(value));
      } catch {
        // Private mode or full storage: the setting still applies until reload.
      }
    },
    [key, current, services, panelKey]
  );
  return [current, update];
}
