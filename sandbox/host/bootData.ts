/**
 * Sets `window.grafanaBootData` before @grafana/runtime evaluates: its `config` singleton is built
 * from it at import time, exactly as in Grafana's index.html. Must be the first import of main.tsx.
 */
import { readHostParams } from './params';

declare global {
  interface Window {
    grafanaBootData?: unknown;
    __grafana_public_path__?: string;
  }
}

// @grafana/ui resolves icon SVGs under `<public path>build/img/icons/`; the server serves them there.
window.__grafana_public_path__ = '/public/';

const params = readHostParams(window.location.search);

window.grafanaBootData = {
  assets: { dark: '', light: '' },
  navTree: [],
  settings: {
    appSubUrl: params.appSubUrl,
    appUrl: `${window.location.origin}${params.appSubUrl}/`,
    buildInfo: {
      version: '12.4.2',
      commit: 'sandbox',
      env: 'production',
      edition: 'Open Source',
      latestVersion: '',
      hasUpdate: false,
      hideVersion: false,
    },
    datasources: {},
    defaultDatasource: 'prometheus',
    featureToggles: {},
    exploreEnabled: true,
    panels: {},
    apps: {},
  },
  user: {
    id: 1,
    uid: 'sandbox-admin',
    login: 'admin',
    name: 'Sandbox Admin',
    email: 'admin@localhost',
    isSignedIn: true,
    isGrafanaAdmin: true,
    orgId: params.orgId,
    orgName: 'Main Org.',
    orgRole: 'Admin',
    theme: params.theme,
    timezone: 'browser',
    weekStart: 'browser',
    locale: 'en-US',
    language: 'en-US',
    permissions: {},
  },
};
