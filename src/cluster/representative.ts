/**
 * The rule that picks a cluster's representative: an erroring exemplar beats a non-erroring one, then the
 * higher value (the slowest request) wins, NaN counting as lowest; remaining ties go to the lower index so
 * the choice is deterministic.
 *
 * `ranksAbove` takes the facts instead of indices so hot loops can keep the incumbent's facts at hand rather
 * than re-reading them from random places in large arrays.
 */
export function ranksAbove(
  candidateError: boolean,
  candidateValue: number,
  candidate: number,
  incumbentError: boolean,
  incumbentValue: number,
  incumbent: number
): boolean {
  if (candidateError !== incumbentError) {
    return candidateError;
  }
  const a = rankValue(candidateValue);
  const b = rankValue(incumbentValue);
  return a !== b ? a > b : candidate < incumbent;
}

/** A value as the rule ranks it: NaN as the lowest of all. Ranking ranked values again changes nothing. */
export function rankValue(v: number): number {
  return v === v ? v : -Infinity;
}
