/**
 * The README parts that list the CLIs' flags and the scenarios, written from what the CLIs use (the flag specs,
 * the scenario catalog), between `<!-- generated:KEY -->` and `<!-- /generated:KEY -->` markers.
 * `node sandbox/build.mjs && node sandbox/dist/node/scenario-docs.mjs` rewrites them;
 * sandbox/tests/cli-docs.spec.ts fails when they are out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { usageText } from './args';
import { SANDBOX_FLAGS } from './sandboxArgs';
import { type CatalogEntry, listScenarios } from './scenarioCatalog';
import { SHOT_FLAGS } from './shotArgs';

export const DOCS_COMMAND = 'node sandbox/build.mjs && node sandbox/dist/node/scenario-docs.mjs';

interface ScenarioFacts {
  description?: string;
  series?: unknown[];
  annotations?: Array<{ data?: { values?: unknown[][] } }>;
  traces?: Record<string, unknown>;
}

const count = (value: number) => value.toLocaleString('en-US');
/** Table cells are text: a `|` would split the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function scenarioRow(entry: CatalogEntry): string {
  const facts = JSON.parse(readFileSync(entry.file, 'utf8')) as ScenarioFacts;
  const exemplars = (facts.annotations ?? []).reduce((sum, frame) => sum + (frame.data?.values?.[0]?.length ?? 0), 0);
  const columns = [
    `\`${entry.name}\``,
    entry.origin,
    cell(facts.description ?? '—'),
    count(facts.series?.length ?? 0),
    count(exemplars),
    count(Object.keys(facts.traces ?? {}).length),
  ];
  return `| ${columns.join(' | ')} |`;
}

export function scenarioTable(catalog: CatalogEntry[]): string {
  return [
    '| Scenario | Origin | What | Series | Exemplars | Traces |',
    '| --- | --- | --- | --: | --: | --: |',
    ...catalog.map(scenarioRow),
  ].join('\n');
}

export function scenarioNameList(catalog: CatalogEntry[]): string {
  return `Scenarios for \`--fixture\` (${catalog.length}): ${catalog.map((entry) => `\`${entry.name}\``).join(', ')} — each described in [sandbox/README.md](sandbox/README.md#fixture-scenarios); \`--fixture\` also takes the path of a scenario \`.json\` file.`;
}

export function flagsBlock(): string {
  const strip = (text: string) => text.replace(/^usage: /, '');
  return [
    '```text',
    strip(usageText('npm run sandbox [-- --fixture NAME|FILE] [--port N]', SANDBOX_FLAGS)),
    '',
    strip(usageText('npm run sandbox:shot -- (--fixture NAME|FILE | --live) --out FILE.png [flags]', SHOT_FLAGS)),
    '```',
  ].join('\n');
}

/** `text` with the block between the KEY markers replaced by `content`; an error when the markers are missing. */
export function replaceGenerated(text: string, key: string, content: string): string {
  const start = `<!-- generated:${key} -->`;
  const end = `<!-- /generated:${key} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    throw new Error(`markers ${start} … ${end} not found`);
  }
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/** The two READMEs as they should read, by path relative to the repository root. */
export function generatedReadmes(rootDir: string): Record<string, string> {
  const catalog = listScenarios(rootDir);
  const read = (path: string) => readFileSync(join(rootDir, path), 'utf8');
  const sandboxReadme = replaceGenerated(
    replaceGenerated(read('sandbox/README.md'), 'cli-flags', flagsBlock()),
    'scenarios',
    scenarioTable(catalog)
  );
  return {
    'README.md': replaceGenerated(read('README.md'), 'scenarios', scenarioNameList(catalog)),
    'sandbox/README.md': sandboxReadme,
  };
}

function main(): void {
  const rootDir = resolve(process.cwd());
  for (const [path, text] of Object.entries(generatedReadmes(rootDir))) {
    writeFileSync(join(rootDir, path), text);
    console.log(`scenario docs: ${path}`);
  }
}

// Run as the bundled CLI only; the spec imports the functions above.
if (process.argv[1]?.endsWith('scenario-docs.mjs')) {
  main();
}
