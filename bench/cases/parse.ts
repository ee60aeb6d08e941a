import { DataTopic, FieldType, type DataFrame } from '@grafana/data';

import { exemplarSetFromFrames } from '../../src/data/exemplarFrames';
import { seededRandom } from '../../src/testing/seededRandom';
import { medianMs } from '../measure';
import type { BenchCase, BenchResult } from '../types';

/**
 * ▶ PARSE BENCHMARKS LIVE HERE. Add cases for src/data to `parseCases`; `npm run bench` runs them after the
 * clustering cases and writes them to bench/results.json like the others.
 */
export const parseCases: BenchCase[] = [
  {
    name: 'parse 1M-row exemplar frame',
    run: (): BenchResult[] => {
      const n = 1_000_000;
      const frames = [exemplarFrame(n)];
      // Eleven runs after the usual two warm-ups: on a shared 2-core machine single runs of this case spread from
      // about 60 to 120 ms, and seven left the median hostage to a few slow ones.
      const ms = medianMs(() => exemplarSetFromFrames(frames), 11);
      return [
        {
          name: 'exemplarSetFromFrames, one frame',
          n,
          medianMs: ms,
          baseline: null,
          baselineMedianMs: null,
          ratio: null,
          target: '≤ 100 ms',
        },
      ];
    },
  },
];

/** Grafana's long exemplar frame: Time, Value, then one string field per label (series and exemplar labels). */
function exemplarFrame(n: number): DataFrame {
  const random = seededRandom(11);
  const buckets = ['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf'];
  const routes = ['/api/checkout', '/api/cart', '/api/search', '/api/login', '/api/items'];
  const field = (name: string, type: FieldType, values: unknown[]) => ({ name, type, values, config: {} });
  const strings = (of: (i: number) => string) => Array.from({ length: n }, (_, i) => of(i));
  return {
    name: 'exemplar',
    refId: 'A',
    length: n,
    meta: { dataTopic: DataTopic.Annotations },
    fields: [
      field(
        'Time',
        FieldType.time,
        Array.from({ length: n }, (_, i) => 1_735_689_600_000 + i * 86)
      ),
      field(
        'Value',
        FieldType.number,
        Array.from({ length: n }, () => random() * 2)
      ),
      field(
        '__name__',
        FieldType.string,
        strings(() => 'http_server_duration_seconds_bucket')
      ),
      field(
        'job',
        FieldType.string,
        strings(() => 'shop')
      ),
      field(
        'instance',
        FieldType.string,
        strings((i) => `shop-${i % 12}:8080`)
      ),
      field(
        'route',
        FieldType.string,
        strings((i) => routes[i % routes.length])
      ),
      field(
        'le',
        FieldType.string,
        strings((i) => buckets[i % buckets.length])
      ),
      field(
        'trace_id',
        FieldType.string,
        strings((i) => i.toString(16).padStart(32, '0'))
      ),
    ],
  };
}
