import { foldSearchCharacters, isUnspacedWord, searchWordsOf } from './normalizeSearchText';

export interface TextRange {
  start: number;
  end: number;
}

/** A piece of displayed text and whether a query word matched it, for rendering as plain spans. */
export interface HighlightSegment {
  text: string;
  matched: boolean;
}

interface FoldedText {
  folded: string;
  /** For each character of `folded`, where the character it came from starts and ends in the original. */
  starts: number[];
  ends: number[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Each character folds the same way every time; a result list folds thousands of them on every keystroke.
const foldedCharacters = new Map<string, string>();

function foldCharacter(character: string): string {
  let folded = foldedCharacters.get(character);
  if (folded === undefined) foldedCharacters.set(character, (folded = foldSearchCharacters(character)));
  return folded;
}

/** Folds character by character, remembering where each folded character came from, so matches map back. */
function foldWithOrigins(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = foldCharacter(character);
    folded += piece;
    for (let repeat = 0; repeat < piece.length; repeat++) {
      starts.push(index);
      ends.push(index + character.length);
    }
    index += character.length;
  }
  return { folded, starts, ends };
}

/** Mirrors how the index splits words: after anything but a letter or digit, and where Chinese or Japanese ends. */
function startsWord(folded: string, position: number): boolean {
  if (position === 0) return true;
  const previous = folded[position - 1];
  return !LETTER_OR_DIGIT.test(previous) || isUnspacedWord(previous);
}

/** Where in `text` the query's words match (at the start of a word; anywhere for Chinese), merged and in order. */
export function findMatchRanges(text: string, queryWords: string[]): TextRange[] {
  const { folded, starts, ends } = foldWithOrigins(text);
  const found: TextRange[] = [];
  for (const queryWord of queryWords) {
    const unspaced = isUnspacedWord(queryWord);
    for (let at = folded.indexOf(queryWord); at !== -1; at = folded.indexOf(queryWord, at + 1)) {
      if (unspaced || startsWord(folded, at)) found.push({ start: starts[at], end: ends[at + queryWord.length - 1] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Splits `text` into matched and unmatched pieces for `query`, so a view can mark matches without any markup in the data. */
export function highlightSearchMatches(text: string, query: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const range of findMatchRanges(text, searchWordsOf(query))) {
    if (range.start > cursor) segments.push({ text: text.slice(cursor, range.start), matched: false });
    segments.push({ text: text.slice(range.start, range.end), matched: true });
    cursor = range.end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), matched: false });
  return segments;
}
