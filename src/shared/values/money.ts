import { readCurrency, normalizeCurrencyCode } from './currency';
import type { Money, MoneyQualifier } from './money.schema';
import { parseLocalizedNumber, roundDecimalNoise } from './number';
import { parsed, unreadableAs, type ParseResult } from './parseResult';
import { readLeadingQualifier, readTrailingQualifier } from './qualifier';
import { quoteValue } from './quoteValue';
import { readScale } from './scale';

export { formatMoney, formatMoneyInWords } from './moneyFormat';

export interface MoneyParseOptions {
  /** ISO code assumed when the text names no currency, as in a column headed "Amount, USD". */
  defaultCurrency?: string;
  decimalSeparator?: '.' | ',';
}

const EXAMPLES = "Write it like “USD 58.4 million”, “approximately $700M”, “700 млн долларов”, “5 mlrd so'm” or “7亿美元”.";
const NO_CURRENCY = 'has no currency: write USD, $, сум, 元 or another currency next to the amount';
// Digits with "." or "," separators, or thousands grouped by spaces or apostrophes: "1 234 567,89", "1'234".
const AMOUNT_DIGITS = /\d+(?:[.,]\d+)*(?:[ '’]\d{3}(?!\d)(?:[.,]\d+)*)*/;

interface MoneyParts {
  qualifier: MoneyQualifier | null;
  currency: string | null;
}

function moneyError(text: string, reason: string): ParseResult<never> {
  return unreadableAs({ text, as: 'money', reason }, EXAMPLES);
}

/**
 * Reads an amount of money as English, Russian, Uzbek and Chinese sources state it:
 * "approximately USD 700 million", "1,2 млрд долл. США", "qariyb 700 million AQSh dollari", "约7亿美元".
 */
export function parseMoney(text: string, options: MoneyParseOptions = {}): ParseResult<Money> {
  // NFKC folds full-width digits and signs (１００万元, ￥) and no-break spaces into their plain forms.
  const normalized = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (normalized === '') return moneyError(text, 'the text is empty');
  if (/%/.test(normalized)) return moneyError(text, 'it is a percentage, not an amount of money');
  const digits = AMOUNT_DIGITS.exec(normalized);
  if (!digits) return moneyError(text, 'there is no amount written in digits');

  const before = normalized.slice(0, digits.index);
  const after = normalized.slice(digits.index + digits[0].length);
  if (/[-−]/.test(before)) return moneyError(text, 'an amount of money cannot be negative');
  if (/^\s*[-–—]\s*\d/.test(after)) {
    return moneyError(text, 'it is a range of amounts; enter one amount with a qualifier such as "at least" or "up to"');
  }

  const leading = readMoneyPrefix(text, before);
  if (!leading.ok) return leading;
  const number = parseLocalizedNumber(digits[0], { decimalSeparator: options.decimalSeparator });
  if (!number.ok) return moneyError(text, number.unreadable?.reason ?? 'its amount is not a number');
  const trailing = readMoneySuffix(text, after);
  if (!trailing.ok) return trailing;

  const { qualifier: leadingQualifier, currency: leadingCurrency } = leading.value;
  const { qualifier: trailingQualifier, currency: trailingCurrency, factor } = trailing.value;
  if (leadingQualifier && trailingQualifier && leadingQualifier !== trailingQualifier) {
    return moneyError(text, `it has two different qualifiers (${leadingQualifier} and ${trailingQualifier})`);
  }
  if (leadingCurrency && trailingCurrency && leadingCurrency !== trailingCurrency) {
    return moneyError(text, `it names two currencies, ${leadingCurrency} and ${trailingCurrency}`);
  }
  const stated = leadingCurrency ?? trailingCurrency;
  const currency = stated ?? (options.defaultCurrency ? normalizeCurrencyCode(options.defaultCurrency) : null);
  if (!currency) {
    if (options.defaultCurrency)
      return moneyError(text, `the default currency ${quoteValue(options.defaultCurrency)} is not a three-letter ISO code`);
    return moneyError(text, `it ${NO_CURRENCY}`);
  }
  const qualifier = leadingQualifier ?? trailingQualifier ?? 'exact';
  return parsed(moneyFromNumber(roundDecimalNoise(number.value * factor), currency, qualifier));
}

/** Before the digits only qualifiers and currencies may stand, in either order: "approx. USD", "US$", "约人民币". */
function readMoneyPrefix(text: string, before: string): ParseResult<MoneyParts> {
  const parts: MoneyParts = { qualifier: null, currency: null };
  let rest = before.trim();
  while (rest !== '') {
    const qualifier = parts.qualifier ? null : readLeadingQualifier(rest);
    if (qualifier) {
      parts.qualifier = qualifier.qualifier;
      rest = qualifier.rest;
      continue;
    }
    const currency = parts.currency ? null : readCurrency(rest);
    if (currency) {
      parts.currency = currency.code;
      rest = currency.rest;
      continue;
    }
    return moneyError(
      text,
      `${quoteValue(rest)} before the amount is not a currency or a qualifier such as “approximately” or “more than”`,
    );
  }
  return parsed(parts);
}

/** After the digits: a scale, then a currency, then a postposition such as "or more", "dan ortiq" or "以上". */
function readMoneySuffix(text: string, after: string): ParseResult<MoneyParts & { factor: number }> {
  const touchesNumber = after !== '' && !/^\s/.test(after);
  let rest = after.trim();
  const scale = readScale(rest, 'money', touchesNumber);
  if (scale) rest = scale.rest;
  const currency = readCurrency(rest);
  if (currency) rest = currency.rest;
  const trailing = readTrailingQualifier(rest);
  if (trailing && trailing.rest === '') rest = '';
  rest = rest.replace(/^[.,;]$/, '');
  if (rest !== '') {
    return moneyError(
      text,
      `${quoteValue(rest)} after the amount is not a scale (thousand, million, billion), a currency or a qualifier`,
    );
  }
  return parsed({ factor: scale?.factor ?? 1, currency: currency?.code ?? null, qualifier: trailing?.qualifier ?? null });
}

/** Money from a number already known, such as a spreadsheet cell; US dollars carry their own USD value. */
export function moneyFromNumber(amount: number, currency: string, qualifier: MoneyQualifier = 'exact'): Money {
  if (!Number.isFinite(amount) || amount < 0)
    throw new RangeError(`An amount of money must be a finite number of at least 0, not ${amount}.`);
  const code = normalizeCurrencyCode(currency);
  if (!code) throw new RangeError(`${quoteValue(currency)} is not a three-letter ISO 4217 currency code such as USD.`);
  const usd = code === 'USD' ? { amount, rate: 1, rateDate: null, rateSource: null } : null;
  return { amount, currency: code, qualifier, usd };
}

/** The value in US dollars, or null when there is no money or no conversion yet. */
export function usdAmount(money: Money | null): number | null {
  return money?.usd?.amount ?? null;
}
