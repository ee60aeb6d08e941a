/**
 * The row both comparisons (labels, traces) rank: how often `key=value` occurs on each side, as a share of
 * that side, and the difference. Shared so the two views order and explain their rows the same way.
 */
export interface ShareRow {
  /** What the row is about: a label name, `span`/`resource` attribute key, `service`, `operation` … */
  kind: string;
  key: string;
  value: string;
  selectionCount: number;
  baselineCount: number;
  /** Count ÷ the side's size (0 for an empty side), in [0, 1]. */
  selectionShare: number;
  baselineShare: number;
  /** selectionShare − baselineShare, in [-1, 1]: what is over-represented in the selection is positive. */
  difference: number;
  /** Plain text, e.g. "`cache.hit=false`: 92 % of selected traces, 4 % of baseline". */
  explanation: string;
}

export interface SideSizes {
  selection: number;
  baseline: number;
  /** The noun of the explanation: "exemplars", "traces". */
  unit: string;
}

function percent(share: number): string {
  const value = share * 100;
  // Below 1 % and above 99 % one decimal keeps "rare" from reading as "never" and "most" as "all".
  return `${value > 0 && value < 1 ? value.toFixed(1) : value > 99 && value < 100 ? value.toFixed(1) : Math.round(value)} %`;
}

export function shareRow(
  kind: string,
  key: string,
  value: string,
  selectionCount: number,
  baselineCount: number,
  sizes: SideSizes
): ShareRow {
  const selectionShare = sizes.selection > 0 ? selectionCount / sizes.selection : 0;
  const baselineShare = sizes.baseline > 0 ? baselineCount / sizes.baseline : 0;
  return {
    kind,
    key,
    value,
    selectionCount,
    baselineCount,
    selectionShare,
    baselineShare,
    difference: selectionShare - baselineShare,
    explanation: `\`${key}=${value}\`: ${percent(selectionShare)} of selected ${sizes.unit}, ${percent(baselineShare)} of baseline`,
  };
}

/**
 * Most over-represented in the selection first (selection − baseline, largest first), so what the slow requests
 * have and the others lack leads; what every request has (difference 0) sits between, and what the selection lacks
 * comes last. Ranking by size whatever the sign would let a skewed baseline (one route over-sampled) put "not
 * checkout" above the cause. Ties by kind, key and value, so the order is stable.
 */
export function compareShareRows(a: ShareRow, b: ShareRow): number {
  return (
    b.difference - a.difference ||
    (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
    (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  );
}
