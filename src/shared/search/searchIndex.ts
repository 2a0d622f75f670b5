import type { AnyRecord, RecordTable } from '../model/tables';
import { recordTables } from '../model/tables';
import { foldSearchCharacters, isUnspacedWord, searchWordsOf, wordsOfFolded } from './normalizeSearchText';
import { searchTitleOf } from './recordSummary';
import { buildSearchContextInSteps, type SearchableRecords, type SearchContext } from './searchContext';
import { searchFieldsOf } from './searchFields';
import { buildWordPostingsInSteps, runAllSteps, type WordPostings } from './wordPostings';

export interface SearchEntry {
  table: RecordTable;
  record: AnyRecord;
  title: string;
  /** The title's words, each after a space (" beeline uzbekistan"), for exact, prefix and whole-word tests. */
  titleKey: string;
  /** An organization's other names, keyed like the title. */
  aliasKeys: string[];
}

/**
 * Records prepared for searching: each record's title and aliases as keys, and every distinct word of
 * every record listed with the records containing it, so a query word is looked up rather than scanned for.
 */
export interface SearchIndex {
  /** Table by table in `recordTables` order, each table's records in the order given. */
  entries: SearchEntry[];
  tableRanges: Record<RecordTable, { start: number; end: number }>;
  /** Words of every field (see `searchFieldsOf`); `records` holds positions in `entries`. */
  postings: WordPostings;
  /**
   * Per entry, its title's length and number of words (both capped at their arrays' largest value), so
   * ranking tens of thousands of matches reads two small arrays instead of every matched entry's strings.
   */
  titleLengths: Uint16Array;
  titleWordCounts: Uint8Array;
  /** Positions in `postings.words` of the Chinese and Japanese words, which a query word may match inside. */
  unspacedWordPositions: number[];
  context: SearchContext;
}

/** A key for exact, prefix and whole-word comparisons: every word preceded by a space. */
export function searchKeyOf(words: string[]): string {
  return words.length === 0 ? '' : ` ${words.join(' ')}`;
}

export function buildSearchIndex(records: SearchableRecords): SearchIndex {
  return runAllSteps(buildSearchIndexInSteps(records, Infinity));
}

/**
 * `buildSearchIndex`, pausing (yielding) after every `stepSize` records of each pass, so the window
 * can build the index of 100,000 deals in its idle time, in tasks short enough not to be felt.
 */
export function* buildSearchIndexInSteps(records: SearchableRecords, stepSize: number): Generator<void, SearchIndex> {
  const context = yield* buildSearchContextInSteps(records, stepSize * 10);
  const entries: SearchEntry[] = [];
  const titleWordCountList: number[] = [];
  const tableRanges = {} as SearchIndex['tableRanges'];
  for (const table of recordTables) {
    const start = entries.length;
    for (const record of records[table]) {
      const title = searchTitleOf(table, record, context);
      const aliases = table === 'organizations' && 'aliases' in record ? record.aliases : [];
      const titleWords = searchWordsOf(title);
      titleWordCountList.push(titleWords.length);
      entries.push({
        table,
        record,
        title,
        titleKey: searchKeyOf(titleWords),
        aliasKeys: aliases.map((alias) => searchKeyOf(searchWordsOf(alias))),
      });
      if (entries.length % stepSize === 0) yield;
    }
    tableRanges[table] = { start, end: entries.length };
  }

  const postings = yield* buildWordPostingsInSteps(
    entries.length,
    (position) => {
      const { table, record } = entries[position];
      const texts = searchFieldsOf(table, record, context).map((field) => field.text);
      // One fold over all fields costs much less than one per field; the newlines keep their words
      // apart. The title is the first field, so its words lead.
      return { words: wordsOfFolded(foldSearchCharacters(texts.join('\n'))), leadingCount: titleWordCountList[position] };
    },
    stepSize,
  );
  const titleLengths = Uint16Array.from(entries, (entry) => Math.min(entry.title.length, 0xffff));
  const titleWordCounts = Uint8Array.from(titleWordCountList, (count) => Math.min(count, 0xff));
  const unspacedWordPositions: number[] = [];
  // In steps too: testing every word of a large store at once would be one long task in the window's idle time.
  const wordsPerStep = stepSize * 40;
  for (const [position, word] of postings.words.entries()) {
    if (isUnspacedWord(word)) unspacedWordPositions.push(position);
    if ((position + 1) % wordsPerStep === 0) yield;
  }
  return { entries, tableRanges, postings, titleLengths, titleWordCounts, unspacedWordPositions, context };
}
