import type { PackedStrings } from './packedRecords';

/**
 * The deals' rows of one row-page section, stored as columns. Every start reads the rows of all
 * deals, and unpacking them from `packRecords`' general stream, value by value and key by key, made
 * about six objects per row (the row, its date, its amount and more), and the garbage collector moving
 * them was a large part of a start. Rows have one layout, so here each row is a run of numbers in
 * fixed places, and a row read back is a view that reads its fields from them.
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

/** The places of a row's strings in `texts`. */
export const textPlace = {
  id: 0,
  deletedAt: 1,
  title: 2,
  kind: 3,
  status: 4,
  dateUnit: 5,
  dateStart: 6,
  dateEnd: 7,
  place: 8,
  currency: 9,
  qualifier: 10,
  rateDate: 11,
  rateSource: 12,
} as const;
export const TEXTS_PER_ROW = 13;

/**
 * An approximate date keeps its flag in its unit's string ("~year"), so the flag costs no place of
 * its own and a section's strings hold at most five more; no unit is spelled with the mark.
 */
export const APPROXIMATE_UNIT_MARK = '~';

export const rowKeys = 11;

/** Numbers at the fewest bytes that hold the largest of them: most sections need two bytes a number. */
export type WholeNumbers = Uint8Array | Uint16Array | Uint32Array;
