/**
 * The hosts the sandbox can serve: the same host source (sandbox/host) bundled by sandbox/build.mjs against two
 * sets of packages. Keep names and folders in step with HOSTS in sandbox/build.mjs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SANDBOX_HOSTS = {
  /** The root's node_modules: @grafana/* 12.x, React 18. */
  grafana12: { distDir: 'sandbox/dist', modulesDir: 'node_modules', install: 'npm ci' },
  /** sandbox/compat's node_modules: @grafana/* 13.x, React 19. */
  grafana13: {
    distDir: 'sandbox/dist/compat',
    modulesDir: 'sandbox/compat/node_modules',
    install: 'npm ci --prefix sandbox/compat',
  },
} as const;

export type SandboxHostName = keyof typeof SANDBOX_HOSTS;

export const DEFAULT_HOST: SandboxHostName = 'grafana12';

export function isSandboxHostName(value: unknown): value is SandboxHostName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SANDBOX_HOSTS, value);
}

/** Absolute folders of one host under the repository root. */
export function hostDirs(rootDir: string, host: SandboxHostName): { hostDistDir: string; modulesDir: string } {
  return {
    hostDistDir: join(rootDir, SANDBOX_HOSTS[host].distDir),
    modulesDir: join(rootDir, SANDBOX_HOSTS[host].modulesDir),
  };
}

/** Why a host cannot be served (packages not installed or bundle not built), or undefined. */
export function hostUnavailable(rootDir: string, host: SandboxHostName): string | undefined {
  const { hostDistDir, modulesDir } = hostDirs(rootDir, host);
  if (!existsSync(join(modulesDir, 'react'))) {
    return `host ${host}: ${SANDBOX_HOSTS[host].modulesDir} is not installed (${SANDBOX_HOSTS[host].install})`;
  }
  if (!existsSync(join(hostDistDir, 'host/main.js'))) {
    return `host ${host}: not built (node sandbox/build.mjs)`;
  }
  return undefined;
}
