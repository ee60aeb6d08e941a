import { delay, ManagedProcess } from './child-process';

const POLL_INTERVAL_MS = 500;

/**
 * Polls `check` until it returns true, until `deadline` (ms since the epoch) at the latest. Errors while
 * the servers start up count as "not yet"; any of `processes` exiting ends the wait at once.
 */
export async function waitFor(
  what: string,
  deadline: number,
  processes: ManagedProcess[],
  check: () => Promise<boolean>
): Promise<void> {
  const earlyExit = Promise.race(processes.map((child) => child.unexpectedExit));
  let lastError = '';
  while (Date.now() < deadline) {
    const ready = await Promise.race([
      check().catch((error: unknown) => ((lastError = String(error)), false)),
      earlyExit,
    ]);
    if (ready) {
      return;
    }
    await Promise.race([delay(POLL_INTERVAL_MS), earlyExit]);
  }
  throw new Error(`timed out waiting for ${what}${lastError ? ` (last error: ${lastError})` : ''}`);
}

/**
 * Checks once a second until `check` says yes or `timeoutMs` has passed; resolves to the last answer.
 * For tests that collect data for a while and then judge what they got.
 */
export async function pollUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let done = await check();
  while (!done && Date.now() < deadline) {
    await delay(1000);
    done = await check();
  }
  return done;
}
