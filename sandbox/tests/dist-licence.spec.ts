/**
 * `@grafana/prometheus` is AGPL-3.0: the sandbox may run it, the plugin must never ship it. Fails when anything of it
 * reaches `dist/` (its i18n keys, its PromQL editor modules, its package name, an AGPL notice) or `src/` imports it.
 * The global setup has built `dist/` from the current sources.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const rootDir = resolve(__dirname, '../..');
/** Strings every part of the package carries; none occurs in the plugin's own code. */
const MARKERS = [/grafana-prometheus\./, /@grafana\/prometheus/, /monaco-promql/, /lezer-promql/, /AGPL/i];

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

test('nothing of @grafana/prometheus is in dist/', () => {
  const built = files(join(rootDir, 'dist'), /\.(js|mjs|cjs|map|json|txt)$/).filter((path) => !path.endsWith('.map'));
  expect(built.length).toBeGreaterThan(0);
  const hits = built.flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return MARKERS.filter((marker) => marker.test(text)).map((marker) => `${relative(rootDir, path)}: ${marker}`);
  });
  expect(hits).toEqual([]);
});

test('no file under src/ imports @grafana/prometheus', () => {
  const importers = files(join(rootDir, 'src'), /\.(ts|tsx)$/).filter((path) =>
    /from ['"]@grafana\/prometheus|require\(['"]@grafana\/prometheus/.test(readFileSync(path, 'utf8'))
  );
  expect(importers.map((path) => relative(rootDir, path))).toEqual([]);
});
