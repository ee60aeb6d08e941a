import { join, resolve } from 'node:path';
import { startProcess } from './stack/child-process';
import { demoEnv } from './stack/demo-env';
import { ensureDemoBuilt } from './stack/demo-build';
import { freePort } from './stack/free-port';
import { prometheusConfig } from './stack/prometheus-config';
import { startPrometheus } from './stack/prometheus-process';
import { hasExemplars, hasQuantileData, p99Query } from './stack/readiness';
import { withStackSession } from './stack/stack-session';
import { waitFor } from './stack/wait-for';

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
  /** Demo settings over the stack's (`demoEnv`), e.g. more load for a test that needs many slow requests. */
  demoEnv?: Record<string, string>;
}

const REPO_ROOT = resolve(__dirname, '..');

export async function startLocalStack(opts: LocalStackOptions = {}): Promise<LocalStack> {
  const scrapeIntervalSeconds = opts.scrapeIntervalSeconds ?? 1;
  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  const demoEntryPoint = ensureDemoBuilt(join(REPO_ROOT, 'demo'));

  return withStackSession('local stack', async ({ tempDir, processes, stop }) => {
    const [demoPort, promPort] = await Promise.all([freePort(), freePort()]);
    const demoUrl = `http://127.0.0.1:${demoPort}`;
    const promUrl = `http://127.0.0.1:${promPort}`;

    processes.push(startProcess('demo', process.execPath, [demoEntryPoint], { ...demoEnv(demoPort), ...opts.demoEnv }));
    processes.push(
      startPrometheus({
        name: 'prometheus',
        dir: tempDir,
        port: promPort,
        config: prometheusConfig(`127.0.0.1:${demoPort}`, scrapeIntervalSeconds),
        exemplarStorage: true,
      })
    );

    const quantileQuery = p99Query(scrapeIntervalSeconds);
    await waitFor('histogram_quantile to return data', deadline, processes, () =>
      hasQuantileData(promUrl, quantileQuery)
    );
    if (opts.waitForExemplars) {
      await waitFor('exemplars to be stored', deadline, processes, () => hasExemplars(promUrl));
    }
    return { promUrl, demoUrl, stop };
  });
}
