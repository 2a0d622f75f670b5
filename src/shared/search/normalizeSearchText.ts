// Uzbek Latin writes oʻ and gʻ with U+02BB, but keyboards and sources give ‘ ’ ' ` ´ or ʼ; dropping every
// variant lets "oʻzbekiston", "o'zbekiston", "o‘zbekiston" and a hurried "ozbekiston" all meet.
const APOSTROPHES = /['`´‘’‛ʹʻʼʽ′]/g;
const DOUBLE_QUOTES = /[“”„‟«»″〝〞]/g;
const DASHES = /[‐‑‒–—―−⁃﹘﹣]/g;
const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE_RUNS = /\s+/g;
// Anything beyond printable ASCII, tabs and line breaks.
const BEYOND_PLAIN_ASCII = /[^\t\n\r -~]/;

// Chinese and Japanese are written without spaces between words, so their runs are searched by substring
// and a run of them always ends a word ("华为Mate" is the words "华为" and "mate").
const UNSPACED_SCRIPTS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const UNSPACED_CHARACTER = new RegExp(`[${UNSPACED_SCRIPTS}]`, 'u');
const WORD = new RegExp(`[${UNSPACED_SCRIPTS}]+|(?:(?![${UNSPACED_SCRIPTS}])[\\p{L}\\p{N}])+`, 'gu');
const ASCII_WORD = /[a-z0-9]+/g;

/**
 * Folds the differences an analyst does not mean when searching, character by character, so a folded text
 * lines up with its original (see `foldWithOrigins`): case, diacritics (é → e, ё → е; the breves of й and ў
 * go too, as in ICU's folding), full-width forms, apostrophe variants (dropped), curly quotes and dashes.
 */
export function foldSearchCharacters(text: string): string {
  const lower = text.toLowerCase().replace(APOSTROPHES, '');
  // Most records are plain English: skip the Unicode passes when there is nothing for them to do.
  if (!BEYOND_PLAIN_ASCII.test(lower)) return lower;
  return lower.normalize('NFKD').replace(COMBINING_MARKS, '').replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
}

/** Text folded for comparison, with runs of whitespace made one space: "  O‘zbekiston  «Ucell» " → 'ozbekiston "ucell"'. */
export function normalizeSearchText(text: string): string {
  return foldSearchCharacters(text).replace(WHITESPACE_RUNS, ' ').trim();
}

/** The words of already folded text, as the index stores them and a query is split: letters and digits only. */
export function wordsOfFolded(folded: string): string[] {
  return folded.match(BEYOND_PLAIN_ASCII.test(folded) ? WORD : ASCII_WORD) ?? [];
}

/** The words of any text: "Uzbektelecom–China Unicom" → ["uzbektelecom", "china", "unicom"]. */
export function searchWordsOf(text: string): string[] {
  return wordsOfFolded(foldSearchCharacters(text));
}

/** True for a Chinese or Japanese word, which is matched anywhere inside a word rather than at its start. */
export function isUnspacedWord(word: string): boolean {
  return UNSPACED_CHARACTER.test(word);
}

/** True when `word` is one a query word finds: the query word begins it, or lies inside it for Chinese and Japanese. */
export function wordMatches(word: string, queryWord: string, unspaced: boolean): boolean {
  return unspaced ? word.includes(queryWord) : word.startsWith(queryWord);
}
