import { findLabel } from './columnar';
import { ExemplarSet } from './model';

export interface LabelMatcher {
  label: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
}

export type FilterParse = { ok: true; matchers: LabelMatcher[] } | { ok: false; error: string };

/** `label op` at the start of the rest; the label grammar has no spaces, so `\s*` cannot backtrack into it. */
const LABEL_OP = /^([a-zA-Z_][a-zA-Z0-9_.]*)\s*(=~|!~|!=|=)/;
/** The value right after the operator (spaces skipped): double- or single-quoted with escapes, or bare (maybe empty). */
const VALUE = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^,"'\s]*))/;

/** A value quoted back in a message, cut short: the filter may be pasted text of any length. */
function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * PromQL-style label matchers, as typed in the panel options: `status=~"5..", route="/api/cart"`
 * (braces and quotes optional). Regexes are anchored like PromQL's.
 * Spaces are skipped outside the regexes, so reading takes linear time whatever the text.
 */
export function parseExemplarFilter(text: string): FilterParse {
  let rest = text.trim();
  // Braces around the whole list are optional; a `}` is only a brace when a `{` opened the list.
  if (rest.startsWith('{')) {
    rest = rest.slice(1).replace(/\}$/, '').trim();
  }
  const matchers: LabelMatcher[] = [];
  while (rest.length > 0) {
    const head = LABEL_OP.exec(rest);
    const afterOp = head ? rest.slice(head[0].length).trimStart() : '';
    const match = head ? VALUE.exec(afterOp) : null;
    const afterValue = match ? afterOp.slice(match[0].length).trimStart() : '';
    if (!head || !match || !(afterValue === '' || afterValue.startsWith(','))) {
      return {
        ok: false,
        error: `Cannot read the exemplar filter at "${rest.slice(0, 30)}": write label="value", label=~"regex".`,
      };
    }
    const raw = match[1] ?? match[2] ?? match[3] ?? '';
    const value = raw.replace(/\\(.)/g, '$1');
    const op = head[2] as LabelMatcher['op'];
    if (op === '=~' || op === '!~') {
      try {
        new RegExp(`^(?:${value})$`);
      } catch {
        return { ok: false, error: `"${shown(value)}" is not a valid regular expression.` };
      }
    }
    matchers.push({ label: head[1], op, value });
    rest = afterValue.slice(1).trim();
  }
  return { ok: true, matchers };
}

function predicate(matcher: LabelMatcher): (value: string) => boolean {
  switch (matcher.op) {
    case '=':
      return (v) => v === matcher.value;
    case '!=':
      return (v) => v !== matcher.value;
    default: {
      const re = new RegExp(`^(?:${matcher.value})$`);
      return matcher.op === '=~' ? (v) => re.test(v) : (v) => !re.test(v);
    }
  }
}

/**
 * 1 for exemplars matching every matcher. A label an exemplar lacks counts as "" (as in PromQL).
 * Evaluated once per distinct value and mapped over the rows: no refetch, no per-row regex.
 */
export function exemplarFilterMask(set: ExemplarSet, matchers: LabelMatcher[]): Uint8Array {
  const mask = new Uint8Array(set.size).fill(1);
  for (const matcher of matchers) {
    const test = predicate(matcher);
    const column = findLabel(set, matcher.label);
    const absentPasses = test('');
    if (!column) {
      if (!absentPasses) {
        mask.fill(0);
      }
      continue;
    }
    const dictPasses = column.dict.map(test);
    const codes = column.codes;
    for (let row = 0; row < set.size; row++) {
      const code = codes[row];
      if (!(code >= 0 ? dictPasses[code] : absentPasses)) {
        mask[row] = 0;
      }
    }
  }
  return mask;
}
