import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { centralPrometheusConfig, prometheusConfig } from '../tools/stack/prometheus-config';

// Static checks of the docker-compose stack, which cannot run here (no Docker engine): every file
// parses, every referenced path exists, and the pieces agree on names, ports and uids.

const ROOT = resolve(__dirname, '..');
const PANEL_OPTIONS = {
  version: 2,
  query: {
    mode: 'builder',
    datasourceUid: 'prometheus',
    metric: 'http_server_request_duration_seconds',
    quantiles: [0.5, 0.9, 0.99],
    filters: [],
    groupBy: ['route'],
    legendFormat: '',
    exemplars: true,
  },
  // Latency as users read it: a legend table with values, every line in the tooltip (and a log axis, below).
  legend: { showLegend: true, displayMode: 'table', placement: 'bottom', calcs: ['mean', 'max', 'lastNotNull'] },
  tooltip: { mode: 'multi', sort: 'desc' },
};

/** Bind-mount sources the stack creates itself: plugin-builder writes the plugin into ./dist. */
const BUILT_BY_STACK = new Set([resolve(ROOT, 'dist')]);

type Yaml = Record<string, any>;

const readYaml = (path: string): Yaml => load(readFileSync(join(ROOT, path), 'utf8')) as Yaml;
const readJson = (path: string): Yaml => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const hasCommand = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

const compose = readYaml('docker-compose.yaml');
const services: Record<string, Yaml> = compose.services;
const datasources: Yaml[] = readYaml('provisioning/datasources/datasources.yml').datasources;
const dashboard = readJson('provisioning/dashboards/dashboard.json');
const pluginId: string = readJson('src/plugin.json').id;

/** Host side of a short-syntax bind mount, or undefined for named volumes. */
function bindSource(volume: string): string | undefined {
  const source = volume.split(':')[0];
  return source.startsWith('.') || source.startsWith('/') ? source : undefined;
}

/** Checks a service's build context, Dockerfile and bind mounts, resolved against `baseDir`. */
function missingPaths(service: Yaml, baseDir: string): string[] {
  const paths: string[] = [];
  if (service.build) {
    const context = typeof service.build === 'string' ? service.build : service.build.context;
    paths.push(context, join(context, (typeof service.build === 'object' && service.build.dockerfile) || 'Dockerfile'));
  }
  for (const volume of service.volumes ?? []) {
    const source = typeof volume === 'string' ? bindSource(volume) : volume.type === 'bind' ? volume.source : undefined;
    if (source) {
      paths.push(source);
    }
  }
  return paths
    .map((path) => (isAbsolute(path) ? path : resolve(baseDir, path)))
    .filter((path) => !existsSync(path) && !BUILT_BY_STACK.has(path));
}

describe('Prometheus configuration', () => {
  it('passes promtool check config (compose configs and the ones tools/ generates)', () => {
    const tempDir = mkdtempSync(join(tmpdir(), 'exemplartrace-promtool-'));
    try {
      const generated = [
        ['local-stack.yml', prometheusConfig('127.0.0.1:8080', 1)],
        [
          'remote-write-edge.yml',
          prometheusConfig('127.0.0.1:8080', 1, [{ url: 'http://127.0.0.1:9091/api/v1/write', sendExemplars: true }]),
        ],
        ['remote-write-central.yml', centralPrometheusConfig()],
      ].map(([name, text]) => {
        writeFileSync(join(tempDir, name), text);
        return join(tempDir, name);
      });
      const files = readdirSync(join(ROOT, 'stack'))
        .filter((name) => /^prometheus.*\.ya?ml$/.test(name))
        .map((name) => join(ROOT, 'stack', name));
      expect(files.length).toBeGreaterThanOrEqual(3);
      for (const file of [...files, ...generated]) {
        const result = spawnSync('promtool', ['check', 'config', file], { encoding: 'utf8' });
        expect({ file, status: result.status, output: result.stderr }).toEqual({
          file,
          status: 0,
          output: expect.any(String),
        });
      }
    } finally {
      rmSync(tempDir, { recursive: true, force: true });
    }
  });

  it('scrapes the demo service every 1–5 s on the port it listens on', () => {
    const job = readYaml('stack/prometheus.yml').scrape_configs.find((config: Yaml) => config.job_name === 'shop-api');
    expect(parseInt(job.scrape_interval, 10)).toBeGreaterThanOrEqual(1);
    expect(parseInt(job.scrape_interval, 10)).toBeLessThanOrEqual(5);
    expect(job.static_configs[0].targets).toEqual([`demo:${services.demo.environment.PORT}`]);
  });
});

describe('docker-compose.yaml', () => {
  const composeBinary = hasCommand('docker-compose') ? it : it.skip;

  composeBinary(
    'is accepted by docker-compose config, with and without the tracing-alt and remote-write profiles',
    () => {
      for (const args of [[], ['--profile', 'tracing-alt'], ['--profile', 'remote-write']]) {
        const result = spawnSync('docker-compose', ['-f', 'docker-compose.yaml', ...args, 'config', '-q'], {
          cwd: ROOT,
          encoding: 'utf8',
        });
        expect({ args, status: result.status, stderr: result.stderr }).toEqual({ args, status: 0, stderr: '' });
      }
    }
  );

  it('references only files that exist (build contexts, Dockerfiles, bind mounts, extended files)', () => {
    const missing: string[] = [];
    for (const service of Object.values(services)) {
      missing.push(...missingPaths(service, ROOT));
      if (service.extends?.file) {
        const baseFile = resolve(ROOT, service.extends.file);
        expect(existsSync(baseFile)).toBe(true);
        const base = load(readFileSync(baseFile, 'utf8')) as Yaml;
        missing.push(...missingPaths(base.services[service.extends.service], dirname(baseFile)));
      }
    }
    expect(missing).toEqual([]);
  });

  it('pins every image to a version', () => {
    const images = Object.values(services)
      .map((service) => service.image)
      .filter(Boolean);
    expect(images.length).toBeGreaterThanOrEqual(5);
    for (const image of images) {
      expect(image).toMatch(/:v?\d+\.\d+(\.\d+)?[\w.-]*$/);
    }
  });

  it('builds the plugin inside the stack before Grafana starts', () => {
    expect(services['plugin-builder'].command.join(' ')).toContain('npm run build');
    expect(services.grafana.depends_on['plugin-builder']).toEqual({ condition: 'service_completed_successfully' });
    // The builder writes ./dist, which the scaffold mounts as the plugin directory.
    expect(services['plugin-builder'].volumes).toContain('.:/src');
    const base = readYaml('.config/docker-compose-base.yaml');
    expect(base.services.grafana.volumes).toContain(`../dist:/var/lib/grafana/plugins/${pluginId}`);
    expect(base.services.grafana.volumes).toContain('../provisioning:/etc/grafana/provisioning');
  });

  it('runs Prometheus with exemplar storage and the demo exporting OTLP to the port Tempo receives on', () => {
    expect(services.prometheus.command).toContain('--enable-feature=exemplar-storage');
    const tempoConfigMount = services.tempo.volumes.find((volume: string) => volume.endsWith(':/etc/tempo.yaml:ro'));
    const tempo = readYaml(bindSource(tempoConfigMount)!);
    const otlpHttp: string = tempo.distributor.receivers.otlp.protocols.http.endpoint;
    const otlpPort = otlpHttp.split(':').pop();
    expect(otlpHttp.startsWith('0.0.0.0:')).toBe(true);
    expect(services.demo.environment.OTEL_EXPORTER_OTLP_ENDPOINT).toBe(`http://tempo:${otlpPort}`);
    expect(services.demo.depends_on).toContain('tempo');
  });

  it('puts Jaeger and Zipkin under the tracing-alt profile only', () => {
    expect(services.jaeger.profiles).toEqual(['tracing-alt']);
    expect(services.zipkin.profiles).toEqual(['tracing-alt']);
    for (const name of ['grafana', 'prometheus', 'tempo', 'demo', 'plugin-builder']) {
      expect(services[name].profiles).toBeUndefined();
    }
  });
});

describe('docker-compose.yaml, remote-write profile', () => {
  const edge = services['prometheus-edge'];
  const central = services['prometheus-central'];
  const mountedConfig = (service: Yaml) =>
    readYaml(bindSource(service.volumes.find((v: string) => v.endsWith(':/etc/prometheus/prometheus.yml:ro')))!);

  it('runs the edge and the central store under the remote-write profile only', () => {
    expect(edge.profiles).toEqual(['remote-write']);
    expect(central.profiles).toEqual(['remote-write']);
    expect(edge.depends_on).toEqual(expect.arrayContaining(['demo', 'prometheus-central']));
  });

  it('the edge scrapes the demo, stores exemplars and remote-writes them (send_exemplars) to the central receiver', () => {
    expect(edge.command).toContain('--enable-feature=exemplar-storage');
    const config = mountedConfig(edge);
    const job = config.scrape_configs.find((c: Yaml) => c.job_name === 'shop-api');
    expect(job.static_configs[0].targets).toEqual([`demo:${services.demo.environment.PORT}`]);
    expect(config.remote_write).toHaveLength(1);
    const [target] = config.remote_write;
    expect(target.send_exemplars).toBe(true);
    expect(parseInt(target.queue_config.batch_send_deadline, 10)).toBeLessThanOrEqual(5);
    const url = new URL(target.url);
    expect([url.hostname, url.port, url.pathname]).toEqual(['prometheus-central', '9090', '/api/v1/write']);
  });

  it('the central store receives remote write, keeps exemplars and scrapes nothing itself', () => {
    expect(central.command).toEqual(
      expect.arrayContaining(['--web.enable-remote-write-receiver', '--enable-feature=exemplar-storage'])
    );
    const config = mountedConfig(central);
    expect(config.scrape_configs ?? []).toEqual([]);
    expect(config.storage.exemplars.max_exemplars).toBeGreaterThan(0);
    // Its own port on the host, beside the scraping Prometheus.
    expect(central.ports).toEqual(['9091:9090']);
  });

  it('provisions a data source on the central store that links exemplars to Tempo', () => {
    const datasource = datasources.find((d) => d.uid === 'prometheus-central')!;
    expect(datasource).toMatchObject({ type: 'prometheus', url: 'http://prometheus-central:9090' });
    expect(datasource.jsonData.prometheusType).toBe('Prometheus');
    expect(datasource.jsonData.exemplarTraceIdDestinations).toEqual([{ name: 'trace_id', datasourceUid: 'tempo' }]);
  });
});

describe('provisioning', () => {
  const uids = new Set(datasources.map((datasource) => datasource.uid));
  const typeByUid = new Map(datasources.map((datasource) => [datasource.uid, datasource.type]));

  it('provisions Prometheus (scraping and central), Tempo, Jaeger and Zipkin with fixed uids, pointing at compose services', () => {
    expect(Object.fromEntries(typeByUid)).toEqual({
      prometheus: 'prometheus',
      'prometheus-central': 'prometheus',
      tempo: 'tempo',
      jaeger: 'jaeger',
      zipkin: 'zipkin',
    });
    for (const datasource of datasources) {
      const host = new URL(datasource.url).hostname;
      expect(Object.keys(services)).toContain(host);
    }
  });

  it('links Prometheus exemplars by trace_id to data sources that exist', () => {
    const destinations: Yaml[] = datasources.find((datasource) => datasource.uid === 'prometheus')!.jsonData
      .exemplarTraceIdDestinations;
    expect(destinations).toEqual([{ name: 'trace_id', datasourceUid: 'tempo' }]);
    for (const destination of destinations) {
      expect(uids.has(destination.datasourceUid)).toBe(true);
    }
  });

  it('has a dashboard provider reading the mounted dashboards folder', () => {
    const provider = readYaml('provisioning/dashboards/default.yaml').providers[0];
    expect(provider.type).toBe('file');
    expect(provider.options.path).toBe('/etc/grafana/provisioning/dashboards');
    expect(existsSync(join(ROOT, 'provisioning/dashboards/dashboard.json'))).toBe(true);
  });

  it('uses only provisioned data sources in the dashboard', () => {
    const referenced = dashboard.panels.flatMap((panel: Yaml) => [
      panel.datasource,
      ...panel.targets.map((target: Yaml) => target.datasource),
    ]);
    for (const datasource of referenced) {
      expect(typeByUid.get(datasource.uid)).toBe(datasource.type);
    }
  });

  it('shows the Exemplar Trace panel (type = plugin id) on the demo metric with exemplars', () => {
    const panel = dashboard.panels.find((candidate: Yaml) => candidate.type === pluginId);
    expect(panel).toBeDefined();
    expect(panel.options).toEqual(PANEL_OPTIONS);
    expect(panel.fieldConfig.defaults.custom.scaleDistribution).toEqual({ type: 'log', log: 10 });
    expect(panel.targets[0]).toMatchObject({ datasource: { type: 'prometheus', uid: 'prometheus' }, exemplar: true });
  });

  it("compares with Grafana's Time series panel on the same histogram_quantile query with exemplars", () => {
    const exemplarPanel = dashboard.panels.find((candidate: Yaml) => candidate.type === pluginId);
    const timeseries = dashboard.panels.find((candidate: Yaml) => candidate.type === 'timeseries');
    expect(timeseries).toBeDefined();
    const withExemplars = timeseries.targets.filter((target: Yaml) => target.exemplar === true);
    expect(withExemplars.map((target: Yaml) => target.expr)).toEqual([exemplarPanel.targets[0].expr]);
    expect(exemplarPanel.targets[0].expr).toMatch(
      /^histogram_quantile\(0\.99, sum by \(le, route\) \(rate\(http_server_request_duration_seconds_bucket\[\$__rate_interval\]\)\)\)$/
    );
  });
});
