import { exemplarFilterMask, parseExemplarFilter, type LabelMatcher } from '../data/exemplarFilter';
import type { ExemplarSet } from '../data/model';
import { selectRegion, type BaselineMode, type RegionBox, type RegionSides } from '../region/box';
import { summarizeSelection, type SelectionSummary } from '../region/summary';

/**
 * What the viewer chose on the chart: a box in value space (time ms × latency, so it stays where it is through a
 * refresh, a zoom or a switch between linear and log axes), where the baseline comes from, and label values the
 * selection was narrowed to from the label comparison (they narrow the selection only, not the baseline).
 */
export interface RegionChoice {
  box: RegionBox;
  baseline: BaselineMode;
  narrow: LabelMatcher[];
}

export interface RegionView {
  sides: RegionSides;
  summary: SelectionSummary;
}

/**
 * The two sides of a region over the full exemplar set (*All* mode's raw exemplars included). `include` is the
 * chart's own mask (exemplars shown, series visible, exemplar filter passed), so the box takes exactly what the
 * chart could draw in it, zoomed away or not.
 */
export function regionView(set: ExemplarSet, include: Uint8Array, choice: RegionChoice): RegionView {
  const sides = selectRegion(set, choice.box, { visible: include }, choice.baseline);
  const selection =
    choice.narrow.length > 0 ? keepMatching(sides.selection, exemplarFilterMask(set, choice.narrow)) : sides.selection;
  return { sides: { selection, baseline: sides.baseline }, summary: summarizeSelection(set, selection) };
}

function keepMatching(indices: Uint32Array, mask: Uint8Array): Uint32Array {
  let kept = 0;
  const out = new Uint32Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    if (mask[indices[k]] === 1) {
      out[kept++] = indices[k];
    }
  }
  return out.slice(0, kept);
}

/** One more narrowing matcher; the same one twice is kept once. */
export function narrowedTo(choice: RegionChoice, label: string, value: string): RegionChoice {
  const already = choice.narrow.some((m) => m.label === label && m.op === '=' && m.value === value);
  return already ? choice : { ...choice, narrow: [...choice.narrow, { label, op: '=', value }] };
}

/**
 * The panel's exemplar filter text with `label="value"` added, in the filter's own syntax (quotes and backslashes
 * escaped, so any value reads back as itself). A filter that already has that matcher is returned as it is.
 */
export function filterWith(filter: string, label: string, value: string): string {
  const parsed = parseExemplarFilter(filter);
  if (parsed.ok && parsed.matchers.some((m) => m.label === label && m.op === '=' && m.value === value)) {
    return filter;
  }
  const matcher = `${label}="${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  const current = filter
    .trim()
    .replace(/^\{([^]*)\}$/, '$1')
    .trim();
  return current ? `${current}, ${matcher}` : matcher;
}
