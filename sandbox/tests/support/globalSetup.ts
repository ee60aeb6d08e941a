/**
 * Builds what the browser tests load (the plugin when dist/ is stale, the hosts, the scenarios) and starts one
 * sandbox server per host for fixture-mode specs; their URLs reach the workers through SANDBOX_URL (grafana12)
 * and SANDBOX_URL_GRAFANA13. A host whose packages are not installed gets no server; its project's tests then
 * fail with the reason (SANDBOX_URL_…_UNAVAILABLE) instead of being skipped.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { hostUnavailable, SANDBOX_HOSTS, type SandboxHostName } from '../../server/hosts';
import { startSandboxServer, type SandboxServer } from '../../server/server';
import { hostUrlVariable } from './hostUrls';

export const ROOT_DIR = resolve(__dirname, '../../..');

export default async function globalSetup(): Promise<() => Promise<void>> {
  const build = spawnSync(process.execPath, ['sandbox/build.mjs', '--ensure-plugin'], {
    cwd: ROOT_DIR,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    throw new Error('sandbox build failed');
  }
  const servers: SandboxServer[] = [];
  for (const host of Object.keys(SANDBOX_HOSTS) as SandboxHostName[]) {
    const variable = hostUrlVariable(host);
    const reason = hostUnavailable(ROOT_DIR, host);
    if (reason) {
      process.env[`${variable}_UNAVAILABLE`] = reason;
      continue;
    }
    const server = await startSandboxServer({ rootDir: ROOT_DIR, host });
    servers.push(server);
    process.env[variable] = server.url;
  }
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
