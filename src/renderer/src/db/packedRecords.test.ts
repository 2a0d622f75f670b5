import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordTables } from '@shared/model/tables';
import { defaultDataset } from './defaultDatasetFile';
import { packRecords, unpackRecords } from './packedRecords';

/** What a record may hold: plain objects, arrays, strings in any script, numbers of every kind, booleans, null, undefined. */
const recordValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, withCrossShrink: true },
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.constantFrom('', 'Ташкент', '华为技术有限公司', 'Oʻzbekiston', 'a\u0000b', '😀', 'x'.repeat(100)),
    fc.double(),
    fc.integer(),
    fc.constantFrom(0, -0, 2 ** 48 - 1, 2 ** 48, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 5 }),
    // Plain objects, as records are; "__proto__" as a key is declined (see below).
    fc
      .dictionary(fc.string({ unit: 'grapheme', maxLength: 8 }), tie('value'), { maxKeys: 5, noNullPrototype: true })
      .filter((record) => !Object.hasOwn(record, '__proto__')),
  ),
})).value;

function roundTrip<T>(records: T[]): T[] {
  const packed = packRecords(records);
  expect(packed).not.toBeNull();
  // Through a structured clone, as IndexedDB stores it.
  return unpackRecords<T>(structuredClone(packed!));
}

describe('packRecords and unpackRecords', () => {
  it('give back every record of the default dataset as it was', () => {
    const dataset = defaultDataset();
    for (const table of recordTables) {
      const records: unknown[] = dataset[table];
      expect(records.length, table).toBeGreaterThan(0);
      expect(roundTrip(records), table).toStrictEqual(records);
    }
  });

  it('give back any mix of objects, arrays, strings, numbers, booleans, null and undefined, key order included', () => {
    fc.assert(
      fc.property(fc.array(recordValue, { maxLength: 20 }), (records) => {
        const unpacked = roundTrip(records);
        expect(unpacked).toStrictEqual(records);
        expect(JSON.stringify(unpacked)).toBe(JSON.stringify(records));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps -0, NaN and the infinities, and whole numbers past the small ones', () => {
    const records = [{ values: [-0, 0, NaN, Infinity, -Infinity, 2 ** 48, 2 ** 53, -1, 0.1, 1e-300] }];
    const [unpacked] = roundTrip(records);
    unpacked.values.forEach((value, index) => expect(Object.is(value, records[0].values[index]), String(index)).toBe(true));
  });

  it('stores a string or an object layout once however often it recurs', () => {
    const records = Array.from({ length: 1000 }, (_, n) => ({ kind: 'commercial-contract', status: 'signed', n }));
    const packed = packRecords(records)!;
    expect(packed.shapes).toEqual([['kind', 'status', 'n']]);
    expect(packed.narrowText).toBe('commercial-contractsigned');
    expect(packed.wideText).toBe('');
    expect(packed.tokens.length).toBeLessThan(records.length * 6);
  });

  it('gives back records whose own lists and objects repeat, equal and with -0, NaN and undefined told apart', () => {
    // A small pool, so values repeat across records; some differ only in what a careless key would merge.
    const pool = fc.constantFrom<unknown>(
      [],
      {},
      [-0],
      [0],
      [NaN],
      [null],
      [undefined],
      { a: undefined },
      { a: 1.5 },
      { a: 2.5 },
      [{ organizationId: 'huawei', role: 'contractor' }],
      [[1, [2]]],
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record(
            { first: pool, second: pool, nested: fc.record({ inner: pool }, { noNullPrototype: true }) },
            { noNullPrototype: true },
          ),
          { maxLength: 30 },
        ),
        (records) => {
          // toStrictEqual compares numbers with Object.is and tells { a: undefined } from {}.
          expect(roundTrip(records)).toStrictEqual(records);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('unpacks a list or object that recurs among records as one frozen object, and stores it once', () => {
    const parties = [{ organizationId: 'huawei', role: 'contractor' }];
    const records = Array.from({ length: 1000 }, (_, n) => ({ n, parties: parties.map((party) => ({ ...party })), outputs: [] }));
    const packed = packRecords(records)!;
    // Two shared values, then a number and two references per record.
    expect(packed.tokens.length).toBeLessThan(records.length * 6);
    const unpacked = unpackRecords<(typeof records)[number]>(structuredClone(packed));
    expect(unpacked).toStrictEqual(records);
    expect(new Set(unpacked.map((record) => record.parties)).size).toBe(1);
    expect(new Set(unpacked.map((record) => record.outputs)).size).toBe(1);
    expect(Object.isFrozen(unpacked[0].parties) && Object.isFrozen(unpacked[0].parties[0])).toBe(true);
    expect(() => unpacked[1].parties.push({ organizationId: 'zte', role: 'supplier' })).toThrow(TypeError);
    // Records themselves are fresh objects, one per record.
    expect(new Set(unpacked).size).toBe(records.length);
  });

  it('keeps Latin-1 and other strings apart, lone surrogates included, and gives each back', () => {
    const records = [{ latin: 'Tashkent Café', cyrillic: 'Ташкент', chinese: '北京', lone: 'a\ud800b', emoji: '😀', empty: '' }];
    const packed = packRecords(records)!;
    expect(packed.narrowText).toBe('Tashkent Café');
    expect(packed.wideText).toBe('Ташкент北京a\ud800b😀');
    expect(roundTrip(records)).toStrictEqual(records);
  });

  it('tells apart layouts whose keys join alike', () => {
    const records = [{}, { '': '' }, { 'a\u0000': 1, b: 2 }, { a: 1, '\u0000b': 2 }];
    expect(roundTrip(records)).toStrictEqual(records);
  });

  it('declines values it cannot give back exactly, so the page is stored unpacked', () => {
    expect(packRecords([{ when: new Date(0) }])).toBeNull();
    expect(packRecords([{ map: new Map() }])).toBeNull();
    expect(packRecords([{ bytes: new Uint8Array(2) }])).toBeNull();
    expect(packRecords([JSON.parse('{"__proto__": 1}')])).toBeNull();
    expect(packRecords([{ big: 1n }])).toBeNull();
  });
});
