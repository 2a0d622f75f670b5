import { StringNumbers } from './packedRecords';
import {
  APPROXIMATE_UNIT_MARK,
  rowKeys,
  TEXTS_PER_ROW,
  textPlace,
  type PackedDealRows,
  type WholeNumbers,
} from './dealRowLayout';
import { DealRowView } from './dealRowViews';

// Packing the deals' rows of a row-page section into columns (the layout: dealRowLayout.ts).

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

/** The unit's string, marked for an approximate date: an exact date has three keys, an approximate one a fourth. */
function dateUnitText(date: Record<string, unknown>): string {
  const approximate = Object.keys(date).length === 4;
  if (approximate && date.approximate !== true) throw new NotARow();
  const unit = text(date.unit);
  // A unit already starting with the mark would read back as an approximate date of another unit.
  if (unit.startsWith(APPROXIMATE_UNIT_MARK)) throw new NotARow();
  return approximate ? `${APPROXIMATE_UNIT_MARK}${unit}` : unit;
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
    rows.forEach((given, index) => {
      // A row read back is packed as the plain row it stands for.
      const row = given instanceof DealRowView ? given.toJSON() : given;
      if (!hasKeys(row, rowKeys)) throw new NotARow();
      const at = index * TEXTS_PER_ROW;
      texts[at + textPlace.id] = numberOf(row.id);
      texts[at + textPlace.deletedAt] = nullableNumberOf(row.deletedAt);
      texts[at + textPlace.title] = numberOf(row.title);
      texts[at + textPlace.kind] = numberOf(row.kind);
      texts[at + textPlace.status] = numberOf(row.status);
      texts[at + textPlace.place] = numberOf(row.place);
      const { date, money } = row;
      if (date !== null) {
        if (!hasKeys(date, 3) && !hasKeys(date, 4)) throw new NotARow();
        texts[at + textPlace.dateUnit] = numberOf(dateUnitText(date));
        texts[at + textPlace.dateStart] = numberOf(date.start);
        texts[at + textPlace.dateEnd] = numberOf(date.end);
      }
      if (money !== null) {
        if (!hasKeys(money, 4)) throw new NotARow();
        texts[at + textPlace.currency] = numberOf(money.currency);
        texts[at + textPlace.qualifier] = numberOf(money.qualifier);
        const { usd } = money;
        if (usd === null) amounts.push(amount(money.amount), NaN, NaN);
        else {
          if (!hasKeys(usd, 4)) throw new NotARow();
          amounts.push(amount(money.amount), amount(usd.amount), amount(usd.rate));
          texts[at + textPlace.rateDate] = nullableNumberOf(usd.rateDate);
          texts[at + textPlace.rateSource] = nullableNumberOf(usd.rateSource);
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
