/**
 * `--fixture NAME|FILE`: a scenario name from the catalog, or the path of a scenario file, checked in Node before
 * any server or browser starts so that a typo or a broken file ends the command at once.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { UsageError } from './args';
import { type CatalogEntry, listScenarios } from './scenarioCatalog';

export interface Fixture {
  /** What the page is given as `?fixture=`: the scenario name the server answers `/scenarios/<name>.json` for. */
  name: string;
  /** Set for a file given by path: the server must serve it under `name`. */
  file?: string;
}

/** A path when it has a folder separator or ends in `.json`; otherwise a scenario name. */
function looksLikePath(value: string): boolean {
  return /[\\/]/.test(value) || /\.json$/i.test(value);
}

export function scenarioNames(catalog: CatalogEntry[]): string {
  return catalog.length > 0
    ? catalog.map((entry) => entry.name).join(', ')
    : '(none built yet: run node sandbox/build.mjs)';
}

export function resolveFixture(value: string, rootDir: string, cwd = process.cwd()): Fixture {
  const catalog = listScenarios(rootDir);
  if (!looksLikePath(value)) {
    if (!catalog.some((entry) => entry.name === value)) {
      throw new UsageError(
        `--fixture: no scenario named "${value}". Scenarios: ${scenarioNames(catalog)}; or give the path of a scenario .json file`
      );
    }
    return { name: value };
  }
  const file = resolve(cwd, value);
  const problems = scenarioProblems(parseScenarioFile(file, value, catalog));
  if (problems.length > 0) {
    throw new UsageError(
      `--fixture ${value}: not a sandbox scenario (format: sandbox/README.md, "Fixture scenarios"): ${problems.join('; ')}`
    );
  }
  // Served under its own name; a catalog name is shadowed for this run only, and the page says which file it is.
  return {
    name:
      basename(file)
        .replace(/\.json$/i, '')
        .replace(/[^\w-]+/g, '-') || 'scenario',
    file,
  };
}

function parseScenarioFile(file: string, value: string, catalog: CatalogEntry[]): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const stem = value.replace(/\.json$/i, '');
    const hint =
      code === 'ENOENT' && catalog.some((entry) => entry.name === stem)
        ? ` (the shipped scenario is --fixture ${stem})`
        : '';
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : code === 'EACCES'
            ? 'not readable (permission denied)'
            : String(error);
    throw new UsageError(`--fixture ${value}: ${reason}: ${file}${hint}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `--fixture ${value}: not valid JSON (${error instanceof Error ? error.message : String(error)})`
    );
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the host needs of every scenario (sandbox/shared/scenario.ts `Scenario`): a time range and the series
 * list; the optional parts, when present, of the right kind. Frame contents are the page's to judge.
 */
export function scenarioProblems(scenario: unknown): string[] {
  if (!isObject(scenario)) {
    return ['the file must hold a JSON object'];
  }
  const problems: string[] = [];
  const range = scenario.timeRange;
  if (!isObject(range) || !Number.isFinite(range.from) || !Number.isFinite(range.to)) {
    problems.push('"timeRange" must be { "from": <epoch ms>, "to": <epoch ms> }');
  } else if ((range.from as number) > (range.to as number)) {
    problems.push('"timeRange.from" is after "timeRange.to"');
  }
  if (!Array.isArray(scenario.series)) {
    problems.push('"series" must be an array of data frames (DataFrameJSON)');
  }
  for (const key of ['annotations', 'targets', 'datasources', 'rawExemplars']) {
    if (scenario[key] !== undefined && !Array.isArray(scenario[key])) {
      problems.push(`"${key}" must be an array when present`);
    }
  }
  for (const key of ['options', 'traces']) {
    if (scenario[key] !== undefined && !isObject(scenario[key])) {
      problems.push(`"${key}" must be an object when present`);
    }
  }
  return problems;
}
