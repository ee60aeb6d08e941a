/**
 * Port of Grafana's exemplar std-dev sampler (pkg/promlib/querydata/exemplar/sampler_stddev.go).
 * Per step bucket, sorted by value descending: keep the slowest, then only exemplars more than
 * two standard deviations (over every exemplar of the query, Welford) below the last kept one.
 */

export interface SampledExemplar<T> {
  timeMs: number;
  value: number;
  item: T;
}

/** `models.AlignTimeRange(t, step, 0)`: floor to a multiple of the step. */
function alignToStep(timeMs: number, stepMs: number): number {
  return Math.floor(timeMs / stepMs) * stepMs;
}

export class StandardDeviationSampler<T> {
  private stepMs = 0;
  private buckets = new Map<number, Array<SampledExemplar<T>>>();
  private count = 0;
  private mean = 0;
  private m2 = 0;

  setStep(stepMs: number): void {
    this.stepMs = stepMs;
  }

  add(exemplar: SampledExemplar<T>): void {
    const bucketTime = alignToStep(exemplar.timeMs, this.stepMs);
    this.updateAggregations(exemplar.value);
    const bucket = this.buckets.get(bucketTime);
    if (bucket) {
      bucket.push(exemplar);
    } else {
      this.buckets.set(bucketTime, [exemplar]);
    }
  }

  /** Sample sorted by time; Array.prototype.sort is stable like Go's sort.SliceStable. */
  sample(): Array<SampledExemplar<T>> {
    const deviation = this.standardDeviation();
    const kept: Array<SampledExemplar<T>> = [];
    for (const bucket of this.buckets.values()) {
      bucket.sort((a, b) => b.value - a.value);
      const sampled: Array<SampledExemplar<T>> = [];
      for (const exemplar of bucket) {
        if (sampled.length === 0) {
          sampled.push(exemplar);
          continue;
        }
        const previous = sampled[sampled.length - 1];
        if (deviation !== 0 && previous.value - exemplar.value > deviation * 2) {
          sampled.push(exemplar);
        }
      }
      kept.push(...sampled);
    }
    return kept.sort((a, b) => a.timeMs - b.timeMs);
  }

  private updateAggregations(value: number): void {
    this.count++;
    const delta = value - this.mean;
    this.mean += delta / this.count;
    this.m2 += delta * (value - this.mean);
  }

  private standardDeviation(): number {
    return this.count < 2 ? 0 : Math.sqrt(this.m2 / (this.count - 1));
  }
}
