import { DataSourceInstanceSettings } from '@grafana/data';
import { PanelServices } from '../services/panelServices';

/** Data sources as Grafana's instance settings, for tests of what the panel does with them. */
const testDatasources = {
  prometheus: {
    uid: 'prom',
    name: 'Prometheus',
    type: 'prometheus',
    jsonData: { exemplarTraceIdDestinations: [{ name: 'trace_id', datasourceUid: 'tempo' }] },
  },
  tempo: { uid: 'tempo', name: 'Tempo', type: 'tempo', jsonData: {} },
};

/** PanelServices over the test data sources; `getDataSource` answers with `instance` (a data source's methods). */
export function fakeServices(instance: object = {}): PanelServices {
  const all = Object.values(testDatasources) as unknown as DataSourceInstanceSettings[];
  return {
    getDataSource: async () => instance as never,
    getInstanceSettings: (uid) => all.find((ds) => ds.uid === uid) ?? all[0],
    listDataSources: (filter) =>
      all.filter((ds) => (filter.type ? ds.type === filter.type : filter.tracing ? ds.type === 'tempo' : true)),
    fetch: jest.fn(),
    navigate: jest.fn(),
    appSubUrl: () => '',
    orgId: () => 1,
    featureEnabled: () => false,
    onLocationChange: () => () => undefined,
    search: () => new URLSearchParams(),
    pathname: () => '/d/test',
    updateQuery: jest.fn(),
  };
}

/**
 * jsdom has no canvas; Grafana's Combobox measures its option text on one. Enough of a 2D context for that.
 */
export function measurableCanvas(): void {
  HTMLCanvasElement.prototype.getContext = (() => ({
    font: '',
    measureText: (text: string) => ({ width: text.length * 7 }),
  })) as never;
}
