import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INSTALL_TIMEOUT_MS = 5 * 60_000;
const BUILD_TIMEOUT_MS = 2 * 60_000;

/**
 * Installs the demo's own dependencies when missing or older than its lockfile (a fresh clone only ran
 * `npm ci` at the root) and compiles it when `dist/` is older than `src/`. Returns the entry point.
 */
export function ensureDemoBuilt(demoDir: string): string {
  const installedLock = join(demoDir, 'node_modules', '.package-lock.json');
  if (
    !existsSync(installedLock) ||
    statSync(join(demoDir, 'package-lock.json')).mtimeMs > statSync(installedLock).mtimeMs
  ) {
    run('npm', ['ci', '--prefix', demoDir, '--no-audit', '--no-fund'], INSTALL_TIMEOUT_MS);
  }
  const entryPoint = join(demoDir, 'dist', 'main.js');
  if (!existsSync(entryPoint) || statSync(entryPoint).mtimeMs < newestMtime(join(demoDir, 'src'))) {
    const tsc = join(demoDir, 'node_modules', 'typescript', 'bin', 'tsc');
    run(process.execPath, [tsc, '-p', join(demoDir, 'tsconfig.json')], BUILD_TIMEOUT_MS);
  }
  return entryPoint;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function run(command: string, args: string[], timeoutMs: number): void {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`
    );
  }
}
