import { test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const SCREENSHOT_ROOT = resolve(__dirname, '../../../test-results/screenshots');

/**
 * Where a test saves a screenshot: test-results/screenshots/<project>/<file>. One folder per host project,
 * so the Grafana 12 and Grafana 13 runs of the same test do not overwrite each other.
 */
export function screenshotPath(file: string): string {
  const path = resolve(SCREENSHOT_ROOT, test.info().project.name, file);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
