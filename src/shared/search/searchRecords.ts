import type { RecordTable } from '../model/tables';
import { recordTables } from '../model/tables';
import { matchedTextOf } from './matchedText';
import { isUnspacedWord, searchWordsOf } from './normalizeSearchText';
import { searchSubtitleOf } from './recordSummary';
import { searchFieldsOf } from './searchFields';
import { searchKeyOf, type SearchEntry, type SearchIndex } from './searchIndex';
import { SmallestNumbers } from './smallestNumbers';

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

/** What ranking a match needs to know about the query, beyond its keys. */
interface RankQuery {
  keys: QueryKeys;
  wordCount: number;
  /** Per entry, how many query words its title's words matched (see the walk in `searchRecords`). */
  titleMatchedCounts: Uint8Array;
  /** Per word position, 1 where the first query word finds that word. */
  firstWordMatches: Uint8Array;
  /** The one query word, when there is one and it is not Chinese: titles are then ranked from numbers alone. */
  onlySpacedWord: string | null;
}

/**
 * `scoreOf` for the entry at `position`, read from the index's arrays where they settle it: a broad
 * query matches tens of thousands of deals, and reading each one's title strings to rank it was most of
 * the query's time. Organizations, the only entries with aliases, are always scored from their keys.
 */
function rankOf(index: SearchIndex, table: RecordTable, position: number, query: RankQuery): number {
  if (table === 'organizations') return scoreOf(index.entries[position], query.keys);
  if (query.titleMatchedCounts[position] !== query.wordCount) return matchScores.otherText;
  const { words, firstLeadingWord } = index.postings;
  const firstTitleWord = firstLeadingWord[position];
  // The title can equal or begin with the query only if its first word is one the first query word finds.
  if (firstTitleWord < 0 || query.firstWordMatches[firstTitleWord] !== 1) return matchScores.wordsInTitle;
  if (query.onlySpacedWord === null) {
    // Every query word is in the title (the count above), and only organizations have aliases.
    const { titleKey } = index.entries[position];
    if (titleKey === query.keys.whole) return matchScores.exactTitle;
    return titleKey.startsWith(query.keys.whole) ? matchScores.titlePrefix : matchScores.wordsInTitle;
  }
  return index.titleWordCounts[position] === 1 && words[firstTitleWord] === query.onlySpacedWord
    ? matchScores.exactTitle
    : matchScores.titlePrefix;
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

  // A record's count reaches n only if each of the first n query words matched one of its words; its
  // title count, only if each matched one of its title's words.
  const matchedWordCounts = new Uint8Array(index.entries.length);
  const titleMatchedCounts = new Uint8Array(index.entries.length);
  const { words, starts, records, leading } = index.postings;
  const firstWordMatches = new Uint8Array(words.length);
  for (const [done, queryWord] of queryWords.entries()) {
    let anyRecordMatched = false;
    const wordPositions = matchingWordPositions(index, queryWord);
    if (done === 0) for (const wordPosition of wordPositions) firstWordMatches[wordPosition] = 1;
    for (const wordPosition of wordPositions) {
      for (let slot = starts[wordPosition]; slot < starts[wordPosition + 1]; slot++) {
        const entryPosition = records[slot];
        if (matchedWordCounts[entryPosition] === done) {
          matchedWordCounts[entryPosition] = done + 1;
          anyRecordMatched = true;
        }
        if (leading[slot] === 1 && titleMatchedCounts[entryPosition] === done) titleMatchedCounts[entryPosition] = done + 1;
      }
    }
    if (!anyRecordMatched) return [];
  }

  const rankQuery: RankQuery = {
    keys: queryKeysOf(queryWords),
    wordCount: queryWords.length,
    titleMatchedCounts,
    firstWordMatches,
    onlySpacedWord: queryWords.length === 1 && !isUnspacedWord(queryWords[0]) ? queryWords[0] : null,
  };
  const positionSpan = 2 ** Math.ceil(Math.log2(index.entries.length + 1));
  const best = new SmallestNumbers(Math.min(limit, index.entries.length));
  for (const table of new Set(options.tables ?? recordTables)) {
    const { start, end } = index.tableRanges[table];
    for (let position = start; position < end; position++) {
      if (matchedWordCounts[position] !== queryWords.length) continue;
      const rank = matchScores.exactTitle - rankOf(index, table, position, rankQuery);
      best.offer((rank * TITLE_LENGTH_SPAN + index.titleLengths[position]) * positionSpan + position);
    }
  }
  return best.ascending().map((sortKey) => {
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
