import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { clusterCases, projectCases } from './cases/cluster';
import { hitTestCases } from './cases/hitTest';
import { parseCases } from './cases/parse';
import { rawParseCases } from './cases/rawParse';
import { regionCases } from './cases/region';
import type { BenchCase, BenchResult } from './types';

const ALL_CASES: BenchCase[] = [
  ...clusterCases,
  ...projectCases,
  ...hitTestCases,
  ...parseCases,
  ...rawParseCases,
  ...regionCases,
];
const RESULTS_FILE = join(process.cwd(), 'bench', 'results.json');

/** `npm run bench -- raw` runs only the cases whose name contains "raw" and leaves results.json alone. */
function selectedCases(filter: string | undefined): BenchCase[] {
  return filter ? ALL_CASES.filter((c) => c.name.toLowerCase().includes(filter.toLowerCase())) : ALL_CASES;
}

function main(): void {
  const started = performance.now();
  const filter = process.argv[2];
  const results: BenchResult[] = [];
  for (const benchCase of selectedCases(filter)) {
    console.log(`▶ ${benchCase.name}`);
    results.push(...benchCase.run());
  }
  if (!filter) {
    writeFileSync(RESULTS_FILE, JSON.stringify(results.map(withoutTarget), null, 2) + '\n');
  }
  console.log();
  console.log(formatTable(results.map(tableRow)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `ratio = baseline median / our median (× faster). ${filter ? 'Filtered run' : `Wrote ${RESULTS_FILE}`} in ${seconds} s.`
  );
  if (!(globalThis as { gc?: unknown }).gc) {
    console.log('Note: run with node --expose-gc (npm run bench does) to collect garbage between runs.');
  }
}

function withoutTarget({ target: _target, ...result }: BenchResult): BenchResult {
  return result;
}

function formatTable(rows: Array<Record<string, string>>): string {
  const columns = Object.keys(rows[0] ?? {});
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join(' │ ');
  return [
    line(columns),
    widths.map((w) => '─'.repeat(w)).join('─┼─'),
    ...rows.map((row) => line(columns.map((c) => row[c]))),
  ].join('\n');
}

function tableRow(result: BenchResult): Record<string, string> {
  return {
    case: result.name,
    n: String(result.n),
    'median ms': round(result.medianMs),
    baseline: result.baseline ?? '',
    'baseline ms': result.baselineMedianMs === null ? '' : round(result.baselineMedianMs),
    ratio: result.ratio === null ? '' : `${round(result.ratio)}×`,
    target: result.target ?? '',
  };
}

function round(value: number): string {
  return String(Number(value.toPrecision(3)));
}

main();
