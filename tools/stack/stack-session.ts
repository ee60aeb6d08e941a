import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManagedProcess } from './child-process';

/** The processes and temp directory of one stack start: stopped and removed together. */
export interface StackSession {
  tempDir: string;
  processes: ManagedProcess[];
  stop(): Promise<void>;
}

/**
 * Runs `start` with a fresh temp directory; when it throws, stops what it started, removes the
 * directory and rethrows with each process's last output, so a failed start leaves nothing behind.
 */
export async function withStackSession<T>(what: string, start: (session: StackSession) => Promise<T>): Promise<T> {
  const tempDir = mkdtempSync(join(tmpdir(), 'exemplartrace-stack-'));
  const processes: ManagedProcess[] = [];
  const session: StackSession = {
    tempDir,
    processes,
    async stop() {
      await Promise.all(processes.splice(0).map((child) => child.stop()));
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
  try {
    return await start(session);
  } catch (error) {
    const output = processes
      .map((child) => `--- ${child.name} (pid ${child.pid}):\n${child.recentOutput()}`)
      .join('\n');
    await session.stop();
    throw new Error(`${what} failed to start: ${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
}
