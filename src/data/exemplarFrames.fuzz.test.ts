import { DataFrame, FieldType } from '@grafana/data';
import fc from 'fast-check';

import { cellAsNumber, hostileExemplarFrame, HostileExemplarFrame, labelCell } from './__fixtures__/hostileFrames';
import { labelValue } from './columnar';
import { exemplarSetFromFrames, isExemplarFrame } from './exemplarFrames';
import { ExemplarSet } from './model';
import { splitFrames } from './seriesFrames';

/** The columns of a set agree with each other and hold only drawable numbers; the first problem found, if any. */
function inconsistency(set: ExemplarSet): string | undefined {
  if (set.timeMs.length !== set.size || set.value.length !== set.size || set.refIds.codes.length !== set.size) {
    return 'column lengths differ from size';
  }
  for (let i = 0; i < set.size; i++) {
    if (!Number.isFinite(set.timeMs[i]) || !Number.isFinite(set.value[i]) || set.value[i] < 0) {
      return `row ${i} has time ${set.timeMs[i]}, value ${set.value[i]}`;
    }
  }
  for (const column of [...set.labels, set.refIds]) {
    if (column.codes.length !== set.size || column.dict.some((v) => typeof v !== 'string')) {
      return `label column ${column.name} has ${column.codes.length} rows or non-text values`;
    }
    if (column.codes.some((code) => code < -1 || code >= column.dict.length)) {
      return `label column ${column.name} has a code outside its dictionary`;
    }
  }
  return undefined;
}

/** Which rows of a generated frame the parser must keep, from the frame's cells alone. */
function expectedRows(frames: HostileExemplarFrame[]): Array<{ frame: HostileExemplarFrame; row: number }> {
  const kept: Array<{ frame: HostileExemplarFrame; row: number }> = [];
  for (const frame of frames.filter((f) => f.usable)) {
    for (let row = 0; row < Math.min(frame.time.length, frame.value.length); row++) {
      const t = cellAsNumber(frame.time[row]);
      const v = cellAsNumber(frame.value[row]);
      if (Number.isFinite(t) && Number.isFinite(v) && v >= 0) {
        kept.push({ frame, row });
      }
    }
  }
  return kept;
}

const cap = fc.option(
  fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom(NaN, Infinity, -Infinity, 0.5, 2.7, 1e12)),
  {
    nil: undefined,
  }
);

function effectiveCap(value: number | undefined): number {
  return value === undefined || Number.isNaN(value) ? Infinity : Math.max(0, Math.floor(value));
}

describe('exemplarSetFromFrames under fuzzing', () => {
  it('keeps exactly the rows with a finite time and a finite, non-negative value, and accounts for every other row', () => {
    fc.assert(
      fc.property(fc.array(hostileExemplarFrame(), { maxLength: 5 }), cap, (frames, capOption) => {
        const { set, report } = exemplarSetFromFrames(
          frames.map((f) => f.frame),
          { cap: capOption }
        );
        expect(inconsistency(set)).toBeUndefined();
        const expected = expectedRows(frames);
        const limit = effectiveCap(capOption);
        const usable = frames.filter((f) => f.usable);
        const rowsOfUsable = usable.reduce((sum, f) => sum + Math.max(f.time.length, f.value.length), 0);

        expect(report.frames).toBe(frames.length);
        expect(report.unusableFrames).toBe(frames.length - usable.length);
        expect(set.size).toBe(Math.min(expected.length, limit));
        expect(report.truncatedRows).toBe(expected.length - set.size);
        // Nothing disappears without a count the diagnostics can show.
        expect(set.size + report.rejectedRows + report.truncatedRows).toBe(rowsOfUsable);

        // Row by row as one comparison: jest's expect is too slow to call per cell thousands of times.
        const rowsRead = expected.slice(0, set.size).map((_, i) => ({
          time: set.timeMs[i],
          value: set.value[i],
          refId: labelValue(set.refIds, i),
          labels: Object.fromEntries(
            set.labels.map((c) => [c.name, labelValue(c, i)]).filter(([, v]) => v !== undefined)
          ),
        }));
        const rowsMeant = expected.slice(0, set.size).map(({ frame, row }) => ({
          time: cellAsNumber(frame.time[row]),
          value: cellAsNumber(frame.value[row]),
          refId: frame.frame.refId ?? '',
          labels: Object.fromEntries(
            frames
              .flatMap((f) => f.labels.map((l) => l.name))
              .map((name) => {
                const cell = frame.labels.find((l) => l.name === name)?.values[row];
                return [name, cell === null || cell === undefined || cell === '' ? undefined : String(cell)];
              })
              .filter(([, v]) => v !== undefined)
          ),
        }));
        expect(rowsRead).toEqual(rowsMeant);
      }),
      { numRuns: 6000 }
    );
  });

  it('survives label fields named like the time and value fields, duplicated fields and odd field types', () => {
    const anyField = fc.record({
      name: fc.constantFrom('Time', 'Value', 'trace_id', '', 'le'),
      type: fc.constantFrom(FieldType.time, FieldType.number, FieldType.string, FieldType.boolean, FieldType.other),
      config: fc.constant({}),
      values: fc.array(labelCell, { maxLength: 20 }),
    });
    const frame = fc.record({
      name: fc.constant('exemplar'),
      length: fc.nat(25),
      fields: fc.array(anyField, { maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(frame, { maxLength: 4 }), (frames) => {
        const { set, report } = exemplarSetFromFrames(frames as DataFrame[]);
        expect(inconsistency(set)).toBeUndefined();
        expect(report.frames).toBe(frames.length);
      }),
      { numRuns: 2000 }
    );
  });

  it('splits responses by frame name and meta without throwing on unknown meta', () => {
    fc.assert(
      fc.property(fc.array(hostileExemplarFrame(3), { maxLength: 6 }), (frames) => {
        const all = frames.map((f) => f.frame);
        const { series, exemplars } = splitFrames(all);
        expect(exemplars.every(isExemplarFrame)).toBe(true);
        expect(series.some(isExemplarFrame)).toBe(false);
        expect(series.length + exemplars.length).toBeLessThanOrEqual(all.length);
      }),
      // With the 6000 + 2000 + 8 above: over 10k generated cases for the exemplar frame parser.
      { numRuns: 2000 }
    );
  });

  it('parses huge frames within the cap, with duplicate timestamps and distinct trace IDs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20_000, max: 60_000 }),
        fc.integer({ min: 1, max: 80_000 }),
        fc.nat(9),
        (rows, limit, badEvery) => {
          const time = Array.from({ length: rows }, (_, i) => 1_700_000_000_000 + Math.floor(i / 4));
          const value = Array.from({ length: rows }, (_, i) =>
            badEvery > 0 && i % (badEvery + 7) === 0 ? NaN : (i % 997) / 100
          );
          const traceIds = Array.from({ length: rows }, (_, i) => `t${i.toString(16)}`);
          const frame: DataFrame = {
            name: 'exemplar',
            length: rows,
            fields: [
              { name: 'Time', type: FieldType.time, config: {}, values: time },
              { name: 'Value', type: FieldType.number, config: {}, values: value },
              { name: 'trace_id', type: FieldType.string, config: {}, values: traceIds },
            ],
          };
          const { set, report } = exemplarSetFromFrames([frame], { cap: limit });
          const valid = value.filter((v) => Number.isFinite(v)).length;
          expect(set.size).toBe(Math.min(valid, limit));
          expect(report.rejectedRows).toBe(rows - valid);
          expect(report.truncatedRows).toBe(valid - set.size);
          expect(set.labels[0].codes).toHaveLength(set.size);
        }
      ),
      { numRuns: 8 }
    );
  });
});
