import type { DealRow } from '@shared/model/tableRows';
import { StringNumbers, unpackStrings, type PackedStrings } from './packedRecords';

/**
 * The deals' rows of one row-page section, stored as columns. Every start reads and unpacks the rows
 * of all deals, and `packRecords`' general stream, read value by value and key by key, took about
 * 0.35 s of a 1.8 s start at 100,000 deals (round nine). Rows have one layout, so here each row is
 * a run of numbers in fixed places and is made by one object literal.
 */
export interface PackedDealRows extends PackedStrings {
  count: number;
  /** Per row, `TEXTS_PER_ROW` string numbers, each one more than `StringNumbers`' (0 for null). */
  texts: WholeNumbers;
  /** Per row, where its parties, sectors and cited sources start in `lists`. */
  listStarts: WholeNumbers;
  /** Each distinct list once: how many string numbers follow, then those (a party has two). */
  lists: WholeNumbers;
  /** Per row with an amount: the amount, its value in US dollars and the rate (NaN without those two). */
  amounts: Float64Array;
}

// The places of a row's strings in `texts`.
const ID = 0;
const DELETED_AT = 1;
const TITLE = 2;
const KIND = 3;
const STATUS = 4;
const DATE_UNIT = 5;
const DATE_START = 6;
const DATE_END = 7;
const PLACE = 8;
const CURRENCY = 9;
const QUALIFIER = 10;
const RATE_DATE = 11;
const RATE_SOURCE = 12;
const TEXTS_PER_ROW = 13;

const rowKeys = 11;

/** Numbers at the fewest bytes that hold the largest of them: most sections need two bytes a number. */
type WholeNumbers = Uint8Array | Uint16Array | Uint32Array;

function narrowest(numbers: ArrayLike<number>): WholeNumbers {
  let largest = 0;
  for (let index = 0; index < numbers.length; index++) largest = Math.max(largest, numbers[index]);
  if (largest <= 0xff) return Uint8Array.from(numbers);
  return largest <= 0xffff ? Uint16Array.from(numbers) : Uint32Array.from(numbers);
}

/** Thrown inside `packDealRows` for a row that is not exactly a deal row's layout. */
class NotARow extends Error {}

function hasKeys(value: unknown, count: number): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.keys(value).length === count;
}

function text(value: unknown): string {
  if (typeof value !== 'string') throw new NotARow();
  return value;
}

function amount(value: unknown): number {
  // NaN stands for "none" in `amounts`, so a NaN of the deal's own could not come back as itself.
  if (typeof value !== 'number' || Number.isNaN(value)) throw new NotARow();
  return value;
}

/**
 * The rows as columns, or null if any row is not exactly a deal row (a key more or less, a value of
 * another type): the caller then stores that section with `packRecords`, which carries anything.
 */
export function packDealRows(rows: readonly object[]): PackedDealRows | null {
  const strings = new StringNumbers();
  const count = rows.length;
  const texts = new Uint32Array(count * TEXTS_PER_ROW);
  const listStarts = new Uint32Array(count * 3);
  const amounts: number[] = [];
  const lists: number[] = [];
  const listStartsByContent = new Map<string, number>();

  const numberOf = (value: unknown): number => strings.numberOf(text(value)) + 1;
  const nullableNumberOf = (value: unknown): number => (value === null ? 0 : numberOf(value));
  const listStart = (elements: number[]): number => {
    const key = elements.join(',');
    let start = listStartsByContent.get(key);
    if (start === undefined) {
      start = lists.length;
      listStartsByContent.set(key, start);
      lists.push(elements.length, ...elements);
    }
    return start;
  };
  const textList = (value: unknown): number => {
    if (!Array.isArray(value)) throw new NotARow();
    return listStart(value.map(numberOf));
  };
  const partyList = (value: unknown): number => {
    if (!Array.isArray(value)) throw new NotARow();
    const elements: number[] = [];
    for (const party of value) {
      if (!hasKeys(party, 2)) throw new NotARow();
      elements.push(numberOf(party.organizationId), numberOf(party.role));
    }
    return listStart(elements);
  };

  try {
    rows.forEach((row, index) => {
      if (!hasKeys(row, rowKeys)) throw new NotARow();
      const at = index * TEXTS_PER_ROW;
      texts[at + ID] = numberOf(row.id);
      texts[at + DELETED_AT] = nullableNumberOf(row.deletedAt);
      texts[at + TITLE] = numberOf(row.title);
      texts[at + KIND] = numberOf(row.kind);
      texts[at + STATUS] = numberOf(row.status);
      texts[at + PLACE] = numberOf(row.place);
      const { date, money } = row;
      if (date !== null) {
        if (!hasKeys(date, 3)) throw new NotARow();
        texts[at + DATE_UNIT] = numberOf(date.unit);
        texts[at + DATE_START] = numberOf(date.start);
        texts[at + DATE_END] = numberOf(date.end);
      }
      if (money !== null) {
        if (!hasKeys(money, 4)) throw new NotARow();
        texts[at + CURRENCY] = numberOf(money.currency);
        texts[at + QUALIFIER] = numberOf(money.qualifier);
        const { usd } = money;
        if (usd === null) amounts.push(amount(money.amount), NaN, NaN);
        else {
          if (!hasKeys(usd, 4)) throw new NotARow();
          amounts.push(amount(money.amount), amount(usd.amount), amount(usd.rate));
          texts[at + RATE_DATE] = nullableNumberOf(usd.rateDate);
          texts[at + RATE_SOURCE] = nullableNumberOf(usd.rateSource);
        }
      }
      listStarts[index * 3] = partyList(row.parties);
      listStarts[index * 3 + 1] = textList(row.sectors);
      listStarts[index * 3 + 2] = textList(row.citedSourceIds);
    });
  } catch (error) {
    if (error instanceof NotARow) return null;
    throw error;
  }
  return {
    ...strings.packed(),
    count,
    texts: narrowest(texts),
    listStarts: narrowest(listStarts),
    lists: narrowest(lists),
    amounts: Float64Array.from(amounts),
  };
}

/** Lists read from one section, by where they start: rows with the same list share one frozen list. */
class SharedLists<T> {
  private readonly byStart = new Map<number, readonly T[]>();
  constructor(
    private readonly lists: WholeNumbers,
    private readonly elementOf: (at: number) => T,
    private readonly numbersPerElement: number,
  ) {}

  at(start: number): readonly T[] {
    let list = this.byStart.get(start);
    if (!list) {
      const elements: T[] = [];
      const end = start + 1 + this.lists[start];
      for (let at = start + 1; at < end; at += this.numbersPerElement) elements.push(this.elementOf(at));
      this.byStart.set(start, (list = Object.freeze(elements)));
    }
    return list;
  }
}

/**
 * The rows `packDealRows` was given, equal to them and in the same order. Lists are shared among
 * the rows that have equal ones, and frozen, as `unpackRecords` shares repeated ones.
 */
export function unpackDealRows(packed: PackedDealRows): DealRow[] {
  const { count, texts, listStarts, lists, amounts } = packed;
  // Each string at its number plus one, so a text's number reads it directly and 0 reads null.
  const strings = unpackStrings(packed, 1);
  const sharedText = new SharedLists(lists, (at) => strings[lists[at]]!, 1);
  const parties = new SharedLists(
    lists,
    (at) =>
      Object.freeze({ organizationId: strings[lists[at]]!, role: strings[lists[at + 1]] as DealRow['parties'][number]['role'] }),
    2,
  );
  const rows: DealRow[] = new Array(count);
  let amountAt = -3;
  for (let index = 0; index < count; index++) {
    const at = index * TEXTS_PER_ROW;
    const dateUnit = texts[at + DATE_UNIT];
    const currency = texts[at + CURRENCY];
    if (currency !== 0) amountAt += 3;
    rows[index] = {
      id: strings[texts[at + ID]]!,
      deletedAt: strings[texts[at + DELETED_AT]],
      title: strings[texts[at + TITLE]]!,
      kind: strings[texts[at + KIND]] as DealRow['kind'],
      status: strings[texts[at + STATUS]] as DealRow['status'],
      date:
        dateUnit === 0
          ? null
          : {
              unit: strings[dateUnit] as NonNullable<DealRow['date']>['unit'],
              start: strings[texts[at + DATE_START]]!,
              end: strings[texts[at + DATE_END]]!,
            },
      place: strings[texts[at + PLACE]]!,
      parties: parties.at(listStarts[index * 3]) as DealRow['parties'],
      sectors: sharedText.at(listStarts[index * 3 + 1]) as string[],
      money:
        currency === 0
          ? null
          : {
              amount: amounts[amountAt],
              currency: strings[currency]!,
              qualifier: strings[texts[at + QUALIFIER]] as NonNullable<DealRow['money']>['qualifier'],
              usd: Number.isNaN(amounts[amountAt + 1])
                ? null
                : {
                    amount: amounts[amountAt + 1],
                    rate: amounts[amountAt + 2],
                    rateDate: strings[texts[at + RATE_DATE]],
                    rateSource: strings[texts[at + RATE_SOURCE]],
                  },
            },
      citedSourceIds: sharedText.at(listStarts[index * 3 + 2]) as string[],
    };
  }
  return rows;
}
