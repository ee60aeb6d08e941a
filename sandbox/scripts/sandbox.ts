/**
 * `npm run sandbox [-- --fixture NAME|FILE] [--port N]`: serves the sandbox and prints its URL.
 * Without --fixture it starts the local stack (demo service + Prometheus) for live data.
 */
import { resolve } from 'node:path';
import { startSandboxServer } from '../server/server';
import { runCli } from './cli';
import { liveModeUnavailable, type LocalStack, startLiveStack } from './liveStack';
import { readSandboxOptions, sandboxUsage } from './sandboxArgs';
import { listScenarios } from './scenarioCatalog';

async function main(): Promise<void> {
  const rootDir = resolve(process.cwd());
  const options = readSandboxOptions(process.argv.slice(2), rootDir);
  if (!options) {
    console.log(sandboxUsage(rootDir));
    return;
  }
  const { fixture } = options;
  let stack: LocalStack | undefined;
  if (!fixture) {
    const reason = liveModeUnavailable(rootDir);
    if (reason) {
      // A page whose every query fails ("undefined: not found") says less than this.
      throw new Error(
        `Live mode cannot start: ${reason}.\nOr use a scenario: npm run sandbox -- --fixture sparse   (--help lists them all)`
      );
    }
    console.log('Starting the local stack (demo service + Prometheus)…');
    stack = await startLiveStack(rootDir);
    console.log(`Prometheus ${stack.promUrl}, demo ${stack.demoUrl}`);
  }
  const scenarioFiles = fixture?.file ? { [fixture.name]: fixture.file } : undefined;
  const server = await startSandboxServer({
    rootDir,
    port: options.port,
    promUrl: stack?.promUrl,
    demoUrl: stack?.demoUrl,
    scenarioFiles,
  });
  const query = fixture ? `?fixture=${encodeURIComponent(fixture.name)}` : '';
  console.log(`\nSandbox: ${server.url}/${query}${fixture?.file ? `   (scenario file ${fixture.file})` : ''}`);
  if (!fixture) {
    console.log(
      `Fixtures: ${listScenarios(rootDir)
        .map(({ name }) => `${server.url}/?fixture=${name}`)
        .join('  ')}`
    );
  }
  console.log('Add &theme=dark for the dark theme. Ctrl+C stops everything.');
  const stop = async () => {
    await server.close();
    await stack?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

runCli(main);
