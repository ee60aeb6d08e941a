/**
 * The READMEs list the CLIs' flags and every scenario from the same sources the CLIs use (no browser): a scenario
 * added to generate.ts or sandbox/scenarios/, or a flag added to a CLI, fails here until the docs are regenerated.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_COMMAND, generatedReadmes } from '../scripts/scenarioDocs';
import { listScenarios } from '../scripts/scenarioCatalog';
import { ROOT_DIR } from './support/globalSetup';

test('the READMEs are up to date with the scenario catalog and the flag specs', () => {
  for (const [path, expected] of Object.entries(generatedReadmes(ROOT_DIR))) {
    expect(readFileSync(join(ROOT_DIR, path), 'utf8'), `${path} is stale: run ${DOCS_COMMAND}`).toBe(expected);
  }
});

test('the scenario table has one row per scenario the server can serve', () => {
  const readme = readFileSync(join(ROOT_DIR, 'sandbox/README.md'), 'utf8');
  const rows = readme.split('\n').filter((line) => /^\| `[\w-]+` \| (generated|hand-written) \|/.test(line));
  const names = listScenarios(ROOT_DIR).map((entry) => entry.name);
  // The build writes the shipped scenarios; an empty catalog would make an empty table look "up to date".
  expect(names).toEqual(
    expect.arrayContaining(['sparse', 'dense', 'missing-trace-label', 'trace-not-found', 'hostile', 'big-trace'])
  );
  expect(rows.map((row) => /`([\w-]+)`/.exec(row)![1])).toEqual(names);
});
