/**
 * Measures `buildTraceModel` on a 50k-span trace in plain Node (Jest's jsdom globals distort timings):
 *   npx esbuild src/trace/__fixtures__/measureBuild.ts --bundle --platform=node --outfile=/tmp/measureBuild.js && node /tmp/measureBuild.js
 */
import { buildTraceModel } from '../model';

import { largeTraceSpans, traceFrameFromSpans } from './traceFrames';

const SPAN_COUNT = 50_000;
const RUNS = 20;

const frame = traceFrameFromSpans(largeTraceSpans(SPAN_COUNT, 7));
const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  const result = buildTraceModel(frame);
  times.push(performance.now() - started);
  if (!result.ok) {
    throw new Error(result.error);
  }
}
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `buildTraceModel(${SPAN_COUNT} spans): first ${times[0].toFixed(1)} ms, best ${sorted[0].toFixed(1)} ms, median ${sorted[RUNS >> 1].toFixed(1)} ms`
);
