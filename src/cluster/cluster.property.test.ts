import fc from 'fast-check';

import { clusterExemplars, type ClusterInput, type Clusters, type PlotBounds } from './cluster';
import { clusterInputOf, unplacedCountOf } from './testPoints';

/** Float slack for distances computed from summed coordinates. */
const SLACK = 1 + 1e-9;

const coordinate = (max: number) =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: Math.min(max, 60) }), weight: 4 }, // many coincident and near points
    { arbitrary: fc.double({ min: -5, max: max + 5, noNaN: true }), weight: 4 },
    { arbitrary: fc.constantFrom(NaN, Infinity, -Infinity), weight: 1 }
  );

const point = fc.record({
  x: coordinate(300),
  y: coordinate(120),
  value: fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.constantFrom(NaN, 0, 1, 1)),
  isError: fc.boolean(),
  include: fc.boolean(),
});

const scenario = fc.record({
  points: fc.array(point, { maxLength: 250 }),
  withErrors: fc.boolean(),
  withInclude: fc.boolean(),
  radius: fc.oneof(fc.double({ min: 0.5, max: 40, noNaN: true }), fc.constantFrom(1, 10)),
  bounds: fc.option(fc.constant<PlotBounds>({ width: 300, height: 120 }), { nil: undefined }),
});

function inputOf(s: Scenario): ClusterInput {
  const input = clusterInputOf(s.points);
  return {
    ...input,
    isError: s.withErrors ? Uint8Array.from(s.points, (p) => (p.isError ? 1 : 0)) : undefined,
    include: s.withInclude ? Uint8Array.from(s.points, (p) => (p.include ? 1 : 0)) : undefined,
  };
}
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function isPlaceable(input: ClusterInput, i: number, bounds: PlotBounds | undefined): boolean {
  const [x, y] = [input.x[i], input.y[i]];
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    return false;
  }
  return !bounds || (x >= -0.5 && x <= bounds.width + 0.5 && y >= -0.5 && y <= bounds.height + 0.5);
}

/** Independent statement of the rule: slowest erroring member if any, else slowest member; NaN lowest; lowest index. */
function expectedRepresentative(members: number[], input: ClusterInput): number {
  const erroring = members.filter((i) => input.isError?.[i] === 1);
  const pool = erroring.length > 0 ? erroring : members;
  const rank = (i: number) => (Number.isNaN(input.value[i]) ? -Infinity : input.value[i]);
  const top = Math.max(...pool.map(rank));
  return Math.min(...pool.filter((i) => rank(i) === top));
}

function membersOf(clusters: Clusters, c: number): number[] {
  return Array.from(clusters.members.subarray(clusters.memberStart[c], clusters.memberStart[c + 1]));
}

describe('clusterExemplars invariants (property-based)', () => {
  const runs = { numRuns: 300 };

  it('puts every placed exemplar in exactly one cluster and no other exemplar anywhere', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = inputOf(s);
        const clusters = clusterExemplars(input, s.radius, s.bounds);
        const seen = new Array<number>(input.size).fill(0);
        let unplaced = 0;
        for (let c = 0; c < clusters.count; c++) {
          const members = membersOf(clusters, c);
          expect(members.length).toBe(clusters.size[c]);
          expect(members.length).toBeGreaterThan(0);
          expect(members).toEqual([...members].sort((a, b) => a - b));
          for (const i of members) {
            seen[i]++;
            expect(clusters.clusterOf[i]).toBe(c);
          }
        }
        for (let i = 0; i < input.size; i++) {
          const included = input.include?.[i] !== 0;
          const placeable = included && isPlaceable(input, i, s.bounds);
          unplaced += included && !placeable ? 1 : 0;
          expect(seen[i]).toBe(placeable ? 1 : 0);
          expect(clusters.clusterOf[i] >= 0).toBe(placeable);
        }
        const sizeSum = clusters.size.reduce((sum, size) => sum + size, 0);
        expect(sizeSum).toBe(seen.filter((times) => times === 1).length);
        expect(unplacedCountOf(clusters, input.include)).toBe(unplaced);
      }),
      runs
    );
  });

  it('keeps markers more than the radius apart and members within 2·radius of their marker', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = inputOf(s);
        const clusters = clusterExemplars(input, s.radius, s.bounds);
        const r = clusters.radiusPx;
        expect(r).toBeGreaterThanOrEqual(s.radius);
        if (s.bounds) {
          expect(r).toBe(s.radius); // a 300×120 plot never needs a raised radius
        }
        for (let a = 0; a < clusters.count; a++) {
          for (let b = a + 1; b < clusters.count; b++) {
            // The clustering compares squared distances; Math.hypot can round a distance the square put just
            // above r back to exactly r (found: (0,0) and (10, 8.4e-8) at r = 10), so allow that rounding only.
            expect(Math.hypot(clusters.x[a] - clusters.x[b], clusters.y[a] - clusters.y[b])).toBeGreaterThan(r / SLACK);
          }
          for (const i of membersOf(clusters, a)) {
            expect(Math.hypot(input.x[i] - clusters.x[a], input.y[i] - clusters.y[a])).toBeLessThanOrEqual(
              2 * r * SLACK
            );
          }
        }
      }),
      runs
    );
  });

  it('keeps the 2·radius member bound in its worst case: a satellite clump with a straggler behind it', () => {
    // A dense seed, a clump just within the radius, and one point further out along the same line: the straggler can
    // join the seed's cluster through the clump's centroid, which is where a looser grid would break the bound.
    const diagonal = fc.integer({ min: 0, max: 3 }).map((quadrant) => Math.PI / 4 + (quadrant * Math.PI) / 2);
    const layout = fc.record({
      origin: fc.tuple(fc.double({ min: 40, max: 140, noNaN: true }), fc.double({ min: 40, max: 140, noNaN: true })),
      angle: fc.oneof(diagonal, fc.double({ min: 0, max: 2 * Math.PI, noNaN: true })),
      clumpDistance: fc.double({ min: 0.5, max: 1, noNaN: true }),
      stragglerDistance: fc.double({ min: 0, max: 1.5, noNaN: true }),
      clumpSize: fc.integer({ min: 1, max: 60 }),
      radius: fc.double({ min: 2, max: 15, noNaN: true }),
    });
    fc.assert(
      fc.property(layout, ({ origin, angle, clumpDistance, stragglerDistance, clumpSize, radius }) => {
        const at = (distance: number) => ({
          x: origin[0] + Math.cos(angle) * distance * radius,
          y: origin[1] + Math.sin(angle) * distance * radius,
        });
        const points = [
          ...Array.from({ length: 80 }, () => at(0)),
          ...Array.from({ length: clumpSize }, () => at(clumpDistance)),
          at(clumpDistance + stragglerDistance),
        ];
        const input = clusterInputOf(points);
        const clusters = clusterExemplars(input, radius, { width: 200, height: 200 });
        let farthest = 0;
        for (let i = 0; i < input.size; i++) {
          const c = clusters.clusterOf[i];
          farthest = Math.max(
            farthest,
            c < 0 ? Infinity : Math.hypot(input.x[i] - clusters.x[c], input.y[i] - clusters.y[c])
          );
        }
        expect(farthest).toBeLessThanOrEqual(2 * radius * SLACK);
      }),
      { numRuns: 1000 }
    );
  });

  it('picks the slowest member as representative, an erroring one first, and counts errors', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = inputOf(s);
        const clusters = clusterExemplars(input, s.radius, s.bounds);
        for (let c = 0; c < clusters.count; c++) {
          const members = membersOf(clusters, c);
          expect(clusters.representative[c]).toBe(expectedRepresentative(members, input));
          expect(clusters.errorCount[c]).toBe(members.filter((i) => input.isError?.[i] === 1).length);
        }
      }),
      runs
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        expect(clusterExemplars(inputOf(s), s.radius, s.bounds)).toEqual(
          clusterExemplars(inputOf(s), s.radius, s.bounds)
        );
      }),
      { numRuns: 100 }
    );
  });
});
