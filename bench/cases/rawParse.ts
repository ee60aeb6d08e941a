import { clusterExemplars, projectToPixels } from '../../src/cluster';
import { exemplarSetFromPrometheusText } from '../../src/data/rawExemplarText';
import { exemplarSetFromPrometheusJson } from '../../src/data/rawExemplars';
import { seededRandom } from '../../src/testing/seededRandom';
import { DAY_MS, PLOT, RADIUS_PX, START_MS, xOfTime, yOfValue } from '../data';
import { medianMs } from '../measure';
import type { BenchCase, BenchResult } from '../types';

const N = 1_000_000;
const BUCKETS = ['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf'];
const ROUTES = ['/api/checkout', '/api/cart', '/api/search', '/api/login', '/api/items'];

/** A `query_exemplars` body as Prometheus writes it: series of bucket labels, each with its exemplars. */
function prometheusExemplarJson(n: number): string {
  const random = seededRandom(7);
  const series: unknown[] = [];
  const perSeries = Math.ceil(n / (BUCKETS.length * ROUTES.length * 2));
  let left = n;
  for (const route of ROUTES) {
    for (const status of ['200', '500']) {
      for (const le of BUCKETS) {
        const count = Math.min(perSeries, left);
        left -= count;
        const exemplars = Array.from({ length: count }, () => ({
          labels: {
            trace_id: Math.floor(random() * 2 ** 52)
              .toString(16)
              .padStart(32, '0'),
          },
          value: (random() * Number(le === '+Inf' ? 20 : le)).toFixed(6),
          // Prometheus writes exemplar timestamps as seconds with millisecond precision.
          timestamp: Math.round(START_MS + random() * DAY_MS) / 1000,
        }));
        series.push({
          seriesLabels: { __name__: 'http_server_request_duration_seconds_bucket', job: 'shop', route, status, le },
          exemplars,
        });
      }
    }
  }
  return JSON.stringify({ status: 'success', data: series });
}

interface NaiveExemplar {
  timeMs: number;
  value: number;
  labels: Record<string, string>;
}

/** The obvious way: one object per exemplar with its merged labels. */
function naiveParse(text: string): NaiveExemplar[] {
  const body = JSON.parse(text) as {
    data: Array<{
      seriesLabels: Record<string, string>;
      exemplars: Array<{ labels: Record<string, string>; value: string; timestamp: number }>;
    }>;
  };
  const out: NaiveExemplar[] = [];
  for (const series of body.data) {
    for (const e of series.exemplars) {
      out.push({ timeMs: e.timestamp * 1000, value: Number(e.value), labels: { ...series.seriesLabels, ...e.labels } });
    }
  }
  return out;
}

function columnarParse(text: string) {
  return exemplarSetFromPrometheusText(text).set;
}

function jsonThenColumnar(text: string) {
  return exemplarSetFromPrometheusJson(JSON.parse(text)).set;
}

/** Issue 10: every raw exemplar from Prometheus JSON into the columnar model, against the naive approach. */
export const rawParseCases: BenchCase[] = [
  {
    name: 'parse 1M raw exemplars (Prometheus JSON)',
    run: (): BenchResult[] => {
      const text = prometheusExemplarJson(N);
      const ours = medianMs(() => columnarParse(text), 5, 1);
      // The two slowest paths get fewer runs: each takes seconds, and the bench must stay within two minutes.
      const viaJson = medianMs(() => jsonThenColumnar(text), 3, 1);
      const naive = medianMs(() => naiveParse(text), 3, 1);
      const endToEnd = medianMs(
        () => {
          const set = columnarParse(text);
          const px = projectToPixels(set.timeMs, set.value, set.size, xOfTime, yOfValue);
          return clusterExemplars({ x: px.x, y: px.y, size: set.size, value: set.value }, RADIUS_PX, PLOT);
        },
        5,
        1
      );
      return [
        {
          name: 'scan text → columnar (query_exemplars body)',
          n: N,
          medianMs: ours,
          baseline: 'JSON.parse + object per exemplar',
          baselineMedianMs: naive,
          ratio: naive / ours,
          target: '',
        },
        {
          name: 'JSON.parse → columnar (fallback path)',
          n: N,
          medianMs: viaJson,
          baseline: 'JSON.parse + object per exemplar',
          baselineMedianMs: naive,
          ratio: naive / viaJson,
          target: '',
        },
        {
          name: 'raw JSON → columnar → clustered',
          n: N,
          medianMs: endToEnd,
          baseline: null,
          baselineMedianMs: null,
          ratio: null,
          target: '≤ 1000 ms',
        },
      ];
    },
  },
];
