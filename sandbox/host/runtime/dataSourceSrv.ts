/** A DataSourceSrv over the sandbox's data source instances: lookup by uid, name, ref or default. */
import type { DataSourceApi, DataSourceInstanceSettings, DataSourceRef, ScopedVars } from '@grafana/data';
import type { DataSourceSrv, GetDataSourceListFilters, RuntimeDataSourceRegistration } from '@grafana/runtime';

export interface RegisteredDataSource {
  settings: DataSourceInstanceSettings;
  instance: DataSourceApi;
}

export class SandboxDataSourceSrv implements DataSourceSrv {
  private readonly sources: RegisteredDataSource[];

  constructor(sources: RegisteredDataSource[]) {
    this.sources = [...sources];
  }

  async get(ref?: DataSourceRef | string | null, _scopedVars?: ScopedVars): Promise<DataSourceApi> {
    const found = this.find(ref);
    if (!found) {
      throw new Error(`Datasource ${JSON.stringify(ref)} was not found`);
    }
    return found.instance;
  }

  getInstanceSettings(
    ref?: DataSourceRef | string | null,
    _scopedVars?: ScopedVars
  ): DataSourceInstanceSettings | undefined {
    return this.find(ref)?.settings;
  }

  getList(filters: GetDataSourceListFilters = {}): DataSourceInstanceSettings[] {
    return this.sources
      .map((source) => source.settings)
      .filter((settings) => {
        if (filters.tracing && !settings.meta.tracing) {
          return false;
        }
        if (filters.metrics && !settings.meta.metrics) {
          return false;
        }
        if (filters.type && ![filters.type].flat().includes(settings.type)) {
          return false;
        }
        if (filters.pluginId && settings.type !== filters.pluginId) {
          return false;
        }
        return filters.filter ? filters.filter(settings) : true;
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  reload(): void {
    // Settings are static for a sandbox page.
  }

  registerRuntimeDataSource(entry: RuntimeDataSourceRegistration): void {
    const instance = entry.dataSource as unknown as DataSourceApi;
    this.sources.push({ settings: this.settingsOf(instance), instance });
  }

  private settingsOf(instance: DataSourceApi): DataSourceInstanceSettings {
    return {
      ...(instance as unknown as { instanceSettings: DataSourceInstanceSettings }).instanceSettings,
      uid: instance.uid,
      type: instance.type,
      name: instance.name,
    };
  }

  private find(ref?: DataSourceRef | string | null): RegisteredDataSource | undefined {
    if (ref === undefined || ref === null || ref === 'default') {
      return this.sources.find((source) => source.settings.isDefault) ?? this.sources[0];
    }
    const key = typeof ref === 'string' ? ref : (ref.uid ?? '');
    return this.sources.find((source) => source.settings.uid === key || source.settings.name === key);
  }
}
