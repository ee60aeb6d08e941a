/**
 * Prometheus configurations for the local stacks, written as JSON (valid YAML) so no YAML library is
 * needed. Mirror stack/prometheus.yml and stack/prometheus-edge.yml, with the demo on 127.0.0.1
 * instead of the compose network.
 */

export interface RemoteWriteTarget {
  /** The receiver's `/api/v1/write` URL. */
  url: string;
  /** `send_exemplars` (Prometheus 2.27+); off is Prometheus' default and the silent-drop case. */
  sendExemplars: boolean;
}

export function prometheusConfig(
  demoTarget: string,
  scrapeIntervalSeconds: number,
  remoteWrite: RemoteWriteTarget[] = []
): string {
  const interval = `${scrapeIntervalSeconds}s`;
  return JSON.stringify(
    {
      global: { scrape_interval: interval, scrape_timeout: interval, evaluation_interval: interval },
      scrape_configs: [
        {
          job_name: 'shop-api',
          metrics_path: '/metrics',
          static_configs: [{ targets: [demoTarget], labels: { env: 'local-stack' } }],
        },
      ],
      ...(remoteWrite.length ? { remote_write: remoteWrite.map(remoteWriteSection) } : {}),
    },
    null,
    2
  );
}

/**
 * Short batch deadline so samples reach the central store about a second after the scrape (the
 * default is 5 s), which keeps the two-tier tests short.
 */
function remoteWriteSection(target: RemoteWriteTarget): object {
  return {
    url: target.url,
    send_exemplars: target.sendExemplars,
    queue_config: { batch_send_deadline: '1s', min_backoff: '100ms', max_backoff: '1s' },
  };
}

/** The central store scrapes nothing: everything it holds arrived by remote write. */
export function centralPrometheusConfig(): string {
  return JSON.stringify({ global: { evaluation_interval: '1s' }, scrape_configs: [] }, null, 2);
}
