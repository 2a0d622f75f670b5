const APOSTROPHE = "['’‘ʻ`]";

/**
 * How sources name each currency. `$` alone is the US dollar and `¥` alone the yuan, because in this
 * corpus (Uzbekistan–China cooperation) yen amounts are rare and always written as JPY.
 */
const CURRENCY_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  USD: [
    'us\\$',
    'usd',
    '\\$',
    'u\\.s\\.\\s*dollars?',
    'us\\s+dollars?',
    'dollars?',
    'доллар(?:ов|а)?\\s+сша',
    'долл\\.?\\s*сша',
    'доллар(?:ов|а|ы)?',
    'долл',
    'дол',
    'aqsh\\s+dollar(?:i|lari)?',
    'dollari',
    'ақш\\s+доллари?',
    '美元',
    '美金',
  ],
  EUR: ['eur', '€', 'euros?', 'евро', 'yevro', '欧元'],
  CNY: ['cny', 'rmb', '¥', 'yuan', 'renminbi', 'xitoy\\s+yuani?', 'юан(?:ей|я|ь|и)', '人民币', '元'],
  UZS: ['uzs', `so${APOSTROPHE}m`, 'сўм', 'сум(?:ов|а|ы)?', 'soum', 'sum'],
  RUB: ['rub', '₽', 'руб(?:лей|ля|ль)?', 'rubl', 'roubles?', 'rubles?'],
  GBP: ['gbp', '£', 'pounds?\\s+sterling'],
  JPY: ['jpy', 'jp¥'],
};

/** The currencies sources name in words or symbols, most common first: what an analyst picks a default from. */
export const commonCurrencyCodes = Object.keys(CURRENCY_SPELLINGS);

// Codes of other currencies a source may quote; matched only in capitals, since "try" or "aud" could be words.
const OTHER_CODES = ['KZT', 'KGS', 'TJS', 'TMT', 'KRW', 'CHF', 'INR', 'TRY', 'AED', 'SAR', 'HKD', 'SGD', 'CAD', 'AUD'];

// A currency word ends where the word ends, at its abbreviation dot, or where an Uzbek case ending
// begins ("dollardan ortiq" is "more than … dollars", "dollarga yaqin" is "close to … dollars").
const WORD_END = '(?:\\.|(?=dan|дан|ga|га)|(?![\\p{Script=Latin}\\p{Script=Cyrillic}]))';

interface CurrencyPattern {
  code: string;
  regex: RegExp;
  length: number;
}

const CURRENCY_PATTERNS: readonly CurrencyPattern[] = [
  ...Object.entries(CURRENCY_SPELLINGS).flatMap(([code, spellings]) =>
    spellings.map((spelling) => ({ code, regex: new RegExp(`^(?:${spelling})${WORD_END}`, 'iu'), length: spelling.length })),
  ),
  ...OTHER_CODES.map((code) => ({ code, regex: new RegExp(`^${code}(?![A-Za-z])`, 'u'), length: code.length })),
].sort((a, b) => b.length - a.length);

export interface CurrencyMatch {
  code: string;
  /** The text after the currency, trimmed. */
  rest: string;
}

/** Reads a currency symbol, code or word at the start of the text: "US$ 1.2 bn", "долларов", "美元". */
export function readCurrency(text: string): CurrencyMatch | null {
  const trimmed = text.trimStart();
  for (const { code, regex } of CURRENCY_PATTERNS) {
    const match = regex.exec(trimmed);
    if (match) return { code, rest: trimmed.slice(match[0].length).trim() };
  }
  return null;
}

/** An ISO 4217 code from a setting such as "usd" or "UZS", or null when it is not three letters. */
export function normalizeCurrencyCode(code: string): string | null {
  const upper = code.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(upper) ? upper : null;
}
