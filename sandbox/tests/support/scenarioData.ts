/** What a scenario file holds and how a latency reads on screen: shared by the specs that compare the two. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataFrameJSON } from '@grafana/data';

export interface ScenarioFile {
  timeRange: { from: number; to: number };
  series: DataFrameJSON[];
  annotations: DataFrameJSON[];
}

export interface ScenarioExemplar {
  timeMs: number;
  value: number;
  labels: Record<string, string>;
}

/** The generated scenario file (sandbox/dist/scenarios/<name>.json), as the page loads it. */
export function readScenario(name: string): ScenarioFile {
  return JSON.parse(readFileSync(resolve(__dirname, '../../dist/scenarios', `${name}.json`), 'utf8')) as ScenarioFile;
}

/** The exemplars of a scenario as rows: time, latency (s) and labels. */
export function scenarioExemplars(file: ScenarioFile): ScenarioExemplar[] {
  return file.annotations.flatMap((frame) => {
    const fields = frame.schema!.fields;
    const values = frame.data!.values;
    return (values[0] as number[]).map((timeMs, row) => ({
      timeMs,
      value: (values[1] as number[])[row],
      labels: Object.fromEntries(
        fields.slice(2).map((field, i) => [field.name, String((values[i + 2] as unknown[])[row])])
      ),
    }));
  });
}

/** A latency as the panel prints it — "1.95 s", "37.50 ms", "850 µs", "1,250 ms", "2 min" — in seconds. */
export function latencySeconds(text: string): number {
  const match = /(-?[\d.,]+)\s*(µs|ms|s|min)\b/.exec(text);
  if (!match) {
    throw new Error(`no latency in "${text}"`);
  }
  return (
    Number(match[1].replace(/,/g, '')) * { µs: 1e-6, ms: 1e-3, s: 1, min: 60 }[match[2] as 'µs' | 'ms' | 's' | 'min']
  );
}
