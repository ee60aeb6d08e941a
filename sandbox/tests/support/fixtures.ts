/* eslint-disable react-hooks/rules-of-hooks -- Playwright fixtures receive a `use` callback, not a React hook */
/**
 * Test fixtures for sandbox specs:
 * - `sandboxHost`: (worker option, set per Playwright project) which host serves the plugin: `grafana12`
 *   (@grafana/* 12, React 18) or `grafana13` (@grafana/* 13, React 19); see sandbox/server/hosts.ts;
 * - `sandbox`: a SandboxPage on the shared fixture-mode server of that host;
 * - `consoleErrors`: collects console.error and page errors; every test fails if any were logged;
 * - `liveSandbox`: (worker scope) the local stack (demo + real Prometheus) and a sandbox server of that host
 *   proxying to it.
 */
import { test as base, expect } from '@playwright/test';
import { resolve } from 'node:path';
import { DEFAULT_HOST, hostUnavailable, type SandboxHostName } from '../../server/hosts';
import { startSandboxServer } from '../../server/server';
import { liveModeUnavailable, startLiveStack } from '../../scripts/liveStack';
import { hostUrlVariable } from './hostUrls';
import { SandboxPage } from './sandboxPage';

const ROOT_DIR = resolve(__dirname, '../../..');

interface LiveSandbox {
  url: string;
  promUrl: string;
  demoUrl: string;
  /** When the stack started (ms since the epoch): how much history Prometheus can have. */
  startedAtMs: number;
}

interface TestFixtures {
  consoleErrors: string[];
  sandbox: SandboxPage;
  liveSandboxPage: SandboxPage;
}

interface WorkerFixtures {
  sandboxHost: SandboxHostName;
  liveSandbox: LiveSandbox;
}

/** Why live specs cannot run on this machine, or undefined. */
export function liveUnavailableReason(): string | undefined {
  return liveModeUnavailable(ROOT_DIR);
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') {
          errors.push(message.text());
        }
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      // Chrome's "Failed to load resource" console error does not name the URL; the response does.
      page.on('response', (response) => {
        if (response.status() >= 400) {
          errors.push(`HTTP ${response.status()} ${response.url()}`);
        }
      });
      await use(errors);
      expect(errors, 'console errors and page errors').toEqual([]);
    },
    { auto: true },
  ],
  sandboxHost: [DEFAULT_HOST, { scope: 'worker', option: true }],
  sandbox: async ({ page, sandboxHost }, use) => {
    const variable = hostUrlVariable(sandboxHost);
    const url = process.env[variable];
    if (!url) {
      const why = process.env[`${variable}_UNAVAILABLE`];
      throw new Error(
        why ?? `${variable} is not set: run with -c sandbox/playwright.config.ts (its globalSetup starts the server)`
      );
    }
    await use(new SandboxPage(page, url));
  },
  liveSandbox: [
    async ({ sandboxHost }, use) => {
      // Worker-scoped and lazy: only live specs pay for the demo build and Prometheus, once per worker.
      const unavailable = hostUnavailable(ROOT_DIR, sandboxHost);
      if (unavailable) {
        throw new Error(unavailable);
      }
      const startedAtMs = Date.now();
      const stack = await startLiveStack(ROOT_DIR);
      const server = await startSandboxServer({
        rootDir: ROOT_DIR,
        host: sandboxHost,
        promUrl: stack.promUrl,
        demoUrl: stack.demoUrl,
      });
      try {
        await use({ url: server.url, promUrl: stack.promUrl, demoUrl: stack.demoUrl, startedAtMs });
      } finally {
        await server.close();
        await stack.stop();
      }
    },
    { scope: 'worker', timeout: 150_000 },
  ],
  liveSandboxPage: async ({ page, liveSandbox }, use) => {
    await use(new SandboxPage(page, liveSandbox.url));
  },
});

export { expect };
