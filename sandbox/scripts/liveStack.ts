/**
 * Starts the local stack (demo service + real Prometheus) through tools/local-stack.ts, which the
 * sandbox build bundles to dist/node/local-stack.cjs when it exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface LocalStack {
  promUrl: string;
  demoUrl: string;
  stop(): Promise<void> | void;
}

interface LocalStackModule {
  startLocalStack(opts?: {
    scrapeIntervalSeconds?: number;
    waitForExemplars?: boolean;
    timeoutMs?: number;
  }): Promise<LocalStack>;
}

/** The binary tools/local-stack.ts starts: `PROMETHEUS_BIN`, else `prometheus` on the PATH. */
function prometheusBinary(): string {
  return process.env.PROMETHEUS_BIN ?? 'prometheus';
}

function prometheusInstalled(): boolean {
  return spawnSync(prometheusBinary(), ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Why live mode cannot run here, or undefined when it can. */
export function liveModeUnavailable(rootDir: string): string | undefined {
  if (!prometheusInstalled()) {
    return `the Prometheus binary (${prometheusBinary()}) is not installed: install the Debian package prometheus (sudo apt-get install -y prometheus), or set PROMETHEUS_BIN to its path`;
  }
  if (!existsSync(join(rootDir, 'sandbox/dist/node/local-stack.cjs'))) {
    return 'tools/local-stack.ts is not in this checkout yet (or the sandbox was built before it landed)';
  }
  return undefined;
}

export async function startLiveStack(rootDir: string): Promise<LocalStack> {
  const load = createRequire(join(rootDir, 'package.json'));
  const module = load(join(rootDir, 'sandbox/dist/node/local-stack.cjs')) as LocalStackModule;
  return module.startLocalStack({ scrapeIntervalSeconds: 1, waitForExemplars: true, timeoutMs: 90_000 });
}
