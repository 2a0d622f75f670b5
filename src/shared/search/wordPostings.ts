import { sortInSteps } from './sortInSteps';

/**
 * Which records contain each word. Flat typed arrays rather than one array per word: 100,000 deals hold
 * millions of (word, record) pairs, and millions of small growing arrays cost more in garbage collection
 * than everything else in building the index.
 */
export interface WordPostings {
  /** Every distinct word, sorted, so the words a query word begins form one run, found by binary search. */
  words: string[];
  /** The records containing `words[w]` are `records[starts[w]]` up to (not including) `records[starts[w + 1]]`, ascending. */
  starts: Int32Array;
  records: Int32Array;
  /** 1 where the word of that slot is among its record's leading words (a search entry's title), 0 elsewhere. */
  leading: Uint8Array;
  /** Per record, the position in `words` of its first leading word, or -1 when it has none. */
  firstLeadingWord: Int32Array;
}

/** A record's words, the leading ones (its title's) first; a word repeated counts where it first occurs. */
export interface RecordWords {
  words: readonly string[];
  leadingCount: number;
}

/** Words handled per step where a step is `stepSize` records: about as much work as a step of records. */
const wordsPerRecordStep = 40;

function withRoomFor(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const larger = new Int32Array(Math.max(length, array.length * 2));
  larger.set(array);
  return larger;
}

/** Lists the words of records 0 … recordCount − 1 (a word repeated within one record counts once). */
export function buildWordPostings(recordCount: number, wordsOfRecord: (record: number) => RecordWords): WordPostings {
  return runAllSteps(buildWordPostingsInSteps(recordCount, wordsOfRecord, Infinity));
}

/** Runs a stepwise build to its end at once. */
export function runAllSteps<Result>(steps: Generator<void, Result>): Result {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `buildWordPostings`, pausing (yielding) after every `stepSize` records, so a caller can spread the
 * work of a large store over many short tasks.
 */
export function* buildWordPostingsInSteps(
  recordCount: number,
  wordsOfRecord: (record: number) => RecordWords,
  stepSize: number,
): Generator<void, WordPostings> {
  const idOfWord = new Map<string, number>();
  const wordsById: string[] = [];
  let lastRecordOfWord = new Int32Array(1024);
  let recordCountOfWord = new Int32Array(1024);
  // The ids of each record's distinct words, record after record; recordEnds marks where each record's run ends.
  let wordIdsOfRecords = new Int32Array(1 << 16);
  let pairCount = 0;
  const recordEnds = new Int32Array(recordCount);
  // Per record, how many of its pairs (its first distinct words) are leading words.
  const leadingPairCounts = new Int32Array(recordCount);

  for (let record = 0; record < recordCount; record++) {
    const { words: recordWords, leadingCount } = wordsOfRecord(record);
    for (const [place, word] of recordWords.entries()) {
      let id = idOfWord.get(word);
      if (id === undefined) {
        id = wordsById.length;
        idOfWord.set(word, id);
        wordsById.push(word);
        lastRecordOfWord = withRoomFor(lastRecordOfWord, id + 1);
        recordCountOfWord = withRoomFor(recordCountOfWord, id + 1);
        lastRecordOfWord[id] = -1;
      }
      if (lastRecordOfWord[id] === record) continue;
      lastRecordOfWord[id] = record;
      recordCountOfWord[id] += 1;
      wordIdsOfRecords = withRoomFor(wordIdsOfRecords, pairCount + 1);
      wordIdsOfRecords[pairCount++] = id;
      if (place < leadingCount) leadingPairCounts[record] += 1;
    }
    recordEnds[record] = pairCount;
    if ((record + 1) % stepSize === 0) yield;
  }

  // A record has dozens of words, so the passes over words take their steps in words, not records.
  const wordsPerStep = stepSize * wordsPerRecordStep;
  const words = yield* sortInSteps(wordsById, wordsPerStep);
  const rankOfId = new Int32Array(words.length);
  const starts = new Int32Array(words.length + 1);
  for (const [rank, word] of words.entries()) {
    const id = idOfWord.get(word)!;
    rankOfId[id] = rank;
    starts[rank + 1] = starts[rank] + recordCountOfWord[id];
    if ((rank + 1) % wordsPerStep === 0) yield;
  }
  const records = new Int32Array(pairCount);
  const leading = new Uint8Array(pairCount);
  const firstLeadingWord = new Int32Array(recordCount).fill(-1);
  const nextSlot = starts.slice(0, words.length);
  let pair = 0;
  for (let record = 0; record < recordCount; record++) {
    const leadingEnd = pair + leadingPairCounts[record];
    if (leadingEnd > pair) firstLeadingWord[record] = rankOfId[wordIdsOfRecords[pair]];
    for (; pair < recordEnds[record]; pair++) {
      const slot = nextSlot[rankOfId[wordIdsOfRecords[pair]]]++;
      records[slot] = record;
      if (pair < leadingEnd) leading[slot] = 1;
    }
    if ((record + 1) % stepSize === 0) yield;
  }
  return { words, starts, records, leading, firstLeadingWord };
}
