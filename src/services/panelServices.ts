import { createContext, useContext } from 'react';
import { Observable } from 'rxjs';
import { DataSourceApi, DataSourceInstanceSettings } from '@grafana/data';
import {
  BackendSrvRequest,
  FetchResponse,
  config,
  getBackendSrv,
  getDataSourceSrv,
  locationService,
} from '@grafana/runtime';

/**
 * Everything the panel asks of Grafana, behind one small interface so that tests and the
 * sandbox can supply their own. Components get it from context; domain modules never see it.
 */
export interface PanelServices {
  /** A data source by uid; undefined or '' gives Grafana's default data source. */
  getDataSource(uid: string | undefined): Promise<DataSourceApi>;
  getInstanceSettings(uid: string | undefined): DataSourceInstanceSettings | undefined;
  listDataSources(filter: { type?: string; tracing?: boolean }): DataSourceInstanceSettings[];
  /** Backend requests (data source resource calls); unsubscribing cancels the request. */
  fetch<T>(request: BackendSrvRequest): Observable<FetchResponse<T>>;
  /** Navigates inside Grafana (Explore links). */
  navigate(url: string): void;
  appSubUrl(): string;
  /** The signed-in user's organisation, for app URLs (Explore) that name it. */
  orgId(): number;
  /** Whether one of Grafana's feature toggles is on (`config.featureToggles`). */
  featureEnabled(name: string): boolean;
  /** Calls back on every change of the page URL (a dashboard's time range and variables live there). */
  onLocationChange(callback: () => void): () => void;
  /** The page's query string (the dashboard URL's `?…`). */
  search(): URLSearchParams;
  /** The page's path inside Grafana (without `appSubUrl`). */
  pathname(): string;
  /**
   * Sets or (with `undefined`) removes query parameters: `replace` for moves inside one view, a history entry
   * otherwise, so that the browser's Back undoes it.
   */
  updateQuery(query: Record<string, string | undefined>, replace: boolean): void;
}

const grafanaServices: PanelServices = {
  getDataSource: (uid) => getDataSourceSrv().get(uid || null),
  getInstanceSettings: (uid) => getDataSourceSrv().getInstanceSettings(uid || null),
  listDataSources: (filter) => getDataSourceSrv().getList(filter),
  fetch: (request) => getBackendSrv().fetch(request),
  navigate: (url) => locationService.push(url),
  appSubUrl: () => config.appSubUrl ?? '',
  orgId: () => config.bootData?.user?.orgId ?? 1,
  featureEnabled: (name) => (config.featureToggles as Record<string, boolean | undefined>)[name] === true,
  onLocationChange: (callback) => {
    const subscription = locationService.getLocationObservable().subscribe(() => callback());
    return () => subscription.unsubscribe();
  },
  search: () => locationService.getSearch(),
  pathname: () => locationService.getLocation().pathname,
  updateQuery: (query, replace) => locationService.partial(query, replace),
};

export const PanelServicesContext = createContext<PanelServices>(grafanaServices);

export function usePanelServices(): PanelServices {
  return useContext(PanelServicesContext);
}
