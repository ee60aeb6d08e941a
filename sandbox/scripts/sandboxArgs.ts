/** The flags of `npm run sandbox` and their checks (sandbox/scripts/sandbox.ts). */
import { type FlagSpecs, integerIn, parseFlags, usageText } from './args';
import { type Fixture, resolveFixture, scenarioNames } from './fixtureArg';
import { listScenarios } from './scenarioCatalog';

export const SANDBOX_FLAGS: FlagSpecs = {
  fixture: {
    type: 'string',
    valueName: 'NAME|FILE',
    help: 'scenario name (list below) or path of a scenario .json file; without it: live mode',
  },
  port: {
    type: 'string',
    valueName: 'N',
    help: 'port on 127.0.0.1, 0–65535 (default 0: a free one)',
    check: integerIn(0, 65535),
  },
  help: { type: 'boolean', help: 'print this text' },
};

export interface SandboxOptions {
  /** Undefined: live mode. */
  fixture?: Fixture;
  port: number;
}

export function sandboxUsage(rootDir: string): string {
  return `${usageText('npm run sandbox [-- --fixture NAME|FILE] [--port N]', SANDBOX_FLAGS)}\nScenarios: ${scenarioNames(listScenarios(rootDir))}`;
}

/** The options, or undefined for --help; a UsageError for an unknown flag, a bad value or an unusable fixture. */
export function readSandboxOptions(argv: string[], rootDir: string, cwd = process.cwd()): SandboxOptions | undefined {
  const flags = parseFlags(argv, SANDBOX_FLAGS);
  if (flags.has('help')) {
    return undefined;
  }
  const fixture = flags.get('fixture') as string | undefined;
  return {
    fixture: fixture === undefined ? undefined : resolveFixture(fixture, rootDir, cwd),
    port: Number(flags.get('port') ?? 0),
  };
}
