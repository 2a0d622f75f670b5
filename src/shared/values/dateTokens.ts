import { classifyChineseWord, classifyDateWord, type DateWord } from './dateWords';
import { quoteValue } from './quoteValue';

export interface DateFields {
  year?: number;
  half?: number;
  quarter?: number;
  month?: number;
  day?: number;
}

export type DateToken =
  | { kind: 'fields'; fields: DateFields; text: string }
  /** "8/11/1999": which number is the day depends on the column's convention. */
  | { kind: 'slashed'; first: number; second: number; year: number; text: string }
  | { kind: 'number'; value: number; digits: number; text: string }
  | { kind: 'word'; word: DateWord; text: string }
  | { kind: 'separator'; text: string; punctuation: boolean };

export type Tokenized = { ok: true; tokens: DateToken[] } | { ok: false; reason: string };

const CHINESE_NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 上: 1, 下: 2 };
const numberOf = (text: string): number => CHINESE_NUMERALS[text] ?? Number(text);

type FieldReader = (match: RegExpExecArray) => DateFields;

// Tried in order at each position, before plain numbers and words, so "1999-11-08" is one day rather than three numbers.
const FIELD_PATTERNS: readonly [RegExp, FieldReader][] = [
  [/(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y, (m) => ({ year: +m[1], month: +m[2], day: +m[3] })],
  // A dotted date is always day first (08.11.1999), as everywhere dots are used.
  [/(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/y, (m) => ({ day: +m[1], month: +m[2], year: +m[3] })],
  // "2016-12" is December 2016 as in ISO 8601; "2016-2025" and "2016-17" do not match and become ranges.
  [/(\d{4})-(0[1-9]|1[0-2])(?!\d)/y, (m) => ({ year: +m[1], month: +m[2] })],
  [/(\d{1,2})[./](\d{4})(?!\d)/y, (m) => ({ month: +m[1], year: +m[2] })],
  [/(\d{4})\s*年(?:度)?/y, (m) => ({ year: +m[1] })],
  [/(\d{1,2})\s*月(?:份)?/y, (m) => ({ month: +m[1] })],
  [/(\d{1,2})\s*[日号]/y, (m) => ({ day: +m[1] })],
  [/第?\s*([一二三四1-4])\s*季度?/y, (m) => ({ quarter: numberOf(m[1]) })],
  [/([上下])半年(?:度)?/y, (m) => ({ half: numberOf(m[1]) })],
  [/q([1-4])(?!\d)/y, (m) => ({ quarter: +m[1] })],
  [/([1-4])q(?![\p{L}])/uy, (m) => ({ quarter: +m[1] })],
  [/h([12])(?!\d)/y, (m) => ({ half: +m[1] })],
  [/([12])h(?![\p{L}])/uy, (m) => ({ half: +m[1] })],
];

const SLASHED = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/y;
const NUMBER = /\d+/y;
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}]+(?:['’‘ʻ`][\p{Script=Latin}\p{Script=Cyrillic}]+)*\.?/uy;
const CHINESE_WORD = /\p{Script=Han}+/uy;
const SPACE = /\s+/y;
const DASH_OR_SLASH = /[-‐‑‒–—―~/]/y;
const IGNORED_PUNCTUATION = /[,.;:]/y;
const ORDINAL_SUFFIX = /-?(?:st|nd|rd|th|е|й|я|го|ого|ое|ий|ая|ый|ой|chi|inchi|nchi|чи|инчи)(?![\p{L}])/uy;
const HYPHEN_BEFORE_LETTER = /-(?=[\p{Script=Latin}\p{Script=Cyrillic}])/uy;

function matchAt(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

/** Splits lower-cased, NFKC-normalized date text into the parts the date grammar works with. */
export function tokenizeDate(text: string): Tokenized {
  const tokens: DateToken[] = [];
  let position = 0;
  outer: while (position < text.length) {
    const space = matchAt(SPACE, text, position) ?? matchAt(IGNORED_PUNCTUATION, text, position);
    if (space) {
      position += space[0].length;
      continue;
    }
    for (const [pattern, read] of FIELD_PATTERNS) {
      const match = matchAt(pattern, text, position);
      if (match) {
        tokens.push({ kind: 'fields', fields: read(match), text: match[0] });
        position += match[0].length;
        continue outer;
      }
    }
    const slashed = matchAt(SLASHED, text, position);
    if (slashed) {
      tokens.push({ kind: 'slashed', first: +slashed[1], second: +slashed[2], year: +slashed[3], text: slashed[0] });
      position += slashed[0].length;
      continue;
    }
    const number = matchAt(NUMBER, text, position);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), digits: number[0].length, text: number[0] });
      position += number[0].length;
      // Ordinal endings add nothing ("1st", "2-й квартал", "1-е полугодие"); any other hyphen between a number
      // and a word joins them ("8-noyabr", "2-chorak", "2016-yildan").
      const suffix = matchAt(ORDINAL_SUFFIX, text, position);
      if (suffix) position += suffix[0].length;
      else if (matchAt(HYPHEN_BEFORE_LETTER, text, position)) position += 1;
      continue;
    }
    const word = matchAt(WORD, text, position);
    if (word) {
      const bare = word[0].replace(/\.$/, '');
      const meaning = classifyDateWord(bare);
      if (!meaning) return { ok: false, reason: `the word ${quoteValue(bare)} is not a month, quarter, half-year or range word` };
      tokens.push(
        meaning.kind === 'separator'
          ? { kind: 'separator', text: bare, punctuation: false }
          : { kind: 'word', word: meaning, text: bare },
      );
      position += word[0].length;
      continue;
    }
    const chinese = matchAt(CHINESE_WORD, text, position);
    if (chinese) {
      const meaning = classifyChineseWord(chinese[0]);
      if (!meaning) return { ok: false, reason: `${quoteValue(chinese[0])} is not part of a date this reader knows` };
      tokens.push(
        meaning.kind === 'separator'
          ? { kind: 'separator', text: chinese[0], punctuation: false }
          : { kind: 'word', word: meaning, text: chinese[0] },
      );
      position += chinese[0].length;
      continue;
    }
    const dash = matchAt(DASH_OR_SLASH, text, position);
    if (dash) {
      tokens.push({ kind: 'separator', text: dash[0], punctuation: true });
      position += 1;
      continue;
    }
    return { ok: false, reason: `the character ${quoteValue(text[position])} has no place in a date` };
  }
  return { ok: true, tokens };
}
