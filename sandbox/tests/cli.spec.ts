/**
 * The built CLIs end to end (`sandbox/dist/node/*.mjs`, built by the global setup): a bad command line or scenario
 * ends at once with a message, a scenario file given by path is served and shot, and live mode without the
 * Prometheus binary says what to install. Node-only: each CLI starts its own server (and browser) itself.
 */
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT_DIR } from './support/globalSetup';

/**
 * Before the checks, an unknown fixture waited for the page's 60 s timeout; anything well below that shows the
 * command no longer waits for the page at all (the bound is generous for a loaded machine, not a timing).
 */
const FAIL_FAST_MS = 15_000;

interface Run {
  status: number | null;
  output: string;
  elapsedMs: number;
}

function runCli(
  script: 'shot' | 'sandbox',
  args: string[],
  env: NodeJS.ProcessEnv = {},
  killAfterMs = 120_000
): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, [join(ROOT_DIR, `sandbox/dist/node/${script}.mjs`), ...args], {
    cwd: ROOT_DIR,
    env: { ...process.env, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const killer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((done) => {
    child.on('close', (status) => {
      clearTimeout(killer);
      done({ status, output, elapsedMs: Date.now() - started });
    });
  });
}

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sandbox-cli-e2e-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.describe('sandbox:shot', () => {
  test('an unknown scenario ends at once, non-zero, listing the scenarios', async () => {
    const run = await runCli('shot', ['--fixture', 'sprase', '--out', join(dir, 'a.png')]);
    expect(run.status).toBe(2);
    expect(run.output).toContain('no scenario named "sprase". Scenarios: ');
    const listed = /Scenarios: ([^;]+);/.exec(run.output)?.[1].split(', ');
    expect(listed).toEqual(expect.arrayContaining(['sparse', 'dense', 'hostile', 'big-trace']));
    expect(run.elapsedMs).toBeLessThan(FAIL_FAST_MS);
  });

  test('a missing file, an unknown flag and a bad value end at once, non-zero, naming the flag', async () => {
    const cases: Array<[string[], string]> = [
      [['--fixture', join(dir, 'missing.json')], 'no such file'],
      [['--fixtures', 'sparse'], 'unknown flag --fixtures (did you mean --fixture?)'],
      [['--fixture=sparse', '--theme', 'drak'], '--theme "drak": must be one of light, dark'],
      [['--fixture=sparse', '--click', 'frist-cluster'], '"frist-cluster" is not a click target; use first-cluster'],
    ];
    for (const [args, message] of cases) {
      const run = await runCli('shot', [...args, '--out', join(dir, 'a.png')]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.output).toContain(message);
      expect(run.elapsedMs).toBeLessThan(FAIL_FAST_MS);
    }
  });

  test('a scenario the page cannot load ends as soon as the page says so, with its reason', async () => {
    // Valid for the Node check (datasources is an array), refused by the host when it installs the data sources.
    const file = join(dir, 'null-datasource.json');
    writeFileSync(
      file,
      JSON.stringify({ timeRange: { from: 1768471200000, to: 1768474800000 }, series: [], datasources: [null] })
    );
    const run = await runCli('shot', ['--fixture', file, '--out', join(dir, 'b.png')]);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/the sandbox page (could not load|failed to start): .*uid/);
    expect(run.output).not.toContain('Timeout');
  });

  test('--fixture=FILE shoots a scenario file given by path', async () => {
    const file = join(dir, 'my sparse copy.json');
    copyFileSync(join(ROOT_DIR, 'sandbox/dist/scenarios/sparse.json'), file);
    const out = join(dir, 'shot.png');
    const run = await runCli('shot', [`--fixture=${file}`, '--out', out, '--width', '600', '--height', '300']);
    expect(run.output).toContain(`wrote ${out}`);
    expect(run.status).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: the panel box at the requested size.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([600, 300]);
  });
});

test.describe('sandbox', () => {
  test('live mode without the Prometheus binary says what to install and ends non-zero', async () => {
    const run = await runCli('sandbox', [], { PROMETHEUS_BIN: join(dir, 'no-prometheus') });
    expect(run.status).toBe(1);
    expect(run.output).toContain('install the Debian package prometheus (sudo apt-get install -y prometheus)');
    expect(run.output).toContain('--fixture sparse');
    expect(run.output).not.toContain('Sandbox: http');
  });

  test("--fixture FILE serves that file as the page's scenario", async () => {
    const file = join(dir, 'served.json');
    writeFileSync(file, JSON.stringify({ description: 'served by path', timeRange: { from: 1, to: 2 }, series: [] }));
    const child = spawn(process.execPath, [join(ROOT_DIR, 'sandbox/dist/node/sandbox.mjs'), '--fixture', file], {
      cwd: ROOT_DIR,
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      const url = await new Promise<string>((found, failed) => {
        let output = '';
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /Sandbox: (http:\/\/127\.0\.0\.1:\d+)\/\?fixture=served\b/.exec(output);
          match && found(match[1]);
        });
        child.on('close', () => failed(new Error(`sandbox ended: ${output}`)));
        // Fail (and stop the child in finally) rather than leave it to the test timeout.
        timer = setTimeout(() => failed(new Error(`no sandbox URL for the file within 30 s: ${output}`)), 30_000);
      });
      const response = await fetch(`${url}/scenarios/served.json`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ description: 'served by path' });
    } finally {
      clearTimeout(timer);
      child.kill('SIGTERM');
    }
  });
});
