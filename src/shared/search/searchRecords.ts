import type { RecordTable } from '../model/tables';
import { recordTables } from '../model/tables';
import { matchedTextOf } from './matchedText';
import { isUnspacedWord, searchWordsOf } from './normalizeSearchText';
import { searchSubtitleOf } from './recordSummary';
import { searchFieldsOf } from './searchFields';
import { searchKeyOf, type SearchEntry, type SearchIndex } from './searchIndex';
import { smallestNumbers } from './smallestNumbers';

export interface SearchHit {
  table: RecordTable;
  id: string;
  title: string;
  subtitle: string;
  /** Why the record matched, introduced by what the text is: "also known as Unitel", "signatory: Beeline, also known as Unitel". */
  matchedText: string;
  /** One of `matchScores`: how closely the record matched; higher first. */
  score: number;
}

export interface SearchOptions {
  /** At most this many hits, best first; a palette needs a screenful, not every deal that mentions "China". */
  limit?: number;
  /** Only records of these tables. */
  tables?: RecordTable[];
}

/** How a record matched, best first: every query word must match somewhere for it to match at all. */
export const matchScores = {
  exactTitle: 5,
  titlePrefix: 4,
  alias: 3,
  wordsInTitle: 2,
  otherText: 1,
} as const;

export const defaultSearchLimit = 50;
// matchedWordCounts holds counts in bytes; no analyst types anything near this many words.
const MAX_QUERY_WORDS = 32;
// Sort keys pack score, title length and position into one number, so ranking compares numbers only.
const TITLE_LENGTH_SPAN = 2 ** 16;

/** The positions in the index's words of those `queryWord` finds: the words it begins, or for Chinese, lies inside. */
function matchingWordPositions(index: SearchIndex, queryWord: string): number[] {
  const { words } = index.postings;
  if (isUnspacedWord(queryWord)) return index.unspacedWordPositions.filter((position) => words[position].includes(queryWord));
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle] < queryWord) low = middle + 1;
    else high = middle;
  }
  const positions: number[] = [];
  for (let position = low; position < words.length && words[position].startsWith(queryWord); position++) positions.push(position);
  return positions;
}

/** The query as the title and alias keys are compared with it. */
interface QueryKeys {
  /** All query words, each after a space: " beeline uz". */
  whole: string;
  /** What each query word must appear as in a key: " uz" at a word start, or "华为" anywhere. */
  wordNeedles: string[];
}

function queryKeysOf(queryWords: string[]): QueryKeys {
  return {
    whole: searchKeyOf(queryWords),
    wordNeedles: queryWords.map((queryWord) => (isUnspacedWord(queryWord) ? queryWord : ` ${queryWord}`)),
  };
}

// Plain loops: this runs for every matching record, up to all 100,000 deals for a one-letter query.
function containsEveryWord(key: string, query: QueryKeys): boolean {
  for (const needle of query.wordNeedles) if (!key.includes(needle)) return false;
  return true;
}

function scoreOf(entry: SearchEntry, query: QueryKeys): number {
  if (entry.titleKey === query.whole) return matchScores.exactTitle;
  if (entry.titleKey.startsWith(query.whole)) return matchScores.titlePrefix;
  for (const key of entry.aliasKeys) {
    if (key.startsWith(query.whole) || containsEveryWord(key, query)) return matchScores.alias;
  }
  if (containsEveryWord(entry.titleKey, query)) return matchScores.wordsInTitle;
  return matchScores.otherText;
}

/**
 * Records whose text contains every word of the query, in any order: each query word must begin a word
 * of the record ("uzbekt" finds Uzbektelecom) or, in Chinese, lie inside one. Best matches first (see
 * `matchScores`), then shorter titles, then the order the records were indexed in.
 */
export function searchRecords(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const queryWords = [...new Set(searchWordsOf(query))].slice(0, MAX_QUERY_WORDS);
  const limit = options.limit ?? defaultSearchLimit;
  if (queryWords.length === 0 || limit <= 0) return [];

  // A record's count reaches n only if each of the first n query words matched one of its words.
  const matchedWordCounts = new Uint8Array(index.entries.length);
  const { starts, records } = index.postings;
  for (const [done, queryWord] of queryWords.entries()) {
    let anyRecordMatched = false;
    for (const wordPosition of matchingWordPositions(index, queryWord)) {
      for (let slot = starts[wordPosition]; slot < starts[wordPosition + 1]; slot++) {
        const entryPosition = records[slot];
        if (matchedWordCounts[entryPosition] === done) {
          matchedWordCounts[entryPosition] = done + 1;
          anyRecordMatched = true;
        }
      }
    }
    if (!anyRecordMatched) return [];
  }

  const queryKeys = queryKeysOf(queryWords);
  const positionSpan = 2 ** Math.ceil(Math.log2(index.entries.length + 1));
  const sortKeys: number[] = [];
  for (const table of new Set(options.tables ?? recordTables)) {
    const { start, end } = index.tableRanges[table];
    for (let position = start; position < end; position++) {
      if (matchedWordCounts[position] !== queryWords.length) continue;
      const entry = index.entries[position];
      const rank = matchScores.exactTitle - scoreOf(entry, queryKeys);
      const titleLength = Math.min(entry.title.length, TITLE_LENGTH_SPAN - 1);
      sortKeys.push((rank * TITLE_LENGTH_SPAN + titleLength) * positionSpan + position);
    }
  }
  return smallestNumbers(sortKeys, limit).map((sortKey) => {
    const entry = index.entries[sortKey % positionSpan];
    const { table, record } = entry;
    return {
      table,
      id: record.id,
      title: entry.title,
      subtitle: searchSubtitleOf(table, record, index.context),
      matchedText: matchedTextOf(searchFieldsOf(table, record, index.context), queryWords),
      score: matchScores.exactTitle - Math.floor(sortKey / positionSpan / TITLE_LENGTH_SPAN),
    };
  });
}
