/**
 * Where exemplars get lost, by the kind of store the Prometheus data source queries. Grafana's
 * `jsonData.prometheusType` (Prometheus, Cortex, Mimir, Thanos) is the one data source setting that
 * says what the store is; nothing in it says whether a Prometheus scrapes or receives remote write.
 */

/** A store fed by remote write, with the setting that makes it keep exemplars. */
interface RemoteWriteStore {
  name: string;
  /** How exemplars reach it, for the diagnostic's detail. */
  path: string;
  /** Why it holds none though the lines have data: its own exemplar limit, named as in its docs. */
  limitFix: string;
}

/** The writer's side, the same for every store: Prometheus, Alloy/Agent and the OTel Collector default to off. */
export const SEND_EXEMPLARS_FIX =
  'The writer must forward exemplars: set send_exemplars: true in its remote_write section (Prometheus 2.27+, Grafana Alloy or Agent; off by default). Without it the series arrive and the exemplars are dropped without an error.';

const REMOTE_WRITE_STORES: Record<string, RemoteWriteStore> = {
  mimir: {
    name: 'Mimir',
    path: 'It receives them by remote write, which drops exemplars without an error unless both the writer sends them and the store keeps them.',
    limitFix:
      'Mimir keeps no exemplars unless told to: max_global_exemplars_per_user defaults to 0. Set it (e.g. 100000) in the limits of the tenant (limits or runtime overrides).',
  },
  cortex: {
    name: 'Cortex',
    path: 'It receives them by remote write, which drops exemplars without an error unless both the writer sends them and the store keeps them.',
    limitFix:
      'Cortex keeps no exemplars unless told to: the max_exemplars limit (-ingester.max-exemplars) defaults to 0. Set it (e.g. 100000) in limits_config or the tenant overrides.',
  },
  thanos: {
    name: 'Thanos',
    path: 'Thanos Query reads them from its stores: a Thanos Receive fed by remote write, or the Prometheus beside a sidecar.',
    limitFix:
      'Thanos Receive keeps no exemplars unless told to: --tsdb.max-exemplars defaults to 0. Set it (e.g. 100000). With a sidecar instead, the Prometheus beside it needs --enable-feature=exemplar-storage.',
  },
};

/** Mimir, Cortex or Thanos (any case): the store behind the data source receives remote write. */
export function remoteWriteStore(storeType: string | undefined): RemoteWriteStore | undefined {
  return REMOTE_WRITE_STORES[(storeType ?? '').trim().toLowerCase()];
}

/**
 * A Prometheus (or a data source whose type is not set) may scrape or receive remote write; the panel
 * cannot tell, so both paths are named, each with its own settings.
 */
export const PROMETHEUS_FIXES = [
  'Run Prometheus 2.26+ with --enable-feature=exemplar-storage (it keeps up to storage.exemplars.max_exemplars, 100000 by default). A Prometheus that receives remote write (--web.enable-remote-write-receiver) needs the flag itself, and its writer needs send_exemplars: true in remote_write.',
  'Exemplars are only scraped in the OpenMetrics format: the target must serve application/openmetrics-text (e.g. prom-client with Registry.OPENMETRICS_CONTENT_TYPE).',
  'Record exemplars when observing the histogram (a trace_id exemplar label on sampled requests).',
  'Querying Mimir, Cortex or Thanos? Set "Prometheus type" in the data source settings: this advice then names that store\'s exemplar limit (Mimir\'s max_global_exemplars_per_user defaults to 0).',
];
