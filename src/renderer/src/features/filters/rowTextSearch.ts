import type { AnyRow } from '@shared/model/tableRows';

/** Rows whose text is worked out between checks of the clock, when built in idle time. */
const rowsPerStep = 250;
/** Rows whose texts are joined into one string; joining a whole large table's in one step held up keystrokes. */
const rowsPerBlock = rowsPerStep * 20;

/**
 * The quick filter's texts of a table's rows, in the table's order, kept as a few long strings (blocks
 * of `rowsPerBlock` rows) so a word is found with one `indexOf` scan over each, where testing each row's text in turn
 * costs, per row, a lookup of its text and then `includes` on a string with Cyrillic or Chinese in it, far slower
 * over 100,000 rows. Built in steps (`buildSteps`), e.g. in idle time, or at once when first searched.
 */
export class RowTextSearch {
  private readonly texts: string[] = [];
  /** The rows' texts joined block by block, a newline between one row's text and the next; null until built. */
  private blocks: string[] | null = null;
  /** Where each row's text ends in its block. */
  private ends = new Int32Array(0);

  constructor(
    private readonly rows: readonly AnyRow[],
    private readonly textOf: (record: AnyRow) => string,
  ) {}

  /** Builds the rest of the texts, a step at a time; a step already taken is not repeated. */
  *buildSteps(): Generator<void, void> {
    while (this.texts.length < this.rows.length) {
      this.texts.push(this.textOf(this.rows[this.texts.length]));
      if (this.texts.length % rowsPerStep === 0) yield;
    }
    if (this.blocks !== null) return;
    const blocks: string[] = [];
    const ends = new Int32Array(this.texts.length);
    for (let first = 0; first < this.texts.length; first += rowsPerBlock) {
      const texts = this.texts.slice(first, first + rowsPerBlock);
      blocks.push(texts.join('\n'));
      let end = -1;
      texts.forEach((text, offset) => (ends[first + offset] = end += text.length + 1));
      yield;
      // Another run of these steps (a search before the idle build was done) may have finished first.
      if (this.blocks !== null) return;
    }
    this.ends = ends;
    this.blocks = blocks;
  }

  /** A flag per row: 1 where its text contains every one of `words`. */
  rowsContaining(words: readonly string[]): Uint8Array {
    const steps = this.buildSteps();
    while (!steps.next().done);
    const flags = new Uint8Array(this.rows.length).fill(1);
    for (const word of words) {
      const found = this.rowsContainingWord(word);
      for (let position = 0; position < flags.length; position++) flags[position] &= found[position];
    }
    return flags;
  }

  private rowsContainingWord(word: string): Uint8Array {
    const found = new Uint8Array(this.rows.length);
    this.blocks!.forEach((block, blockNumber) => {
      const last = Math.min((blockNumber + 1) * rowsPerBlock, this.rows.length) - 1;
      let row = blockNumber * rowsPerBlock;
      let from = 0;
      while (row <= last) {
        const at = block.indexOf(word, from);
        if (at < 0) break;
        row = this.rowAt(at, row, last);
        // A word with a newline in it could run on into the next row's text; that is no match.
        if (at + word.length > this.ends[row]) {
          from = at + 1;
          continue;
        }
        found[row] = 1;
        row += 1;
        from = this.ends[row - 1] + 1;
      }
    });
    return found;
  }

  /** The row, from `from` to `last`, whose text holds position `at` of their block. */
  private rowAt(at: number, from: number, last: number): number {
    let low = from;
    let high = last;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.ends[middle] < at) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

const kept = new WeakMap<object, Map<string, { order: string; search: RowTextSearch }>>();

/**
 * The texts last built for this table of these records in this order, or new ones from `build`.
 * The table's view is made afresh each time it is shown, and working out 100,000 texts again on
 * every return to it kept the first keystroke slow. Only the last order of each table is kept (the
 * texts of 100,000 deals are tens of megabytes), and all goes when `records` (the store's state) goes.
 */
export function keptRowTextSearch(records: object, table: string, order: string, build: () => RowTextSearch): RowTextSearch {
  let byTable = kept.get(records);
  if (!byTable) kept.set(records, (byTable = new Map()));
  const last = byTable.get(table);
  if (last?.order === order) return last.search;
  const search = build();
  byTable.set(table, { order, search });
  return search;
}
