/**
 * The scenarios `--fixture` can name: the files the sandbox server serves at `/scenarios/<name>.json`, looked up
 * in the same folders and order (sandbox/server/server.ts): hand-written ones in `sandbox/scenarios/`, then the
 * ones `sandbox/scenarios/generate.ts` writes into `sandbox/dist/scenarios/` during the sandbox build.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface CatalogEntry {
  name: string;
  file: string;
  origin: 'hand-written' | 'generated';
}

function scenarioDirs(rootDir: string): Array<{ dir: string; origin: CatalogEntry['origin'] }> {
  return [
    { dir: join(rootDir, 'sandbox/scenarios'), origin: 'hand-written' },
    { dir: join(rootDir, 'sandbox/dist/scenarios'), origin: 'generated' },
  ];
}

function jsonFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
}

/** Every servable scenario, hand-written first; a generated one with a hand-written namesake is shadowed, as served. */
export function listScenarios(rootDir: string): CatalogEntry[] {
  const entries = new Map<string, CatalogEntry>();
  for (const { dir, origin } of scenarioDirs(rootDir)) {
    for (const file of jsonFiles(dir)) {
      const name = file.slice(0, -'.json'.length);
      if (!entries.has(name)) {
        entries.set(name, { name, file: join(dir, file), origin });
      }
    }
  }
  return [...entries.values()];
}
