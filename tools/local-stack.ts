import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { delay, ManagedProcess, startProcess } from './stack/child-process';
import { ensureDemoBuilt } from './stack/demo-build';
import { freePort } from './stack/free-port';
import { prometheusConfig } from './stack/prometheus-config';
import { queryExemplars, queryRange } from './stack/prometheus-api';

/**
 * The demo service and a real Prometheus (exemplar storage on), both on free ports of 127.0.0.1,
 * for tests and the browser sandbox where Docker is not available.
 */
export interface LocalStack {
  promUrl: string;
  demoUrl: string;
  stop(): Promise<void>;
}

export interface LocalStackOptions {
  /** Prometheus scrape interval; default 1 s. */
  scrapeIntervalSeconds?: number;
  /** Also wait until Prometheus has stored at least one exemplar; default false. */
  waitForExemplars?: boolean;
  /** Upper bound for building, starting and waiting for data; default 90 s. */
  timeoutMs?: number;
}

const REPO_ROOT = resolve(__dirname, '..');
const POLL_INTERVAL_MS = 500;
const METRIC = 'http_server_request_duration_seconds';

export async function startLocalStack(opts: LocalStackOptions = {}): Promise<LocalStack> {
  const scrapeIntervalSeconds = opts.scrapeIntervalSeconds ?? 1;
  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  const demoEntryPoint = ensureDemoBuilt(join(REPO_ROOT, 'demo'));

  const tempDir = mkdtempSync(join(tmpdir(), 'exemplartrace-stack-'));
  const processes: ManagedProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.splice(0).map((child) => child.stop()));
    rmSync(tempDir, { recursive: true, force: true });
  };

  try {
    const [demoPort, promPort] = await Promise.all([freePort(), freePort()]);
    const demoUrl = `http://127.0.0.1:${demoPort}`;
    const promUrl = `http://127.0.0.1:${promPort}`;

    processes.push(startProcess('demo', process.execPath, [demoEntryPoint], demoEnv(demoPort)));
    const configFile = join(tempDir, 'prometheus.yml');
    writeFileSync(configFile, prometheusConfig(`127.0.0.1:${demoPort}`, scrapeIntervalSeconds));
    processes.push(
      startProcess(
        'prometheus',
        process.env.PROMETHEUS_BIN ?? 'prometheus',
        [
          '--enable-feature=exemplar-storage',
          `--config.file=${configFile}`,
          `--storage.tsdb.path=${join(tempDir, 'tsdb')}`,
          `--web.listen-address=127.0.0.1:${promPort}`,
          '--log.level=warn',
        ],
        process.env
      )
    );

    const window = `${Math.max(4 * scrapeIntervalSeconds, 5)}s`;
    const quantileQuery = `histogram_quantile(0.99, sum by (le) (rate(${METRIC}_bucket[${window}])))`;
    await waitFor('histogram_quantile to return data', deadline, processes, () =>
      hasQuantileData(promUrl, quantileQuery)
    );
    if (opts.waitForExemplars) {
      const since = Date.now() / 1000 - 300;
      await waitFor('exemplars to be stored', deadline, processes, async () => {
        const series = await queryExemplars(promUrl, `${METRIC}_bucket`, since, Date.now() / 1000 + 1);
        return series.some((entry) => entry.exemplars.length > 0);
      });
    }
    return { promUrl, demoUrl, stop };
  } catch (error) {
    const output = processes
      .map((child) => `--- ${child.name} (pid ${child.pid}):\n${child.recentOutput()}`)
      .join('\n');
    await stop();
    throw new Error(
      `local stack failed to start: ${error instanceof Error ? error.message : String(error)}\n${output}`
    );
  }
}

function demoEnv(port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOAD_RPS: '40',
    SAMPLE_RATIO: '0.5',
    ERROR_RATE: '0.05',
    TRACE_BUFFER: '20000',
    SERVICE_NAME: 'shop-api',
  };
  // Traces stay in the demo's memory; nothing is exported from tests.
  delete env.OTEL_EXPORTER_OTLP_ENDPOINT;
  delete env.JAEGER_OTLP_ENDPOINT;
  delete env.OTEL_EXPORTER_ZIPKIN_ENDPOINT;
  return env;
}

async function hasQuantileData(promUrl: string, query: string): Promise<boolean> {
  const now = Date.now() / 1000;
  const series = await queryRange(promUrl, query, now - 10, now, 1);
  return series.some((entry) => entry.values.some(([, value]) => Number.isFinite(Number(value))));
}

/** Polls `check` until it returns true; errors while the servers start up count as "not yet". */
async function waitFor(
  what: string,
  deadline: number,
  processes: ManagedProcess[],
  check: () => Promise<boolean>
): Promise<void> {
  const earlyExit = Promise.race(processes.map((child) => child.unexpectedExit));
  let lastError = '';
  while (Date.now() < deadline) {
    const ready = await Promise.race([
      check().catch((error: unknown) => ((lastError = String(error)), false)),
      earlyExit,
    ]);
    if (ready) {
      return;
    }
    await Promise.race([delay(POLL_INTERVAL_MS), earlyExit]);
  }
  throw new Error(`timed out waiting for ${what}${lastError ? ` (last error: ${lastError})` : ''}`);
}
