// Runs the checks and every test suite, then prints "N passed, N failed[, N skipped]" summed over all suites.
// A suite is skipped only when its config file does not exist yet; a failing step fails the run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });

/**
 * Steps that must pass but count no tests. Each is mostly one busy thread (tsc, eslint, levitate) and writes nothing
 * the others read, so they run two at a time (one per core of a CI machine), the longest first.
 */
const CHECK_LANES = 2;
const checks = [
  // Static compatibility (README "Compatibility"): @grafana/levitate plus tsc of src/module.ts against the lowest
  // Grafana that src/plugin.json claims and against the 13.x set of sandbox/compat (React 19 types).
  ['levitate lowest', 'node', ['scripts/levitate-check.mjs', '--target', 'lowest']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['levitate latest', 'node', ['scripts/levitate-check.mjs', '--target', 'latest']],
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  // Writes dist/, which lint, knip and levitate ignore; the test suites below need it.
  ['build', 'npm', ['run', '-s', 'build']],
  // Dead exports, files and dependencies (knip.json says what is an entry point and why anything is ignored).
  ['knip', 'npx', ['knip', '--no-progress']],
];

/** Test suites: `kind` says how to read the counts from `report`. */
const suites = [
  {
    name: 'unit',
    config: 'jest.config.js',
    kind: 'jest',
    report: `${resultsDir}/jest-unit.json`,
    // Jest's default is one worker per core minus one: on a 2-core CI machine that is a single worker, and the
    // unit suite is CPU-bound, so use every core.
    cmd: [
      'npx',
      'jest',
      '--ci',
      '-c',
      'jest.config.js',
      '--maxWorkers=100%',
      '--json',
      `--outputFile=${resultsDir}/jest-unit.json`,
    ],
  },
  {
    name: 'integration',
    config: 'jest.integration.config.js',
    kind: 'jest',
    report: `${resultsDir}/jest-integration.json`,
    cmd: [
      'npx',
      'jest',
      '--ci',
      '-c',
      'jest.integration.config.js',
      '--runInBand',
      '--json',
      `--outputFile=${resultsDir}/jest-integration.json`,
    ],
  },
  {
    name: 'browser',
    config: 'sandbox/playwright.config.ts',
    kind: 'playwright',
    report: `${resultsDir}/browser.json`,
    cmd: ['npx', 'playwright', 'test', '-c', 'sandbox/playwright.config.ts', '--reporter=list,json'],
    // Absolute: Playwright resolves a relative name against the config's folder, not the working directory.
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: resolve(resultsDir, 'browser.json') },
  },
];

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${name}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function readCounts(kind, file) {
  if (!existsSync(file)) {
    return null;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (kind === 'jest') {
    // A suite that failed to load counts as one failure even though it ran no test.
    const brokenSuites = report.testResults.filter(
      (r) => r.status === 'failed' && r.assertionResults.length === 0
    ).length;
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + brokenSuites,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  }
  const stats = report.stats;
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    skipped: stats.skipped,
    flaky: flakyTitles(report.suites ?? []),
  };
}

/** Playwright tests that failed first and passed on a retry: counted as passed, and always named in the log. */
function flakyTitles(suites, path = []) {
  const titles = [];
  for (const suite of suites) {
    const inner = suite.title && !suite.title.endsWith('.ts') ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'flaky') {
          titles.push(`[${test.projectName}] ${[...inner, spec.title].join(' › ')} (${spec.file})`);
        }
      }
    }
    titles.push(...flakyTitles(suite.suites ?? [], inner));
  }
  return titles;
}

/** Like `run`, but with the output held back and printed in one piece when the step ends (steps overlap). */
function runBuffered(name, cmd, args) {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const finish = (status) => {
      console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
      process.stdout.write(Buffer.concat(output));
      console.log(`=== ${name}: exit ${status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolvePromise(status === 0);
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      finish(null);
    });
    child.on('close', finish);
  });
}

async function runChecks() {
  const queue = [...checks];
  const results = [];
  const lane = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) {
      results.push(await runBuffered(...step));
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: CHECK_LANES }, lane));
  console.log(`=== checks: ${checks.length} steps in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return results.every(Boolean);
}

let ok = await runChecks();

const total = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
for (const suite of suites) {
  if (!existsSync(suite.config)) {
    console.log(`\n=== ${suite.name}: no ${suite.config} yet, nothing to run`);
    continue;
  }
  rmSync(suite.report, { force: true });
  const [cmd, ...args] = suite.cmd;
  const passedRun = run(suite.name, cmd, args, suite.env);
  const counts = readCounts(suite.kind, suite.report);
  if (!counts) {
    console.log(`=== ${suite.name}: produced no report; counted as one failure`);
    total.failed += 1;
    ok = false;
    continue;
  }
  console.log(`=== ${suite.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  for (const title of counts.flaky ?? []) {
    console.log(`=== ${suite.name}: FLAKY, passed only on retry: ${title}`);
  }
  total.flaky += counts.flaky?.length ?? 0;
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  ok = passedRun && counts.failed === 0 && ok;
}

if (!ok && total.failed === 0) {
  // A check (typecheck, lint, build) failed: make the closing line say so.
  total.failed = 1;
}
console.log(`\n${total.skipped} skipped, ${total.flaky} flaky (passed on retry, named above)`);
// The closing line CI reads: exactly "N passed, N failed".
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(ok ? 0 : 1);
