/**
 * The dashboard URL as Grafana keeps it: the app renders under a router over `locationService`'s history, with
 * `LocationServiceProvider`, and dashboard-scene syncs the scene with the URL through Scenes' UrlSyncManager:
 * `from`/`to`, `var-…` and `refresh` are read from the URL on load and on every location change (Back, a shared
 * link), and written back when the picker or a variable changes. A link with an absolute `from`/`to` therefore opens
 * that range here as in Grafana. The URL is not rewritten on load (`updateUrlOnInit` off), so opening the page
 * adds no history entry of its own.
 */
import { locationService, LocationServiceProvider } from '@grafana/runtime';
import { type SceneObject, UrlSyncContextProvider } from '@grafana/scenes';
import React, { type ReactNode, useEffect, useState } from 'react';
import { Router } from 'react-router-dom';

type RouterNavigator = React.ComponentProps<typeof Router>['navigator'];
type RouterLocation = React.ComponentProps<typeof Router>['location'];

export function UrlSync({ scene, children }: { scene: SceneObject; children: ReactNode }) {
  const history = locationService.getHistory();
  const [location, setLocation] = useState(history.location);
  useEffect(() => history.listen((next) => setLocation(next)), [history]);
  return (
    <LocationServiceProvider service={locationService}>
      {/* history 4 (Grafana's) has what a react-router 6 navigator needs: push, replace, go, createHref. */}
      <Router location={location as RouterLocation} navigator={history as unknown as RouterNavigator}>
        <UrlSyncContextProvider scene={scene} updateUrlOnInit={false} createBrowserHistorySteps>
          {children}
        </UrlSyncContextProvider>
      </Router>
    </LocationServiceProvider>
  );
}
