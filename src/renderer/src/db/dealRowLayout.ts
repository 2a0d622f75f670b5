import type { PackedStrings } from './packedRecords';

/**
 * The deals' rows of one row-page section, stored as columns. Every start reads the rows of all
 * deals, and unpacking them from `packRecords`' general stream, value by value and key by key, into
 * 100,000 rows with their dates and amounts took about 0.3 s of a 1.8 s start, most of it the
 * garbage collector moving what was made (round nine). Rows have one layout, so here each row is a
 * run of numbers in fixed places, and a row read back is a view that reads its fields from them.
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
export const ID = 0;
export const DELETED_AT = 1;
export const TITLE = 2;
export const KIND = 3;
export const STATUS = 4;
export const DATE_UNIT = 5;
export const DATE_START = 6;
export const DATE_END = 7;
export const PLACE = 8;
export const CURRENCY = 9;
export const QUALIFIER = 10;
export const RATE_DATE = 11;
export const RATE_SOURCE = 12;
export const TEXTS_PER_ROW = 13;

export const rowKeys = 11;

/** Numbers at the fewest bytes that hold the largest of them: most sections need two bytes a number. */
export type WholeNumbers = Uint8Array | Uint16Array | Uint32Array;
