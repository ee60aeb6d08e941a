/**
 * Prometheus configuration for the local stack, written as JSON (valid YAML) so no YAML library is
 * needed. Mirrors stack/prometheus.yml, with the demo on 127.0.0.1 instead of the compose network.
 */
export function prometheusConfig(demoTarget: string, scrapeIntervalSeconds: number): string {
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
    },
    null,
    2
  );
}
