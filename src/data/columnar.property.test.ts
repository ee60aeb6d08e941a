import fc from 'fast-check';

import { LabelColumnEncoder, labelValue } from './columnar';
import { LabelColumn } from './model';

/** What a cell must read back as: text, or absent for null, undefined and ''. */
function expectedText(cell: unknown): string | undefined {
  return cell === null || cell === undefined || cell === '' ? undefined : String(cell);
}

/** The same text in a string object of its own, as a JSON decoder gives one per cell. */
function freshCopy(text: string): string {
  return (' ' + text).slice(1);
}

/**
 * Cells drawn from a pool of `distinct` values: mostly the pool's own string objects, some equal-content copies,
 * numbers and absent cells, in runs and cycles (interleaved series) or at random.
 */
function cellsArbitrary(maxDistinct: number) {
  return fc
    .record({
      distinct: fc.integer({ min: 1, max: maxDistinct }),
      rows: fc.integer({ min: 0, max: 600 }),
      pattern: fc.constantFrom('cycle', 'runs', 'random'),
      period: fc.integer({ min: 1, max: 20 }),
      seed: fc.integer(),
      absentEvery: fc.integer({ min: 0, max: 9 }),
    })
    .map(({ distinct, rows, pattern, period, seed, absentEvery }) => {
      const pool = Array.from({ length: distinct }, (_, i) => (i % 7 === 6 ? i : `value-${i}`));
      let state = seed >>> 0;
      const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
      return Array.from({ length: rows }, (_, row): unknown => {
        if (absentEvery > 0 && next() % 10 < absentEvery / 3) {
          return [null, undefined, ''][next() % 3];
        }
        const index =
          pattern === 'cycle'
            ? row % Math.min(period, distinct)
            : pattern === 'runs'
              ? Math.floor(row / period) % distinct
              : next() % distinct;
        const cell = pool[index];
        return typeof cell === 'string' && next() % 4 === 0 ? freshCopy(cell) : cell;
      });
    });
}

function readBack(column: LabelColumn, rows: number): Array<string | undefined> {
  return Array.from({ length: rows }, (_, row) => labelValue(column, row));
}

/** The narrowest code array that holds every code of the dictionary. */
function narrowestFor(dictLength: number): string {
  return dictLength <= 128 ? 'Int8Array' : dictLength <= 32768 ? 'Int16Array' : 'Int32Array';
}

describe('LabelColumnEncoder', () => {
  it('reads back every cell, whatever the order, chunking and dropped rows, with the narrowest codes', () => {
    fc.assert(
      fc.property(
        cellsArbitrary(300),
        fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 4 }),
        fc.boolean(),
        (cells, cuts, dropSome) => {
          // Rows kept by the parser: all, or every row but each fifth (the `rows` mapping).
          const kept = cells.map((_, row) => row).filter((row) => !dropSome || row % 5 !== 4);
          const encoder = new LabelColumnEncoder('label', kept.length);
          // The kept rows arrive in chunks, as frames do; each chunk is encoded from a frame of its own.
          let start = 0;
          for (const size of [...cuts, kept.length]) {
            const count = Math.min(size, kept.length - start);
            const chunkRows = kept.slice(start, start + count);
            const frameValues = cells.slice(chunkRows[0] ?? 0, (chunkRows[count - 1] ?? -1) + 1);
            const rows = dropSome ? Int32Array.from(chunkRows, (row) => row - (chunkRows[0] ?? 0)) : null;
            encoder.encodeField(frameValues, start, count, rows);
            start += count;
          }
          const column = encoder.finish();
          expect(readBack(column, kept.length)).toEqual(kept.map((row) => expectedText(cells[row])));
          expect(column.codes.constructor.name).toBe(narrowestFor(column.dict.length));
          // Dictionary columns hold each value once; identity columns (none this small) could repeat.
          expect(new Set(column.dict).size).toBe(column.dict.length);
        }
      )
    );
  });

  it('widens codes past 128 and 32768 values without changing rows already written', () => {
    for (const distinct of [128, 129, 32768, 32769]) {
      const cells = Array.from({ length: distinct * 2 }, (_, row) => `v${row % distinct}`);
      const encoder = new LabelColumnEncoder('label', cells.length);
      // Below the cardinality probe's size each chunk is dictionary-encoded, so codes grow one by one.
      for (let start = 0; start < cells.length; start += 1000) {
        const chunk = cells.slice(start, start + 1000);
        encoder.encodeField(chunk, start, chunk.length, null);
      }
      const column = encoder.finish();
      expect(column.dict).toHaveLength(distinct);
      expect(column.codes.constructor.name).toBe(narrowestFor(distinct));
      expect(readBack(column, cells.length)).toEqual(cells);
    }
  });

  it('identity-encodes a mostly distinct field in codes as wide as its row count needs, and reads it back', () => {
    const cells = Array.from({ length: 40_000 }, (_, row) => (row % 11 === 0 ? null : `trace-${row}`));
    const encoder = new LabelColumnEncoder('trace_id', cells.length);
    encoder.encodeField(cells, 0, cells.length, null);
    const column = encoder.finish();
    expect(column.dict.length).toBeGreaterThan(32768);
    expect(column.codes).toBeInstanceOf(Int32Array);
    expect(readBack(column, cells.length)).toEqual(cells.map(expectedText));
  });

  it('widens codes for series values filled into an identity-encoded column', () => {
    const ids = Array.from({ length: 2048 }, (_, row) => `span-${row}`);
    const encoder = new LabelColumnEncoder('span_id', 2048 + 40_000);
    encoder.encodeField(ids, 0, ids.length, null);
    // A series label of the same name over many series (raw exemplars): each fill adds an entry.
    for (let series = 0; series < 40_000; series++) {
      encoder.fill(2048 + series, 2049 + series, `series-${series}`);
    }
    const column = encoder.finish();
    expect(column.codes).toBeInstanceOf(Int32Array);
    expect(labelValue(column, 2047)).toBe('span-2047');
    expect(labelValue(column, 2048 + 39_999)).toBe('series-39999');
  });

  it('keeps rows set one at a time and filled in runs when the codes widen in between', () => {
    const encoder = new LabelColumnEncoder('instance', 400);
    encoder.fill(0, 100, 'series-a');
    for (let row = 100; row < 300; row++) {
      encoder.setOne(row, `host-${row}`);
    }
    encoder.fill(300, 400, 7);
    const column = encoder.finish();
    expect(column.codes).toBeInstanceOf(Int16Array);
    expect(readBack(column, 400)).toEqual([
      ...Array(100).fill('series-a'),
      ...Array.from({ length: 200 }, (_, i) => `host-${i + 100}`),
      ...Array(100).fill('7'),
    ]);
  });
});
