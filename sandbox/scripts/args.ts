/**
 * The sandbox CLIs' flag parser: Node's `util.parseArgs` tokenizes (`--name value`, `--name=value`, `--flag`,
 * `--`), this checks every token against the declared flags so that a typo or a bad value stops the command at
 * once with a message naming the flag and what it accepts, instead of being ignored.
 */
import { parseArgs } from 'node:util';

/** A mistake in the command line: the CLIs print its message and the usage, and exit with status 2. */
export class UsageError extends Error {}

interface FlagSpec {
  /** `string` flags take a value (`--name value` or `--name=value`); `boolean` flags take none. */
  type: 'string' | 'boolean';
  /** Shown in the usage after the flag, e.g. `NAME|FILE`. */
  valueName?: string;
  /** One line for the usage text. */
  help: string;
  /** Returns why `value` is not acceptable (the allowed values), or undefined when it is. */
  check?: (value: string) => string | undefined;
}

export type FlagSpecs = Record<string, FlagSpec>;

/** The flags given, by name; boolean flags map to `true`. Only declared names can appear. */
export type ParsedFlags = Map<string, string | true>;

function flagList(specs: FlagSpecs): string {
  return Object.keys(specs)
    .map((name) => `--${name}`)
    .join(', ');
}

/** `--fixtures` → `--fixture`: a known flag the unknown one extends or abbreviates (plurals, truncations). */
function nearFlag(name: string, specs: FlagSpecs): string | undefined {
  return Object.keys(specs).find((known) => name.startsWith(known) || (name.length >= 3 && known.startsWith(name)));
}

export function parseFlags(argv: string[], specs: FlagSpecs): ParsedFlags {
  const { tokens } = parseArgs({
    args: argv,
    options: stringOptions(specs),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const flags: ParsedFlags = new Map();
  for (const token of tokens) {
    if (token.kind === 'positional') {
      throw new UsageError(`unexpected argument "${token.value}": every argument is a flag (${flagList(specs)})`);
    }
    if (token.kind !== 'option') {
      continue;
    }
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    if (!spec) {
      const near = nearFlag(token.name, specs);
      throw new UsageError(
        `unknown flag ${token.rawName}${near ? ` (did you mean --${near}?)` : ''}; the flags are ${flagList(specs)}`
      );
    }
    flags.set(token.name, readValue(token.rawName, token.value, token.inlineValue ?? false, spec));
  }
  return flags;
}

function readValue(rawName: string, value: string | undefined, inline: boolean, spec: FlagSpec): string | true {
  if (spec.type === 'boolean') {
    if (value !== undefined) {
      throw new UsageError(`${rawName} takes no value (got "${value}")`);
    }
    return true;
  }
  // parseArgs hands a string flag the next argument even when it is another flag (`--fixture --live`).
  if (value === undefined || value === '' || (!inline && value.startsWith('--'))) {
    throw new UsageError(`${rawName} needs a value: ${rawName} ${spec.valueName ?? 'VALUE'}`);
  }
  const problem = spec.check?.(value);
  if (problem) {
    throw new UsageError(`${rawName} ${JSON.stringify(value)}: ${problem}`);
  }
  return value;
}

function stringOptions(specs: FlagSpecs): Record<string, { type: 'string' | 'boolean' }> {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: spec.type }]));
}

/** The usage text: the synopsis, then one line per flag. */
export function usageText(synopsis: string, specs: FlagSpecs): string {
  const lines = Object.entries(specs).map(([name, spec]) => {
    const flag = `--${name}${spec.valueName ? ` ${spec.valueName}` : ''}`;
    return `  ${flag.padEnd(28)} ${spec.help}`;
  });
  return [`usage: ${synopsis}`, ...lines].join('\n');
}

// ---- value checks ----

export function oneOf(values: readonly string[]): (value: string) => string | undefined {
  return (value) => (values.includes(value) ? undefined : `must be one of ${values.join(', ')}`);
}

/** A whole number in [min, max], written in digits only (`abc`, `12px`, `1e3` are refused). */
export function integerIn(min: number, max: number): (value: string) => string | undefined {
  return (value) => {
    const number = /^\d+$/.test(value) ? Number(value) : NaN;
    return number >= min && number <= max ? undefined : `must be a whole number from ${min} to ${max}`;
  };
}
