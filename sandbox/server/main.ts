/**
 * Standalone server: `node sandbox/dist/node/server.mjs [--port N] [--prom URL] [--demo URL] [--host grafana12|grafana13]
 * [--host-dist DIR] [--modules-dir DIR]`.
 * --host grafana13 serves the Grafana 13 / React 19 host (hosts.ts); --host-dist/--modules-dir serve a host built
 * against another node_modules (build.mjs --out/--modules-dir).
 */
import { resolve } from 'node:path';
import { isSandboxHostName, SANDBOX_HOSTS } from './hosts';
import { startSandboxServer } from './server';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

const host = option('--host');
if (host !== undefined && !isSandboxHostName(host)) {
  console.error(`--host must be one of ${Object.keys(SANDBOX_HOSTS).join(', ')}`);
  process.exit(2);
}
const server = await startSandboxServer({
  rootDir: resolve(process.cwd()),
  host,
  port: Number(option('--port') ?? 0),
  promUrl: option('--prom'),
  demoUrl: option('--demo'),
  hostDistDir: option('--host-dist') ? resolve(option('--host-dist') as string) : undefined,
  modulesDir: option('--modules-dir') ? resolve(option('--modules-dir') as string) : undefined,
});
console.log(`sandbox server on ${server.url}`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
