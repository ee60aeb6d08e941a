/**
 * `npm run sandbox [-- --fixture NAME] [--port N]`: serves the sandbox and prints its URL.
 * Without --fixture it starts the local stack (demo service + Prometheus) for live data.
 */
import { resolve } from 'node:path';
import { startSandboxServer } from '../server/server';
import { readArgs } from './args';
import { liveModeUnavailable, type LocalStack, startLiveStack } from './liveStack';

const SHIPPED = ['sparse', 'dense', 'missing-trace-label', 'trace-not-found'];

async function main(): Promise<void> {
  const rootDir = resolve(process.cwd());
  const args = readArgs(process.argv.slice(2));
  const fixture = args.get('fixture');
  let stack: LocalStack | undefined;
  if (!fixture) {
    const reason = liveModeUnavailable(rootDir);
    if (reason) {
      console.log(`Live mode unavailable: ${reason}.`);
      console.log(`Use a fixture instead: npm run sandbox -- --fixture ${SHIPPED[0]}   (shipped: ${SHIPPED.join(', ')})`);
    } else {
      console.log('Starting the local stack (demo service + Prometheus)…');
      stack = await startLiveStack(rootDir);
      console.log(`Prometheus ${stack.promUrl}, demo ${stack.demoUrl}`);
    }
  }
  const server = await startSandboxServer({ rootDir, port: Number(args.get('port') ?? 0), promUrl: stack?.promUrl, demoUrl: stack?.demoUrl });
  const query = fixture ? `?fixture=${encodeURIComponent(fixture)}` : '';
  console.log(`\nSandbox: ${server.url}/${query}`);
  if (!fixture) {
    console.log(`Fixtures: ${SHIPPED.map((name) => `${server.url}/?fixture=${name}`).join('  ')}`);
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
