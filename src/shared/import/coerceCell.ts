import { normalizeCurrencyCode, readCurrency } from '../values/currency';
import { moneyFromNumber, parseMoney } from '../values/money';
import type { Money } from '../values/money.schema';
import { parseLocalizedNumber, parsePercentage, roundDecimalNoise } from '../values/number';
import { excelSerialToPartialDate, parsePartialDate, partialDateFromJsDate } from '../values/partialDate';
import type { PartialDate } from '../values/partialDate.schema';
import type { ParseResult, Unreadable } from '../values/parseResult';
import { quoteValue } from '../values/quoteValue';
import { readCountry } from './countryNames';
import { describeChoices, matchEnumChoice } from './enumChoices';
import { headerTextOf } from './headerCells';
import type { ImportFieldType } from './importFieldTypes';
import type { CellValue } from './workbookTypes';

export interface CellCoercionOptions {
  /** How to read 03/04/2024 in this column; undefined leaves such dates to be refused as ambiguous. */
  dayFirst?: boolean;
  decimalSeparator?: '.' | ',';
  /** For amounts that name no currency: the row's currency cell, the header's ("Amount, USD") or the import's default. */
  currency?: string | null;
  /** What a bare number in the column counts in, from its header: 1e6 for "Amount (USD million)". */
  scale?: number;
  date1904?: boolean;
}

export type CoercedValue = string | number | PartialDate | Money | string[] | null;

export interface CellCoercionProblem {
  /** What the column should hold: "a date such as 25 June 2015, 2015-06-25 or Q2 2025". */
  expected: string;
  /** What is wrong with this cell, quoting it. */
  message: string;
}

export type CellCoercion = { ok: true; value: CoercedValue } | { ok: false; problem: CellCoercionProblem };

const expectations = {
  date: 'a date such as 25 June 2015, 2015-06-25 or Q2 2025',
  money: 'an amount such as USD 1.2 bn or 700 млн сум, or a number with the currency in its own column or the header',
  currency: 'a currency such as USD, CNY, UZS, $ or сум',
  number: 'a number such as 1,234.5, 1 234,5, -35.01 or 12.5%',
  country: 'a country such as CN, China, Китай, Xitoy or 中国',
} as const;

// Excel shows a year typed into a cell formatted as a number as 2024; as a serial that would be a day in 1905.
const firstPlainYear = 1800;
const lastPlainYear = 2200;
const listSeparators = /[;,/\n；，、]+/;
// AidData and other datasets join several organizations in one cell with "|".
const nameSeparators = /[;\n；、|]+/;

/**
 * Reads one cell as a field's value the way an analyst means it: empty is null (an empty list for
 * list fields), dates from Excel, serial numbers and text in any supported language, amounts with
 * their currency, numbers in either decimal convention.
 */
export function coerceCell(cell: CellValue, fieldType: ImportFieldType, options: CellCoercionOptions = {}): CellCoercion {
  const text = typeof cell === 'string' ? cell.trim() : null;
  if (cell === null || text === '') return accepted(fieldType.type === 'list' || fieldType.type === 'names' ? [] : null);
  switch (fieldType.type) {
    case 'text':
      return accepted(text ?? headerTextOf(cell));
    case 'list':
      return accepted(splitList(text ?? headerTextOf(cell), listSeparators));
    case 'names':
      return accepted(splitList(text ?? headerTextOf(cell), nameSeparators));
    case 'enum': {
      const shown = text ?? headerTextOf(cell);
      const code = matchEnumChoice(fieldType.choices, shown);
      if (code !== null) return accepted(code);
      return refused(
        describeChoices(fieldType.choices),
        `${quoteValue(shown)} is not a ${fieldType.choices.name} Silk Ledger knows.`,
      );
    }
    case 'country': {
      const shown = text ?? headerTextOf(cell);
      const code = readCountry(shown);
      return code ? accepted(code) : refused(expectations.country, `${quoteValue(shown)} is not a country Silk Ledger knows.`);
    }
    case 'currency':
      return coerceCurrency(text ?? headerTextOf(cell));
    case 'date':
      return coerceDate(cell, text, options);
    case 'number':
      return coerceNumber(cell, text, options);
    case 'money':
      return coerceMoney(cell, text, options);
  }
}

function coerceDate(cell: Exclude<CellValue, null>, text: string | null, options: CellCoercionOptions): CellCoercion {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return refused(expectations.date, 'The cell holds an invalid date.');
    const year = cell.getUTCFullYear();
    // Spreadsheets can hold dates past 9999 (ODS has no upper bound); a calendar day here cannot.
    if (year < 1 || year > 9999) return refused(expectations.date, `The cell holds a date in the year ${year}, outside 1–9999.`);
    return accepted(partialDateFromJsDate(cell));
  }
  if (typeof cell === 'number') {
    const isPlainYear = Number.isInteger(cell) && cell >= firstPlainYear && cell <= lastPlainYear;
    return fromParse(
      isPlainYear ? parsePartialDate(String(cell)) : excelSerialToPartialDate(cell, options.date1904),
      expectations.date,
    );
  }
  if (text === null) return refused(expectations.date, `${quoteValue(headerTextOf(cell))} is not a date.`);
  return fromParse(parsePartialDate(text, { dayFirst: options.dayFirst }), expectations.date);
}

function coerceNumber(cell: Exclude<CellValue, null>, text: string | null, options: CellCoercionOptions): CellCoercion {
  if (typeof cell === 'number') return accepted(cell);
  if (text === null) return refused(expectations.number, `${quoteValue(headerTextOf(cell))} is not a number.`);
  // A percentage becomes a fraction, as Excel stores a cell formatted as 12.5% (0.125).
  const reading = /[%％]\s*$/.test(text)
    ? parsePercentage(text, { decimalSeparator: options.decimalSeparator })
    : parseLocalizedNumber(text, { decimalSeparator: options.decimalSeparator });
  return fromParse(reading, expectations.number);
}

function coerceMoney(cell: Exclude<CellValue, null>, text: string | null, options: CellCoercionOptions): CellCoercion {
  if (typeof cell === 'number') return moneyFromBareNumber(cell, String(cell), options);
  if (text === null) return refused(expectations.money, `${quoteValue(headerTextOf(cell))} is not an amount of money.`);
  // A bare number takes the column's scale; text with its own words ("1.2 bn", "700 млн") states its own.
  const bare = parseLocalizedNumber(text, { decimalSeparator: options.decimalSeparator });
  if (bare.ok) return moneyFromBareNumber(bare.value, text, options);
  const money = parseMoney(text, { defaultCurrency: options.currency ?? undefined, decimalSeparator: options.decimalSeparator });
  return fromParse(money, expectations.money);
}

function moneyFromBareNumber(amount: number, shown: string, options: CellCoercionOptions): CellCoercion {
  if (amount < 0) return refused(expectations.money, `${quoteValue(shown)} is negative; an amount of money cannot be.`);
  if (!options.currency) {
    return refused(
      expectations.money,
      `${quoteValue(shown)} has no currency: add a currency column, name it in the header (“Amount, USD”) or choose a default currency.`,
    );
  }
  const currency = normalizeCurrencyCode(options.currency);
  if (!currency) {
    return refused(
      expectations.money,
      `${quoteValue(shown)} cannot be read in ${quoteValue(options.currency)}, which is not a three-letter currency code.`,
    );
  }
  const scaled = options.scale && options.scale !== 1 ? roundDecimalNoise(amount * options.scale) : amount;
  return accepted(moneyFromNumber(scaled, currency));
}

function coerceCurrency(text: string): CellCoercion {
  const named = readCurrency(text);
  if (named && named.rest === '') return accepted(named.code);
  // Codes outside the spelled-out list count only in capitals, so "Yes" or "sum" never become one.
  if (/^[A-Z]{3}$/.test(text)) return accepted(text);
  return refused(expectations.currency, `${quoteValue(text)} is not a currency Silk Ledger knows.`);
}

function splitList(text: string, separators: RegExp): string[] {
  const items = text
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}

function accepted(value: CoercedValue): CellCoercion {
  return { ok: true, value };
}

function refused(expected: string, message: string): CellCoercion {
  return { ok: false, problem: { expected, message } };
}

function fromParse(result: ParseResult<CoercedValue>, expected: string): CellCoercion {
  return result.ok ? accepted(result.value) : refused(expected, restateParserMessage(result));
}

/**
 * '“31/02/2024” is not a date — February 2024 has no day 31 (it has 29 days).': the parser's reason
 * without its examples, since the plan states once per column what the column expects.
 */
function restateParserMessage(failure: { message: string; unreadable?: Unreadable }): string {
  if (!failure.unreadable) return failure.message;
  const { text, as, reason, hint } = failure.unreadable;
  return `${quoteValue(text)} is not ${as} — ${reason}.${hint ? ` ${hint}` : ''}`;
}
