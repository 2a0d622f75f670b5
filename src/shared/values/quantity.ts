import type { MoneyQualifier } from './money.schema';
import { parseLocalizedNumber, roundDecimalNoise, type NumberParseOptions } from './number';
import { formatNumberInWords } from './numberFormat';
import { parsed, unreadableAs, type ParseResult } from './parseResult';
import type { Quantity } from './quantity.schema';
import { readLeadingQualifier, readTrailingQualifier, withQualifierSymbol } from './qualifier';
import { readScale } from './scale';

const EXAMPLES = 'Write it like “over 27,000 base stations”, “more than 3 million subscriber ports”, “40 Tbps” or “11.2 PB”.';
const LEADING_NUMBER = /^[+\-−]?\d+(?:[.,]\d+)*(?:[ '’]\d{3}(?!\d)(?:[.,]\d+)*)*/;
const TRAILING_NOTE = /\s*\(([^()]*)\)$/;

function quantityError(text: string, reason: string): ParseResult<never> {
  return unreadableAs({ text, as: 'a quantity', reason }, EXAMPLES);
}

/**
 * Reads a measured output: "over 27,000 base stations", "3 million subscriber ports", "40 Tbps".
 * A note in brackets at the end becomes the description: "40 Tbps (international bandwidth)".
 */
export function parseQuantity(text: string, options: NumberParseOptions = {}): ParseResult<Quantity> {
  const normalized = text.replace(/\s+/g, ' ').trim();
  if (normalized === '') return quantityError(text, 'the text is empty');
  const leading = readLeadingQualifier(normalized);
  let rest = leading ? leading.rest : normalized;
  const digits = LEADING_NUMBER.exec(rest);
  if (!digits) return quantityError(text, 'it must start with a number, after a qualifier such as "over" if there is one');
  const number = parseLocalizedNumber(digits[0], options);
  if (!number.ok) return quantityError(text, number.unreadable?.reason ?? 'its number cannot be read');

  rest = rest.slice(digits[0].length);
  let qualifier: MoneyQualifier = leading?.qualifier ?? 'exact';
  const plus = /^\+/.exec(rest);
  if (plus) {
    if (leading) return quantityError(text, 'it has both a qualifier and a "+"');
    qualifier = 'at-least';
    rest = rest.slice(1);
  }
  const scale = readScale(rest, 'quantity', rest !== '' && !/^\s/.test(rest));
  rest = scale ? scale.rest : rest.trim();

  const note = TRAILING_NOTE.exec(rest);
  const description = note ? note[1].trim() : '';
  if (note) rest = rest.slice(0, note.index).trim();
  const trailing = readTrailingQualifier(rest);
  if (trailing && trailing.rest !== '') {
    if (qualifier !== 'exact' && qualifier !== trailing.qualifier) return quantityError(text, 'it has two different qualifiers');
    qualifier = trailing.qualifier;
    rest = trailing.rest;
  }
  if (rest === '') return quantityError(text, 'there is no unit saying what is counted or measured');
  return parsed({ value: roundDecimalNoise(number.value * (scale?.factor ?? 1)), unit: rest, qualifier, description });
}

/** "> 27,000 base stations", "> 3 million subscriber ports", "40 Tbps (international bandwidth)". */
export function formatQuantity(quantity: Quantity): string {
  const figure = withQualifierSymbol(quantity.qualifier, `${formatNumberInWords(quantity.value, 6)} ${quantity.unit}`);
  return quantity.description ? `${figure} (${quantity.description})` : figure;
}
