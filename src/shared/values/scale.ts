/** Where a scale word is read: money accepts "$700 m"; a quantity's "500 m" is metres, so there letters must touch the digits. */
export type ScaleContext = 'money' | 'quantity';

interface ScaleWord {
  factor: number;
  pattern: string;
}

// An abbreviation's dot may join the next word ("тыс.руб."); otherwise a scale word must end where the word ends.
const WORD_END = '(?![\\p{Script=Latin}\\p{Script=Cyrillic}])';

// Compound Chinese scales come before their parts (万亿 before 亿 and 万); single letters are tried last.
const SCALE_WORDS: readonly ScaleWord[] = [
  { factor: 1e12, pattern: 'trillions?|trln|trn|tn|трлн|триллион(?:ов|а)?|万亿' },
  { factor: 1e9, pattern: 'billions?|bln|bn|млрд|миллиард(?:ов|а)?|mlrd|milliard|十亿' },
  { factor: 1e8, pattern: '亿' },
  { factor: 1e7, pattern: '千万' },
  { factor: 1e6, pattern: 'millions?|mln|mio|mn|млн|миллион(?:ов|а)?|百万' },
  { factor: 1e4, pattern: '万' },
  { factor: 1e3, pattern: 'thousands?|тыс|тысяч[аи]?|ming|千' },
];

const LETTER_SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9 };
// In quantities only K, M and B are scales: "27k base stations", "3M users", but "500m" is metres.
const QUANTITY_LETTERS = /^(?:k|K|M|B)(?![\p{Script=Latin}\p{Script=Cyrillic}])/u;
const MONEY_LETTERS = /^[kmb](?![\p{Script=Latin}\p{Script=Cyrillic}])/iu;

const SCALE_PATTERNS = SCALE_WORDS.map(({ factor, pattern }) => ({
  factor,
  regex: new RegExp(`^(?:${pattern})(?:\\.|${WORD_END})`, 'iu'),
}));

export interface ScaleMatch {
  factor: number;
  /** The text after the scale word, trimmed. */
  rest: string;
}

/**
 * Reads a scale word at the start of `text`: "million USD", "млрд сум", "亿美元", "bn".
 * `touchesNumber` says whether the text directly follows the digits with no space ("3M", "27k").
 */
export function readScale(text: string, context: ScaleContext, touchesNumber: boolean): ScaleMatch | null {
  const trimmed = text.trimStart();
  for (const { factor, regex } of SCALE_PATTERNS) {
    const match = regex.exec(trimmed);
    if (match) return { factor, rest: trimmed.slice(match[0].length).trim() };
  }
  const letters = context === 'money' ? MONEY_LETTERS : touchesNumber ? QUANTITY_LETTERS : null;
  const letter = letters?.exec(trimmed);
  if (letter) return { factor: LETTER_SCALES[letter[0].toLowerCase()], rest: trimmed.slice(1).trim() };
  return null;
}
