/** Collects data problems per kind, so a trace with 50k skewed spans yields one warning, not 50k. */
import type { TraceWarning, TraceWarningKind } from './types';

const SAMPLE_SIZE = 5;

const DESCRIBE: Record<TraceWarningKind, (count: number) => string> = {
  orphan: (n) =>
    `${n} span${plural(n)} name${n === 1 ? 's' : ''} a parent that is not in the trace; shown as top-level spans.`,
  cycle: (n) => `${n} parent cycle${plural(n)} found; each was cut at its earliest span, shown as top-level.`,
  'duplicate-span-id': (n) =>
    `${n} span${plural(n)} repeat${n === 1 ? 's' : ''} an earlier span ID; children attach to the first.`,
  'clock-skew': (n) =>
    `${n} span${plural(n)} start before or end after ${n === 1 ? 'its' : 'their'} parent (clock skew); clamped into the parent for display.`,
  'invalid-duration': (n) => `${n} span${plural(n)} had a negative or missing duration; shown as 0 ms.`,
  'invalid-start': (n) =>
    `${n} span${plural(n)} had no usable start time; placed at ${n === 1 ? 'its' : 'their'} parent's start.`,
  'multiple-roots': (n) => `${n} spans declare no parent; the earliest is taken as the trace root.`,
};

export class WarningCollector {
  private readonly byKind = new Map<TraceWarningKind, { count: number; sampleSpanIds: string[] }>();

  add(kind: TraceWarningKind, spanId?: string, times = 1): void {
    let entry = this.byKind.get(kind);
    if (!entry) {
      entry = { count: 0, sampleSpanIds: [] };
      this.byKind.set(kind, entry);
    }
    entry.count += times;
    if (spanId !== undefined && entry.sampleSpanIds.length < SAMPLE_SIZE) {
      entry.sampleSpanIds.push(spanId);
    }
  }

  toList(): TraceWarning[] {
    return [...this.byKind].map(([kind, { count, sampleSpanIds }]) => ({
      kind,
      count,
      sampleSpanIds,
      message: DESCRIBE[kind](count),
    }));
  }
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
