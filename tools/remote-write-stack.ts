import { join, resolve } from 'node:path';
import { startProcess } from './stack/child-process';
import { demoEnv } from './stack/demo-env';
import { ensureDemoBuilt } from './stack/demo-build';
import { freePort } from './stack/free-port';
import { centralPrometheusConfig, prometheusConfig } from './stack/prometheus-config';
import { startPrometheus } from './stack/prometheus-process';
import { hasExemplars, hasQuantileData, p99Query } from './stack/readiness';
import { withStackSession } from './stack/stack-session';
import { waitFor } from './stack/wait-for';

/** One central store the edge remote-writes to. */
export interface CentralStoreOptions {
  name: string;
  /** The edge's `send_exemplars` for this store; default true. False: the writer's silent drop. */
  sendExemplars?: boolean;
  /** The store's exemplar storage; default true. False: the store's silent drop. */
  exemplarStorage?: boolean;
}

/**
 * The scale-out shape on 127.0.0.1: the demo, scraped by an edge Prometheus that remote-writes to
 * central Prometheus servers (remote-write receiver on). The panel queries a central one, as Grafana
 * would query Mimir; the edge stays reachable to compare against.
 */
export interface RemoteWriteStack {
  demoUrl: string;
  /** The scraping Prometheus. */
  edgeUrl: string;
  /** Each central store's URL by name; they scrape nothing themselves. */
  centralUrls: Record<string, string>;
  stop(): Promise<void>;
}

export interface RemoteWriteStackOptions {
  /**
   * The central stores; default one, `central`, that keeps exemplars. Several share one demo and one
   * edge (one `remote_write` entry each), which is much cheaper than a stack per case.
   */
  centrals?: CentralStoreOptions[];
  /** Edge scrape interval; default 1 s. */
  scrapeIntervalSeconds?: number;
  /** Upper bound for building, starting and waiting for data; default 90 s. */
  timeoutMs?: number;
}

const REPO_ROOT = resolve(__dirname, '..');

/**
 * Resolves when the edge holds exemplars, every central store answers quantiles, and those whose
 * settings let exemplars through hold some.
 */
export async function startRemoteWriteStack(opts: RemoteWriteStackOptions = {}): Promise<RemoteWriteStack> {
  const centrals = (opts.centrals ?? [{ name: 'central' }]).map((c) => ({
    name: c.name,
    sendExemplars: c.sendExemplars ?? true,
    exemplarStorage: c.exemplarStorage ?? true,
  }));
  const scrapeIntervalSeconds = opts.scrapeIntervalSeconds ?? 1;
  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  const demoEntryPoint = ensureDemoBuilt(join(REPO_ROOT, 'demo'));

  return withStackSession('remote-write stack', async ({ tempDir, processes, stop }) => {
    const [demoPort, edgePort, ...centralPorts] = await Promise.all([
      freePort(),
      freePort(),
      ...centrals.map(() => freePort()),
    ]);
    const demoUrl = `http://127.0.0.1:${demoPort}`;
    const edgeUrl = `http://127.0.0.1:${edgePort}`;
    const centralUrls = Object.fromEntries(centrals.map((c, i) => [c.name, `http://127.0.0.1:${centralPorts[i]}`]));

    // Receivers first, so the edge's first batches do not land on closed ports and back off.
    centrals.forEach((c, i) =>
      processes.push(
        startPrometheus({
          name: `central-${c.name}`,
          dir: tempDir,
          port: centralPorts[i],
          config: centralPrometheusConfig(),
          exemplarStorage: c.exemplarStorage,
          remoteWriteReceiver: true,
        })
      )
    );
    processes.push(startProcess('demo', process.execPath, [demoEntryPoint], demoEnv(demoPort)));
    const remoteWrite = centrals.map((c) => ({
      url: `${centralUrls[c.name]}/api/v1/write`,
      sendExemplars: c.sendExemplars,
    }));
    // A Prometheus sends only the exemplars it stored itself: the edge always keeps them.
    const edgeConfig = prometheusConfig(`127.0.0.1:${demoPort}`, scrapeIntervalSeconds, remoteWrite);
    processes.push(
      startPrometheus({ name: 'edge', dir: tempDir, port: edgePort, config: edgeConfig, exemplarStorage: true })
    );

    const quantileQuery = p99Query(scrapeIntervalSeconds);
    await waitFor('the edge to store exemplars', deadline, processes, () => hasExemplars(edgeUrl));
    for (const c of centrals) {
      const url = centralUrls[c.name];
      await waitFor(`histogram_quantile on central store ${c.name}`, deadline, processes, () =>
        hasQuantileData(url, quantileQuery)
      );
      if (c.sendExemplars && c.exemplarStorage) {
        await waitFor(`exemplars on central store ${c.name}`, deadline, processes, () => hasExemplars(url));
      }
    }
    return { demoUrl, edgeUrl, centralUrls, stop };
  });
}
