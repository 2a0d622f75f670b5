import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealKinds, dealStatuses, partyRoles } from '@shared/model/deal';
import { dealRowOf, plainDealRow, type DealRow } from '@shared/model/tableRows';
import { dateUnits } from '@shared/values/partialDate.schema';
import { moneyQualifiers } from '@shared/values/money.schema';
import { packDealRows } from './dealRowColumns';
import { unpackDealRows } from './dealRowViews';
import { defaultDataset } from './defaultDatasetFile';

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('', 'Ташкент', '华为技术有限公司', 'Oʻzbekiston', 'a\u0000b', '😀'),
);
const amount = fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1.5e9, Infinity));
const list = <T>(element: fc.Arbitrary<T>) => fc.array(element, { maxLength: 4 });

/** Rows as `dealRowOf` makes them, keys in its order, with every nullable part null in some. */
const dealRow: fc.Arbitrary<DealRow> = fc
  .record({
    id: text,
    deletedAt: fc.option(text, { nil: null }),
    title: text,
    kind: fc.constantFrom(...dealKinds),
    status: fc.constantFrom(...dealStatuses),
    date: fc.option(
      fc.record(
        { unit: fc.constantFrom(...dateUnits), start: text, end: text, approximate: fc.constant(true as const) },
        { requiredKeys: ['unit', 'start', 'end'] },
      ),
      { nil: null },
    ),
    place: text,
    parties: list(
      fc.record({ organizationId: fc.constantFrom('org-a', 'org-b', 'Узбектелеком'), role: fc.constantFrom(...partyRoles) }),
    ),
    sectors: list(fc.constantFrom('telecom', 'energy', '通信')),
    money: fc.option(
      fc.record({
        amount,
        currency: fc.constantFrom('USD', 'CNY', 'UZS'),
        qualifier: fc.constantFrom(...moneyQualifiers),
        usd: fc.option(
          fc.record({
            amount,
            rate: amount,
            rateDate: fc.option(text, { nil: null }),
            rateSource: fc.option(text, { nil: null }),
          }),
          { nil: null },
        ),
      }),
      { nil: null },
    ),
    citedSourceIds: list(fc.constantFrom('source-1', 'source-2')),
  })
  .map(madeHere);

/**
 * The row made again of objects of this test's own realm: fast-check makes its objects in the realm
 * it was loaded in, whose Object.prototype is another, and the packer takes plain objects only.
 */
function madeHere(row: DealRow): DealRow {
  const { date, money } = row;
  return {
    ...row,
    date: date && { ...date },
    parties: row.parties.map((party) => ({ ...party })),
    sectors: [...row.sectors],
    money: money && { ...money, usd: money.usd && { ...money.usd } },
    citedSourceIds: [...row.citedSourceIds],
  };
}

/** The rows read back from their columns (through a structured clone, as IndexedDB stores them). */
function unpacked(rows: DealRow[]): DealRow[] {
  const packed = packDealRows(rows);
  expect(packed).not.toBeNull();
  return unpackDealRows(structuredClone(packed!));
}

/** The rows read back, as plain objects of their fields. */
function roundTrip(rows: DealRow[]): DealRow[] {
  return unpacked(rows).map(plainDealRow);
}

describe('packDealRows and unpackDealRows', () => {
  it('give back the rows of every deal of the default dataset as they were', () => {
    const rows = defaultDataset().deals.map(dealRowOf);
    expect(rows.length).toBeGreaterThan(0);
    expect(roundTrip(rows)).toStrictEqual(rows);
  });

  it('give back any deal rows, key order, -0 and the infinities included', () => {
    fc.assert(
      fc.property(fc.array(dealRow, { maxLength: 30 }), (rows) => {
        const unpacked = roundTrip(rows);
        expect(unpacked).toStrictEqual(rows);
        expect(JSON.stringify(unpacked)).toBe(JSON.stringify(rows));
        unpacked.forEach((row, index) => {
          if (row.money) expect(Object.is(row.money.amount, rows[index].money!.amount)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('hold sections whose strings need one, two or four bytes a number', () => {
    for (const count of [10, 300, 70_000]) {
      const [first] = fc.sample(dealRow, { numRuns: 1, seed: count });
      const rows = Array.from({ length: count }, (_, index) => ({ ...first, id: `deal ${index}`, title: `Title ${index}` }));
      const packed = packDealRows(rows)!;
      expect(packed.texts.BYTES_PER_ELEMENT).toBe(count === 10 ? 1 : count === 300 ? 2 : 4);
      expect(unpackDealRows(structuredClone(packed)).map(plainDealRow)).toStrictEqual(rows);
    }
  });

  it('share equal lists among a section’s rows, frozen, so a change through one row cannot show in another', () => {
    const [first, second] = fc.sample(dealRow, { numRuns: 2, seed: 7 });
    const sectors = ['telecom', 'energy'];
    const parties: DealRow['parties'] = [{ organizationId: 'org-a', role: 'investor' }];
    const [a, b] = unpacked([
      { ...first, sectors, parties },
      { ...second, sectors: [...sectors], parties: [{ ...parties[0] }] },
    ]);
    expect(a.sectors).toBe(b.sectors);
    expect(a.parties).toBe(b.parties);
    expect(Object.isFrozen(a.sectors)).toBe(true);
    expect(Object.isFrozen(a.parties[0])).toBe(true);
  });

  it('read back rows that nothing can change, which write out as the plain rows they stand for', () => {
    const rows = fc.sample(dealRow, { numRuns: 20, seed: 11 });
    const read = unpacked(rows);
    expect(JSON.stringify(read)).toBe(JSON.stringify(rows));
    for (const row of read) {
      expect(() => Object.assign(row, { title: 'changed' })).toThrow(TypeError);
      if (row.date) {
        // A date is made each time it is asked for, so changing one changes nothing stored.
        row.date.start = '1900-01-01';
        expect(row.date.start).not.toBe('1900-01-01');
      }
    }
    expect(read.map(plainDealRow)).toStrictEqual(rows);
    // Rows read back pack again, as the rows they stand for.
    expect(unpacked(read).map(plainDealRow)).toStrictEqual(rows);
  });

  it('decline rows that are not exactly a deal row, so the caller stores them as records', () => {
    const [row] = fc.sample(dealRow, { numRuns: 1, seed: 3 });
    const withMoney = { ...row, money: { amount: 1, currency: 'USD', qualifier: 'exact' as const, usd: null } };
    const notRows: unknown[] = [
      { ...row, extra: 1 },
      { ...row, deletedAt: undefined },
      { ...row, title: 5 },
      { ...row, date: { unit: 'day', start: '2024-01-01' } },
      { ...row, date: { unit: 'day', start: '2024-01-01', end: '2024-01-01', approximate: false } },
      { ...row, date: { unit: '~day', start: '2024-01-01', end: '2024-01-01' } },
      { ...row, parties: [{ organizationId: 'org-a', role: 'investor', share: 0.5 }] },
      { ...row, sectors: 'telecom' },
      { ...withMoney, money: { ...withMoney.money, amount: NaN } },
      { ...withMoney, money: { ...withMoney.money, usd: { amount: 1, rate: 1, rateDate: null } } },
      { ...withMoney, money: { ...withMoney.money, when: new Date(0) } },
    ];
    for (const notRow of notRows) expect(packDealRows([row, notRow as object])).toBeNull();
    expect(packDealRows([row, withMoney])).not.toBeNull();
  });
});
