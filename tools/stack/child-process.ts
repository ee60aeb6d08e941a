import { ChildProcess, spawn } from 'node:child_process';

/** A process started by the local stack, stopped by its own PID and never by name. */
export interface ManagedProcess {
  readonly name: string;
  readonly pid: number;
  /** Last lines of stdout/stderr, for error messages. */
  recentOutput(): string;
  /** Rejects when the process exits before `stop()` was called. */
  readonly unexpectedExit: Promise<never>;
  stop(): Promise<void>;
}

const OUTPUT_LINES_KEPT = 40;
const STOP_GRACE_MS = 5000;

export function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ManagedProcess {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) {
    throw new Error(`${name}: could not start ${command} (is it installed and on PATH?)`);
  }
  const pid = child.pid;
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - OUTPUT_LINES_KEPT));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  let stopping = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const unexpectedExit = new Promise<never>((_resolve, reject) => {
    child.once('error', (error) => reject(new Error(`${name}: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (!stopping) {
        reject(new Error(`${name} exited early (code ${code}, signal ${signal}):\n${lines.join('\n')}`));
      }
    });
  });
  // Nobody may be awaiting this yet; an early exit is reported where it is awaited.
  unexpectedExit.catch(() => {});

  // If the test runner dies without calling stop(), do not leave servers behind.
  const killOnExit = () => killQuietly(child, 'SIGKILL');
  process.once('exit', killOnExit);

  return {
    name,
    pid,
    recentOutput: () => lines.join('\n'),
    unexpectedExit,
    async stop() {
      stopping = true;
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) {
        return;
      }
      killQuietly(child, 'SIGTERM');
      if (!(await settlesWithin(exited, STOP_GRACE_MS))) {
        killQuietly(child, 'SIGKILL');
        await exited;
      }
    },
  };
}

function killQuietly(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    child.kill(signal);
  } catch {
    // Already gone.
  }
}

/** True when `promise` settles within `ms`; clears its timer so nothing keeps the event loop alive. */
async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
