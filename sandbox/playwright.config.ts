/**
 * Browser tests against the sandbox: the built dist/module.js in Debian's Chromium (playwright-core cannot
 * download browsers here). `npx playwright test -c sandbox/playwright.config.ts`.
 *
 * Two projects, one per host (sandbox/server/hosts.ts), run the same specs against the same dist/module.js:
 * - `grafana12-react18`: the root's @grafana/* 12.x and React 18;
 * - `grafana13-react19`: sandbox/compat's @grafana/* 13.x and React 19 (`npm ci --prefix sandbox/compat`).
 * One host only: `--project grafana12-react18`. Specs that never open a page run in the first project only, and
 * the data-variation specs (below) on the first host only.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';
import type { SandboxHostName } from './server/hosts';

/** Specs that test Node code only (no page, no host): running them once is enough. */
const NODE_ONLY_SPECS = [/[\\/]frames\.spec\.ts$/, /[\\/]cli(-args|-docs)?\.spec\.ts$/, /[\\/]dist-licence\.spec\.ts$/];

/**
 * Specs that vary the data through components other specs already render: every diagnostic's text, every failure
 * mode, the recorded back ends, the dense and soak runs, and the region run on live data (the region
 * spec covers its surface on both hosts). They test the domain and the messages, not
 * the host, so they run on the Grafana 12 host only; the Grafana 13 / React 19 host runs every spec that covers a
 * surface of the panel (chart, tooltip, drawer, region, URL state, editors, viewer, options, dashboard path,
 * Prometheus front end, security, hosts) and the paint timings. This halves the second project's time in CI.
 */
const DATA_VARIATION_SPECS = [
  /[\\/]panel-diagnostics\.spec\.ts$/,
  /[\\/]failures\.spec\.ts$/,
  /[\\/]fixture-mode\.spec\.ts$/,
  /[\\/]remote-write\.spec\.ts$/,
  /[\\/]traces-real\.spec\.ts$/,
  /[\\/]panel-dense\.spec\.ts$/,
  /[\\/]soak\.spec\.ts$/,
  /[\\/]region-live\.spec\.ts$/,
];

export default defineConfig<object, { sandboxHost: SandboxHostName }>({
  testDir: './tests',
  testMatch: /.*\.spec\.ts$/,
  outputDir: '../test-results/sandbox-playwright',
  globalSetup: './tests/support/globalSetup.ts',
  fullyParallel: false,
  workers: 2,
  // One retry on CI, as Grafana's plugin scaffold does (it has two): a browser test on a loaded shared machine can
  // miss a timeout once. A test that passes only on retry is still named as FLAKY in the run's log.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1400, height: 800 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'grafana12-react18', use: { sandboxHost: 'grafana12' } },
    {
      name: 'grafana13-react19',
      use: { sandboxHost: 'grafana13' },
      testIgnore: [...NODE_ONLY_SPECS, ...DATA_VARIATION_SPECS],
    },
  ],
});
