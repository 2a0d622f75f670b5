import type { MoneyQualifier } from './money.schema';

/** How a table cell marks each qualifier: "≈ $700M", "> 27,000 base stations". */
export const qualifierSymbols: Readonly<Record<MoneyQualifier, string>> = {
  exact: '',
  approximately: '≈',
  'more-than': '>',
  'at-least': '≥',
  'at-most': '≤',
  'less-than': '<',
};

/** How a sentence says each qualifier: "approximately USD 700 million". */
export const qualifierWords: Readonly<Record<MoneyQualifier, string>> = {
  exact: '',
  approximately: 'approximately',
  'more-than': 'more than',
  'at-least': 'at least',
  'at-most': 'up to',
  'less-than': 'less than',
};

const APOSTROPHE = "['’‘ʻ`]";

/**
 * Words that come before a figure, as English, Russian, Uzbek and Chinese sources write them.
 * Longer phrases are tried first, so "не менее" (at least) wins over "менее" (less than).
 */
const LEADING_PHRASES: Readonly<Record<Exclude<MoneyQualifier, 'exact'>, readonly string[]>> = {
  approximately: [
    'approximately',
    'approx\\.?',
    'about',
    'around',
    'circa',
    'ca\\.',
    'c\\.',
    'roughly',
    'nearly',
    'almost',
    'some',
    'an estimated',
    'estimated',
    '~',
    '≈',
    'около',
    'примерно',
    'порядка',
    'приблизительно',
    'почти',
    'ориентировочно',
    'qariyb',
    'taxminan',
    'тахминан',
    'қарийб',
    '约',
    '大约',
    '将近',
    '近',
  ],
  'more-than': [
    'more than',
    'over',
    'exceeding',
    'in excess of',
    'above',
    'upwards of',
    '>',
    'свыше',
    'более чем',
    'более',
    'больше чем',
    'больше',
    'ortiq',
    'зиёд',
    '超过',
    '逾',
    '多于',
    '超',
  ],
  'at-least': [
    'at least',
    'no less than',
    'not less than',
    'a minimum of',
    'minimum of',
    '≥',
    '>=',
    'не менее',
    'не меньше',
    'как минимум',
    'минимум',
    'kamida',
    'камида',
    '至少',
    '不少于',
    '不低于',
  ],
  'at-most': [
    'up to',
    'at most',
    'no more than',
    'not more than',
    'a maximum of',
    'maximum of',
    '≤',
    '<=',
    'не более',
    'не больше',
    'до',
    'максимум',
    `ko${APOSTROPHE}pi bilan`,
    '最多',
    '不超过',
    '高达',
  ],
  'less-than': ['less than', 'under', 'below', '<', 'менее', 'меньше', '低于', '少于', '不到', '不足'],
};

/** Postpositions: "27,000+ base stations", "700 mln dollardan ortiq", "7亿美元左右". */
const TRAILING_PHRASES: Readonly<Record<Exclude<MoneyQualifier, 'exact'>, readonly string[]>> = {
  approximately: ['\\s*左右', '\\s*上下', '(?:^|\\s+)atrofida', '\\s*(?:ga|га)\\s+(?:yaqin|яқин)'],
  'more-than': [`\\s*(?:dan|дан)\\s+(?:ortiq|ko${APOSTROPHE}?proq|ортиқ|кўпроқ)`],
  'at-least': [
    '\\s*\\+',
    '(?:^|\\s+)or\\s+(?:more|above)',
    '(?:^|\\s+)and\\s+(?:more|above)',
    '(?:^|\\s+)и\\s+(?:более|больше|выше)',
    '\\s*以上',
  ],
  'at-most': ['(?:^|\\s+)or\\s+(?:less|below)', '(?:^|\\s+)и\\s+(?:менее|меньше|ниже)', '\\s*以下', '\\s*以内'],
  'less-than': ['\\s*(?:dan|дан)\\s+(?:kam|кам)'],
};

// A word phrase must end at a word's end ("over" is not the start of "overall"); symbols and Chinese need no gap.
const WORD_END = '(?![\\p{Script=Latin}\\p{Script=Cyrillic}])';

interface QualifierPattern {
  qualifier: MoneyQualifier;
  pattern: RegExp;
  length: number;
}

function compilePatterns(phrases: typeof LEADING_PHRASES, toSource: (phrase: string) => string): readonly QualifierPattern[] {
  return Object.entries(phrases)
    .flatMap(([qualifier, list]) =>
      list.map((phrase) => ({
        qualifier: qualifier as MoneyQualifier,
        pattern: new RegExp(toSource(phrase), 'iu'),
        length: phrase.length,
      })),
    )
    .sort((a, b) => b.length - a.length);
}

const LEADING_PATTERNS = compilePatterns(LEADING_PHRASES, (phrase) => `^(?:${phrase.replace(/ /g, '\\s+')})${WORD_END}\\s*`);
const TRAILING_PATTERNS = compilePatterns(TRAILING_PHRASES, (phrase) => `${phrase}${WORD_END}\\s*$`);

export interface QualifierMatch {
  qualifier: MoneyQualifier;
  /** The text with the qualifier removed and surrounding spaces trimmed. */
  rest: string;
}

/** Finds a qualifier at the start of the text: "over USD 500 million", "около 700 млн", "约7亿美元". */
export function readLeadingQualifier(text: string): QualifierMatch | null {
  const trimmed = text.trim();
  for (const { qualifier, pattern } of LEADING_PATTERNS) {
    const match = pattern.exec(trimmed);
    if (match) return { qualifier, rest: trimmed.slice(match[0].length).trim() };
  }
  return null;
}

/** Finds a qualifier at the end of the text: "base stations or more", "dollardan ortiq", "以上". */
export function readTrailingQualifier(text: string): QualifierMatch | null {
  const trimmed = text.trim();
  for (const { qualifier, pattern } of TRAILING_PATTERNS) {
    const match = pattern.exec(trimmed);
    if (match) return { qualifier, rest: trimmed.slice(0, match.index).trim() };
  }
  return null;
}

/** "≈ $700M": the qualifier's symbol, a space, then the figure; exact figures stand alone. */
export function withQualifierSymbol(qualifier: MoneyQualifier, figure: string): string {
  return qualifier === 'exact' ? figure : `${qualifierSymbols[qualifier]} ${figure}`;
}

/** "approximately USD 700 million": the qualifier in words before the figure. */
export function withQualifierWords(qualifier: MoneyQualifier, figure: string): string {
  return qualifier === 'exact' ? figure : `${qualifierWords[qualifier]} ${figure}`;
}
