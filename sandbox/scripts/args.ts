/** Tiny `--name value` / `--flag` parser for the sandbox CLIs. */
export function readArgs(argv: string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      continue;
    }
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) {
      args.set(arg.slice(2), 'true');
    } else {
      args.set(arg.slice(2), next);
      i++;
    }
  }
  return args;
}
