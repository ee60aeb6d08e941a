/** How the sandbox CLIs end: a command-line mistake with its message and status 2, any other failure with status 1. */
import { UsageError } from './args';

export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}\n(--help lists every flag and scenario)`);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
