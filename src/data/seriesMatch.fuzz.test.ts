import fc from 'fast-check';

import { findLabel, labelValue } from './columnar';
import { ExemplarSet, LatencySeries } from './model';
import { groupSeries, matchExemplarsToGroups, SeriesGroup } from './seriesMatch';

/**
 * Exemplars are matched to latency lines by their labels, on dictionary codes with a memo. Checked against the
 * definition, row by row: an exemplar belongs to the most specific group all of whose labels it carries with
 * the same value (the first such group among equally specific ones), else to none (-1).
 */

const names = ['route', 'method', 'status', 'le', '__name__', 'quantile', '__proto__', 'job'];
const values = ['/a', '/b', '', 'GET', '500', '<img src=x>', '0.5'];

const seriesLabels = fc.dictionary(fc.constantFrom(...names), fc.constantFrom(...values), { maxKeys: 4 });

function series(labels: Record<string, string>): LatencySeries {
  return { refId: 'A', name: 'x', labels, timeMs: new Float64Array(0), value: new Float64Array(0), unit: 's' };
}

/**
 * An exemplar set built column by column, as the parsers leave it: each label column dictionary-encoded,
 * or identity-encoded (equal values under different codes, as for trace IDs), or with a dictionary so large
 * that the memo key overflows exact integers and the matcher switches to text keys.
 */
const exemplarSet = fc
  .record({
    rows: fc.array(fc.dictionary(fc.constantFrom(...names), fc.constantFrom(...values), { maxKeys: 5 }), {
      maxLength: 30,
    }),
    encoding: fc.constantFrom('dictionary', 'identity', 'huge'),
  })
  .map(({ rows, encoding }): ExemplarSet => {
    const size = rows.length;
    const columnNames = Array.from(new Set(rows.flatMap((r) => Object.keys(r)))).sort();
    const labels = columnNames.map((name) => {
      const dict: string[] = [];
      if (encoding === 'huge') {
        // A sparse dictionary of 2^30 entries (codes still fit Int32): two such columns make the memo key pass 2^53.
        dict.length = 2 ** 30;
      }
      const codeOf = new Map<string, number>();
      const codes = new Int32Array(size).fill(-1);
      rows.forEach((row, i) => {
        const value = Object.prototype.hasOwnProperty.call(row, name) ? row[name] : undefined;
        if (value === undefined || value === '') {
          return;
        }
        const known = encoding === 'identity' ? undefined : codeOf.get(value);
        codes[i] = known ?? dict.push(value) - 1;
        codeOf.set(value, codes[i]);
      });
      return { name, dict, codes };
    });
    return {
      size,
      timeMs: new Float64Array(size),
      value: new Float64Array(size),
      labels,
      refIds: { name: 'refId', dict: [], codes: new Int32Array(size).fill(-1) },
      source: 'sampled',
    };
  });

function naiveGroupOf(set: ExemplarSet, groups: SeriesGroup[], row: number): number {
  // Stable sort: among equally specific groups the first wins.
  const ordered = groups
    .map((_, i) => i)
    .sort((a, b) => Object.keys(groups[b].labels).length - Object.keys(groups[a].labels).length);
  for (const g of ordered) {
    if (Object.entries(groups[g].labels).every(([name, value]) => labelValue(findLabel(set, name), row) === value)) {
      return g;
    }
  }
  return -1;
}

describe('matching exemplars to latency lines under fuzzing', () => {
  it('groups lines by their labels apart from __name__ and quantile, and matches each exemplar like the definition', () => {
    fc.assert(
      fc.property(fc.array(seriesLabels, { maxLength: 6 }), exemplarSet, (labelSets, set) => {
        const lines = labelSets.map(series);
        const groups = groupSeries(lines);
        // Every line in exactly one group; a group's lines share its labels.
        expect(groups.flatMap((g) => g.series).sort((a, b) => a - b)).toEqual(lines.map((_, i) => i));
        for (const group of groups) {
          for (const index of group.series) {
            const own = Object.entries(lines[index].labels).filter(([k]) => k !== '__name__' && k !== 'quantile');
            expect(Object.fromEntries(own)).toEqual(group.labels);
          }
        }
        const matched = Array.from(matchExemplarsToGroups(set, groups));
        expect(matched).toEqual(Array.from({ length: set.size }, (_, row) => naiveGroupOf(set, groups, row)));
      }),
      { numRuns: 10_000 }
    );
  });
});
