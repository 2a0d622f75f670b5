import { findMatchRanges } from './highlightMatches';
import { isUnspacedWord, searchWordsOf, wordMatches } from './normalizeSearchText';
import type { SearchField } from './searchFields';

// Long enough for a clause around the match, short enough for one line of a result list.
const EXCERPT_LENGTH = 120;
const CONTEXT_BEFORE = 40;
// About what one line of a result's title shows before it is cut off.
const VISIBLE_TITLE_LENGTH = 60;

function queryWordsMatchedIn(text: string, queryWords: string[]): number {
  const words = searchWordsOf(text);
  let matched = 0;
  for (const queryWord of queryWords) {
    const unspaced = isUnspacedWord(queryWord);
    if (words.some((word) => wordMatches(word, queryWord, unspaced))) matched++;
  }
  return matched;
}

/** A window of long text around its first match, cut at spaces, with "…" where text was left out. */
function excerptAround(flat: string, firstMatch: number): string {
  if (flat.length <= EXCERPT_LENGTH) return flat;
  // Cut at spaces where there are any; Chinese has none, so it is cut between characters.
  let start = Math.max(0, firstMatch - CONTEXT_BEFORE);
  const nextSpace = flat.indexOf(' ', start);
  if (start > 0 && nextSpace !== -1 && nextSpace < firstMatch) start = nextSpace + 1;
  let end = Math.min(flat.length, start + EXCERPT_LENGTH);
  const lastSpace = flat.lastIndexOf(' ', end);
  if (end < flat.length && lastSpace > firstMatch) end = lastSpace;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}

/** The title when it holds every query word; otherwise the field holding most of them. */
function bestField(fields: SearchField[], queryWords: string[]): SearchField {
  const [title, ...others] = fields;
  const titleCount = queryWordsMatchedIn(title.text, queryWords);
  if (titleCount === queryWords.length) return title;
  let best = title;
  let bestCount = titleCount;
  for (const field of others) {
    const count = queryWordsMatchedIn(field.text, queryWords);
    // Another field wins a tie with the title, which is on screen anyway; among the others, the earliest wins.
    if (count > bestCount || (count > 0 && count === bestCount && best === title)) {
      best = field;
      bestCount = count;
    }
  }
  return best;
}

/** Why a record matched, introduced by what the text is: "also known as Unitel", "annotation: double-check the amount". */
export function matchedTextOf(fields: SearchField[], queryWords: string[]): string {
  const best = bestField(fields, queryWords);
  const flat = best.text.replace(/\s+/g, ' ').trim();
  const firstMatch = findMatchRanges(flat, queryWords)[0]?.start ?? 0;
  // A title whose match is in view needs no excerpt: the result shows it already (a long note is an annotation's title).
  if (best === fields[0] && firstMatch < VISIBLE_TITLE_LENGTH) return best.text;
  const excerpt = excerptAround(flat, firstMatch);
  return best.lead ? `${best.lead} ${excerpt}` : excerpt;
}
