import { parsed, unreadableAs, type ParseResult } from './parseResult';
import { quoteValue } from './quoteValue';

export interface NumberParseOptions {
  /** Which mark separates decimals; undefined infers it from the text. */
  decimalSeparator?: '.' | ',';
}

const EXPECTED_NUMBER = 'Expected digits such as 1,234.5, 1.234,5, 1 234,5 or -35.01.';
// Spaces (including the no-break and narrow no-break spaces Excel and Word insert) and the Swiss apostrophe group digits.
const SPACE_GROUPING = /[ \u00a0\u202f\u2009'’]/;
const ALL_SPACE_GROUPING = /[ \u00a0\u202f\u2009'’]/g;
const NON_FINITE = /^[+\-−]?(?:nan|inf|infinity|∞)$/i;
const SCIENTIFIC = /^\d+(?:\.\d+)?e[+-]?\d+$/i;

function numberError(text: string, reason: string): ParseResult<number> {
  return unreadableAs({ text, as: 'a number', reason }, EXPECTED_NUMBER);
}

/**
 * Reads a number as analysts and spreadsheets write it in English, Russian, Uzbek or German conventions.
 * A lone comma followed by exactly three digits ("1,234") is read as a thousands separator, because
 * English-language sources dominate the corpus; "1,23", "0,5" and "-35,01" are decimals.
 */
export function parseLocalizedNumber(text: string, options: NumberParseOptions = {}): ParseResult<number> {
  let body = text.trim();
  if (body === '') return numberError(text, 'the text is empty');
  if (NON_FINITE.test(body)) return numberError(text, 'it is not a finite number');

  let negative = false;
  const accounting = /^\((.*)\)$/.exec(body);
  if (accounting) {
    negative = true;
    body = accounting[1].trim();
  }
  const sign = /^([+\-−])\s*/.exec(body);
  if (sign) {
    if (accounting) return numberError(text, 'it has both brackets and a sign');
    negative = sign[1] !== '+';
    body = body.slice(sign[0].length);
  }

  if (SCIENTIFIC.test(body)) {
    const value = Number(body);
    if (!Number.isFinite(value)) return numberError(text, 'it is too large');
    return parsed(negative ? -value : value);
  }
  if (!/\d/.test(body)) return numberError(text, 'it has no digits');
  if (!/^[\d.,]/.test(body) || /[^\d.,\s'’]/.test(body)) {
    return numberError(text, 'it contains characters that are not digits or separators');
  }

  const decimalSeparator = chooseDecimalSeparator(body, options.decimalSeparator);
  const groupingMark = decimalSeparator === '.' ? ',' : '.';
  const decimalAt = decimalSeparator ? body.indexOf(decimalSeparator) : -1;
  if (decimalSeparator && body.indexOf(decimalSeparator, decimalAt + 1) !== -1) {
    return numberError(text, `the decimal separator ${quoteValue(decimalSeparator)} appears more than once`);
  }
  const integerPart = decimalAt === -1 ? body : body.slice(0, decimalAt);
  const fraction = decimalAt === -1 ? '' : body.slice(decimalAt + 1);
  if (decimalAt !== -1 && !/^\d+$/.test(fraction)) {
    return numberError(text, `digits must follow the decimal separator ${quoteValue(decimalSeparator ?? '')} and nothing else`);
  }

  const integerDigits = readGroupedInteger(integerPart, groupingMark);
  if (integerDigits === null) {
    return numberError(text, 'its digit groups are not thousands (after a separator every group needs three digits)');
  }
  if (integerDigits === '' && fraction === '') return numberError(text, 'it has no digits');
  const value = Number(`${integerDigits || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return numberError(text, 'it is too large');
  return parsed(negative && value !== 0 ? -value : value);
}

function chooseDecimalSeparator(body: string, explicit: '.' | ',' | undefined): '.' | ',' | null {
  if (explicit) return explicit;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot !== -1 && lastComma !== -1) return lastDot > lastComma ? '.' : ',';
  if (lastDot === -1 && lastComma === -1) return null;
  const mark = lastDot !== -1 ? '.' : ',';
  const occurrences = body.split(mark).length - 1;
  // Two or more of the same mark can only be thousands: "1.234.567", "1,234,567".
  if (occurrences > 1) return mark === '.' ? ',' : '.';
  if (SPACE_GROUPING.test(body) || mark === '.') return mark;
  const [integerPart, fraction] = body.split(',');
  const looksLikeThousands = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(integerPart);
  return looksLikeThousands ? '.' : ',';
}

/** Digits of an integer part written with one kind of thousands grouping, or null when the groups are wrong. */
function readGroupedInteger(integerPart: string, groupingMark: '.' | ','): string | null {
  const usesSpaces = SPACE_GROUPING.test(integerPart);
  const usesMark = integerPart.includes(groupingMark);
  if (usesSpaces && usesMark) return null;
  if (!usesSpaces && !usesMark) return /^\d*$/.test(integerPart) ? integerPart : null;
  const groups = usesSpaces ? integerPart.split(ALL_SPACE_GROUPING) : integerPart.split(groupingMark);
  const [first, ...rest] = groups;
  if (!/^\d{1,3}$/.test(first) || !rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join('');
}

const PERCENT_SIGN = /\s*(?:%|％|per\s?cent|pct|процент(?:а|ов)?|foiz)$/i;

/** Reads "12.5%" or "12,5 %" as the fraction 0.125; a number without a percent sign is refused, since 12.5 could mean either. */
export function parsePercentage(text: string, options: NumberParseOptions = {}): ParseResult<number> {
  const trimmed = text.trim();
  const sign = PERCENT_SIGN.exec(trimmed);
  if (!sign) {
    return unreadableAs({ text, as: 'a percentage', reason: 'expected a number followed by %, such as 12.5% or 12,5 %' });
  }
  const number = parseLocalizedNumber(trimmed.slice(0, sign.index), options);
  if (!number.ok) {
    return unreadableAs({ text, as: 'a percentage', reason: 'expected a number before %, such as 12.5% or 12,5 %' });
  }
  return parsed(roundDecimalNoise(number.value / 100));
}

/** Removes binary floating-point noise from decimal arithmetic: 58.4 × 1e6 is 58,400,000, not 58,399,999.99999999. */
export function roundDecimalNoise(value: number): number {
  return Number(value.toPrecision(15));
}
