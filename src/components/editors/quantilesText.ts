/** "p50, 0.9, 99.9" → [0.5, 0.9, 0.999]: people write percentiles both ways. */
export function parseQuantiles(text: string): { ok: true; quantiles: number[] } | { ok: false; error: string } {
  const parts = text
    .split(/[\s,]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) {
    return { ok: false, error: 'Enter at least one quantile, e.g. 0.99 or p99.' };
  }
  const quantiles: number[] = [];
  for (const part of parts) {
    const percentile = /^p/i.test(part);
    const n = Number(percentile ? part.slice(1) : part);
    const q = percentile || n >= 1 ? n / 100 : n;
    if (!Number.isFinite(n) || !(q > 0 && q < 1)) {
      return { ok: false, error: `"${part}" is not a quantile: use 0.99 or p99.` };
    }
    quantiles.push(Math.round(q * 1e6) / 1e6);
  }
  return { ok: true, quantiles: Array.from(new Set(quantiles)).sort((a, b) => a - b) };
}

export function formatQuantiles(quantiles: number[]): string {
  return quantiles.join(', ');
}
