/**
 * Records the two silent-drop fixtures of the remote-write path from real servers (the demo, an edge
 * Prometheus, two central Prometheus receivers; Debian's Prometheus 2.42):
 *   sandbox/scenarios/remote-write-no-send-exemplars.json   edge without send_exemplars, store shown as Mimir
 *   sandbox/scenarios/remote-write-no-exemplar-storage.json receiver without exemplar storage, type Prometheus
 * Both hold what the central store answered: the sandbox's panel queries as Grafana-shaped frames, no
 * exemplars. Run: npx ts-node --transpile-only -P integration/tsconfig.json tools/record-remote-write-scenarios.ts
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { matrixFrames } from '../sandbox/shared/prometheusFrames';
import { DEFAULT_DATASOURCES, Scenario, ScenarioDataSource } from '../sandbox/shared/scenario';
import { latencyTargets } from '../sandbox/shared/shopQueries';
import { startRemoteWriteStack } from './remote-write-stack';
import { delay } from './stack/child-process';
import { queryExemplars, queryRange } from './stack/prometheus-api';

const TRAFFIC_SECONDS = 60;
const STEP_SECONDS = 2;
/** `$__rate_interval` for a 1 s scrape interval and a 2 s step: max(step + scrape, 4 × scrape). */
const RATE_INTERVAL = '4s';
const OUT_DIR = resolve(__dirname, '..', 'sandbox', 'scenarios');

function datasources(name: string, prometheusType: string): ScenarioDataSource[] {
  return DEFAULT_DATASOURCES.map((source) =>
    source.type === 'prometheus'
      ? { ...source, name, jsonData: { ...source.jsonData, timeInterval: '1s', prometheusType } }
      : source
  );
}

async function record(
  storeUrl: string,
  startSeconds: number,
  endSeconds: number
): Promise<Pick<Scenario, 'series' | 'targets'>> {
  const targets = latencyTargets();
  const series = [];
  for (const target of targets) {
    const expr = target.expr.replace('$__rate_interval', RATE_INTERVAL);
    const matrix = await queryRange(storeUrl, expr, startSeconds, endSeconds, STEP_SECONDS);
    series.push(
      ...matrixFrames(matrix, {
        refId: target.refId,
        expr,
        stepMs: STEP_SECONDS * 1000,
        legendFormat: target.legendFormat,
      })
    );
    const exemplars = await queryExemplars(storeUrl, expr, startSeconds, endSeconds);
    if (exemplars.some((entry) => entry.exemplars.length > 0)) {
      throw new Error(`${storeUrl} holds exemplars: this is not a silent-drop case`);
    }
  }
  return { series, targets };
}

async function main(): Promise<void> {
  const stack = await startRemoteWriteStack({
    centrals: [
      { name: 'no-send', sendExemplars: false },
      { name: 'no-storage', exemplarStorage: false },
    ],
  });
  try {
    const startSeconds = Math.floor(Date.now() / 1000);
    await delay(TRAFFIC_SECONDS * 1000);
    const endSeconds = Math.floor(Date.now() / 1000) - STEP_SECONDS;
    const timeRange = { from: startSeconds * 1000, to: endSeconds * 1000 };
    const recordedWith =
      'recorded by tools/record-remote-write-scenarios.ts from the demo through Debian Prometheus 2.42 (edge → remote write → central receiver)';
    const cases: Array<[string, Scenario]> = [
      [
        'remote-write-no-send-exemplars',
        {
          description: `edge remote_write without send_exemplars: the store has the lines, no exemplars; the data source is set to Mimir (a Prometheus receiver plays it); ${recordedWith}`,
          timeRange,
          options: {},
          ...(await record(stack.centralUrls['no-send'], startSeconds, endSeconds)),
          annotations: [],
          rawExemplars: [],
          traces: {},
          datasources: datasources('Mimir (remote write)', 'Mimir'),
        },
      ],
      [
        'remote-write-no-exemplar-storage',
        {
          description: `central Prometheus receiver without --enable-feature=exemplar-storage: lines, no exemplars; ${recordedWith}`,
          timeRange,
          options: {},
          ...(await record(stack.centralUrls['no-storage'], startSeconds, endSeconds)),
          annotations: [],
          rawExemplars: [],
          traces: {},
          datasources: datasources('Prometheus (central, remote write)', 'Prometheus'),
        },
      ],
    ];
    for (const [name, scenario] of cases) {
      writeFileSync(join(OUT_DIR, `${name}.json`), `${JSON.stringify(scenario)}\n`);
      console.log(`wrote sandbox/scenarios/${name}.json (${scenario.series.length} frames)`);
    }
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
