const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Traces reach the tracing back end seconds to a few minutes after their exemplar is scraped (batching, flushes). */
const INGEST_DELAY_MS = 10 * MINUTE_MS;

/**
 * How long each tracing back end keeps traces unless configured otherwise. Tempo: 14 days
 * (`compactor.compaction.block_retention`, 336h). Jaeger all-in-one and Zipkin keep traces in memory by default:
 * a bounded number (Jaeger `--memory.max-traces`, Zipkin `MEM_MAX_SPANS`), nothing across a restart; an hour-old
 * trace is often gone there.
 */
const RETENTION: Record<string, { afterMs: number; why: string }> = {
  tempo: {
    afterMs: 14 * DAY_MS,
    why: 'Tempo keeps traces 14 days by default (compactor.compaction.block_retention), so it has most likely been deleted.',
  },
  jaeger: {
    afterMs: HOUR_MS,
    why: "Jaeger's all-in-one memory store keeps only the last N traces (--memory.max-traces) and none across a restart; a persistent store keeps them as long as its own retention.",
  },
  zipkin: {
    afterMs: HOUR_MS,
    why: "Zipkin's default in-memory store keeps a bounded number of spans (MEM_MAX_SPANS) and none across a restart.",
  },
};

/** "45 minutes", "3 days", "10 months": how old an exemplar is, roughly. */
export function roughAge(ms: number): string {
  const units: Array<[string, number]> = [
    ['year', 365 * DAY_MS],
    ['month', 30 * DAY_MS],
    ['day', DAY_MS],
    ['hour', HOUR_MS],
    ['minute', MINUTE_MS],
  ];
  for (const [name, size] of units) {
    const n = Math.floor(ms / size);
    if (n >= 1) {
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return 'less than a minute';
}

export interface NotFoundAdvice {
  /** 'recent': probably not ingested yet; 'expired': older than the back end's usual retention; else 'missing'. */
  kind: 'recent' | 'expired' | 'missing';
  title: string;
  body: string;
}

/**
 * What to say when the tracing data source has no trace for an exemplar, by the exemplar's age: not ingested yet
 * (try again), older than the back end's usual retention (gone), or neither (sampled out, never exported).
 */
export function notFoundAdvice(
  datasource: { name: string; type: string },
  exemplarTimeMs: number,
  nowMs: number
): NotFoundAdvice {
  const age = nowMs - exemplarTimeMs;
  const retention = RETENTION[datasource.type];
  if (!Number.isFinite(age) || age < INGEST_DELAY_MS) {
    return {
      kind: 'recent',
      title: 'Trace not found yet',
      body: `${datasource.name} has no trace with this ID yet. Traces are usually ingested a few seconds after their exemplar is scraped: try again in a moment.`,
    };
  }
  if (retention && age > retention.afterMs) {
    return {
      kind: 'expired',
      title: 'Trace probably expired',
      body: `This exemplar is ${roughAge(age)} old. ${retention.why}`,
    };
  }
  return {
    kind: 'missing',
    title: 'Trace not found',
    body: `${datasource.name} has no trace with this ID, ${roughAge(age)} after its exemplar: it may have been sampled out before storage, or never exported.`,
  };
}
