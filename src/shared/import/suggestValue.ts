import { labelOf } from '../model/labels';
import { readCurrency } from '../values/currency';
import { knownCountries, readCountry } from './countryNames';
import type { EnumChoices } from './enumChoices';
import type { ImportFieldType } from './importFieldTypes';
import { normalizeHeaderText } from './normalizeHeader';

// Below this a name is too unlike the value to offer; "Completion" and "Complete" score 0.78.
const leastSimilarity = 0.6;
// Two codes this close are a guess between them, so neither is offered.
const clearLead = 0.05;
// A longer cell is a sentence, not a misspelt value; comparing it costs more than it can find.
const longestComparedText = 60;
const mostWordsScanned = 8;
const twoLetters = /^[A-Za-z]{2}$/;

/**
 * The value the analyst most likely meant by a text the field's reader refused, for them to
 * confirm, never applied unasked: "Completion" → completed, "Implementation" → in-progress,
 * "Mainland China" → CN, "юани КНР" → CNY. Null when nothing is close, or two values are as close.
 */
export function suggestValue(text: string, fieldType: ImportFieldType): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > longestComparedText) return null;
  switch (fieldType.type) {
    case 'enum':
      return closestCode(trimmed, enumNames(fieldType.choices));
    case 'country': {
      // A two-letter word inside a longer name is a word ("of"), not the country code it would be alone.
      const named = codesNamedIn(trimmed, (span) => (twoLetters.test(span) ? null : readCountry(span)));
      return named.size > 0 ? onlyOne(named) : closestCode(trimmed, knownCountries);
    }
    case 'currency':
      // "юани КНР", "Chinese yuan": a currency named inside the cell, where the reader wants only the currency.
      return onlyOne(codesNamedIn(trimmed, (span) => readCurrency(span)?.code ?? null));
    default:
      return null;
  }
}

function enumNames(choices: EnumChoices): { code: string; names: readonly string[] }[] {
  return choices.values.map((code) => ({
    code,
    names: [code, labelOf(code), ...(choices.synonyms[code] ?? '').split(';')].map((name) => name.trim()),
  }));
}

function closestCode(text: string, candidates: readonly { code: string; names: readonly string[] }[]): string | null {
  const key = normalizeHeaderText(text);
  if (key === '') return null;
  const scores = candidates
    .map(({ code, names }) => ({ code, score: Math.max(...names.map((name) => similarity(key, normalizeHeaderText(name)))) }))
    .sort((a, b) => b.score - a.score);
  const [best, runnerUp] = scores;
  if (!best || best.score < leastSimilarity) return null;
  return runnerUp && best.score - runnerUp.score < clearLead ? null : best.code;
}

/**
 * How alike two normalized texts are, from 0 to 1: the best of whole words of one inside the other
 * ("implementation" in "in implementation"), a shared beginning ("completion", "complete") and
 * the share of letters that need no edit ("chine", "china").
 */
export function similarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const contained = shorter.length >= 4 && ` ${longer} `.includes(` ${shorter} `);
  const containment = contained ? 0.6 + (0.4 * shorter.length) / longer.length : 0;
  const prefix = commonPrefixLength(a, b);
  const sharedStart = prefix >= 4 ? (2 * prefix) / (a.length + b.length) : 0;
  const edits = 1 - editDistance(a, b) / longer.length;
  return Math.max(containment, sharedStart, edits);
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
}

/** Levenshtein distance, over two rows of the table. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The codes read from any run of consecutive words: "Republic of China", "China", … */
function codesNamedIn(text: string, read: (span: string) => string | null): Set<string> {
  const words = text.split(/\s+/).slice(0, mostWordsScanned);
  const codes = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= words.length; end++) {
      const code = read(words.slice(start, end).join(' '));
      if (code !== null) codes.add(code);
    }
  }
  return codes;
}

/** The code when exactly one is named; two are the analyst's to choose between. */
function onlyOne(codes: ReadonlySet<string>): string | null {
  return codes.size === 1 ? [...codes][0] : null;
}
