import { readCurrency } from '../values/currency';
import { readScale } from '../values/scale';
import { describeColumn } from './columnLabel';
import type { SheetRecord } from './detectHeader';
import type { ImportRecordKind } from './fieldSynonyms';
import { fieldTypeOf, type ColumnMapping } from './importFieldTypes';

export interface FormatExample {
  rowNumber: number;
  text: string;
}

interface ColumnFormatBase {
  column: number;
  field: string;
  /** True when the analyst has to choose: the column does not show its convention, or shows both. */
  needsChoice: boolean;
  /** One sentence for the preview's format report. */
  message: string;
}

export type DateOrderFinding = 'day-first' | 'month-first' | 'ambiguous' | 'conflict';
export type DecimalSeparatorFinding = 'point' | 'comma' | 'ambiguous' | 'conflict';

export type ColumnFormat =
  | (ColumnFormatBase & { format: 'date-order'; finding: DateOrderFinding; dayFirst?: boolean; examples: FormatExample[] })
  | (ColumnFormatBase & {
      format: 'decimal-separator';
      finding: DecimalSeparatorFinding;
      decimalSeparator?: '.' | ',';
      examples: FormatExample[];
    })
  | (ColumnFormatBase & { format: 'amount-units'; currency: string | null; scale: number });

// Dates written 25/03/2024: the only form whose order is the column's convention (dotted dates are always day first).
const slashedDate = /(?<!\d)(\d{1,2})\/(\d{1,2})\/\d{4}(?!\d)/g;
// A written number with its separators: "1 234,50", the "1.2" of "USD 1.2 bn".
const digitRun = /\d(?:[\d.,'’\u00a0\u202f ]*\d)?/;
const groupingSpace = /[ '’\u00a0\u202f]/;

/**
 * How each mapped date and number column is written, judged from all its cells, for the preview's
 * ambiguity report (NocoDB #10584 swapped days and months ≤ 12; Baserow #4786 read "-35,01" as
 * -3501). A column's convention is decided only by cells that cannot be read both ways: 25/03/2024
 * is day first, 1.234,5 has a decimal comma. Columns whose cells settle nothing are reported so the
 * analyst chooses, rather than guessed. Money columns also report the currency and scale their
 * header states ("Amount, USD million").
 */
export function detectColumnFormats(
  rows: readonly SheetRecord[],
  mapping: readonly ColumnMapping[],
  context: { kind: ImportRecordKind; headers: readonly string[] },
): ColumnFormat[] {
  const formats: ColumnFormat[] = [];
  for (const { column, field } of mapping) {
    const type = fieldTypeOf(context.kind, field)?.type;
    const label = describeColumn(column, context.headers);
    if (type === 'date') pushIfFound(formats, detectDateOrder(rows, column, field, label));
    if (type === 'number' || type === 'money') pushIfFound(formats, detectDecimalSeparator(rows, column, field, label));
    if (type === 'money') pushIfFound(formats, amountUnitsFormat(context.headers[column] ?? '', column, field, label));
  }
  return formats;
}

function pushIfFound(formats: ColumnFormat[], format: ColumnFormat | null): void {
  if (format) formats.push(format);
}

function detectDateOrder(rows: readonly SheetRecord[], column: number, field: string, label: string): ColumnFormat | null {
  let dayFirst: FormatExample | null = null;
  let monthFirst: FormatExample | null = null;
  let either: FormatExample | null = null;
  for (const { rowNumber, cells } of rows) {
    const cell = cells[column];
    if (typeof cell !== 'string' || !cell.includes('/')) continue;
    for (const [text, first, second] of cell.matchAll(slashedDate)) {
      const example = { rowNumber, text };
      if (Number(first) > 12 && Number(second) <= 12) dayFirst ??= example;
      else if (Number(second) > 12 && Number(first) <= 12) monthFirst ??= example;
      else either ??= example;
    }
    if (dayFirst && monthFirst) break;
  }
  const base = { column, field, format: 'date-order' as const };
  const shown = (example: FormatExample) => `${example.text} in row ${example.rowNumber}`;
  if (dayFirst && monthFirst) {
    const message = `In ${label}, some dates are day first (${shown(dayFirst)}) and some month first (${shown(monthFirst)}); choose the order for dates that could be either.`;
    return { ...base, finding: 'conflict', needsChoice: true, examples: [dayFirst, monthFirst], message };
  }
  if (dayFirst || monthFirst) {
    const example = (dayFirst ?? monthFirst) as FormatExample;
    const order = dayFirst ? 'day first' : 'month first';
    const message = `In ${label}, dates are written ${order} (${shown(example)}).`;
    return {
      ...base,
      finding: dayFirst ? 'day-first' : 'month-first',
      dayFirst: Boolean(dayFirst),
      needsChoice: false,
      examples: [example],
      message,
    };
  }
  if (!either) return null;
  const message = `In ${label}, dates such as ${shown(either)} could be day first or month first; choose which.`;
  return { ...base, finding: 'ambiguous', needsChoice: true, examples: [either], message };
}

function detectDecimalSeparator(rows: readonly SheetRecord[], column: number, field: string, label: string): ColumnFormat | null {
  let point: FormatExample | null = null;
  let comma: FormatExample | null = null;
  let either: FormatExample | null = null;
  for (const { rowNumber, cells } of rows) {
    const cell = cells[column];
    if (typeof cell !== 'string') continue;
    const run = digitRun.exec(cell)?.[0];
    if (!run) continue;
    const evidence = decimalEvidence(run);
    if (evidence === 'point') point ??= { rowNumber, text: cell };
    else if (evidence === 'comma') comma ??= { rowNumber, text: cell };
    else if (evidence === 'either') either ??= { rowNumber, text: cell };
    if (point && comma) break;
  }
  const base = { column, field, format: 'decimal-separator' as const };
  const shown = (example: FormatExample) => `${example.text} in row ${example.rowNumber}`;
  if (point && comma) {
    const message = `In ${label}, some numbers have a decimal point (${shown(point)}) and some a decimal comma (${shown(comma)}); choose the decimal separator.`;
    return { ...base, finding: 'conflict', needsChoice: true, examples: [point, comma], message };
  }
  if (point || comma) {
    const example = (point ?? comma) as FormatExample;
    const message = `In ${label}, decimals are written with a ${point ? 'point' : 'comma'} (${shown(example)}).`;
    return {
      ...base,
      finding: point ? 'point' : 'comma',
      decimalSeparator: point ? '.' : ',',
      needsChoice: false,
      examples: [example],
      message,
    };
  }
  if (!either) return null;
  const message = `In ${label}, numbers such as ${shown(either)} could use the mark for thousands or for decimals; choose the decimal separator.`;
  return { ...base, finding: 'ambiguous', needsChoice: true, examples: [either], message };
}

/**
 * Which mark a written number uses for decimals, when it shows: the later of two different marks
 * ("1.234,5"), the other mark when one repeats ("1.234.567"), a lone mark not followed by exactly
 * three digits ("35,01"), or a lone mark after digits grouped by spaces ("1 234,500"). A lone mark
 * before three digits ("1,234") could be either.
 */
function decimalEvidence(run: string): 'point' | 'comma' | 'either' | null {
  const lastPoint = run.lastIndexOf('.');
  const lastComma = run.lastIndexOf(',');
  if (lastPoint !== -1 && lastComma !== -1) return lastPoint > lastComma ? 'point' : 'comma';
  if (lastPoint === -1 && lastComma === -1) return null;
  const mark = lastPoint !== -1 ? '.' : ',';
  const markFinding = mark === '.' ? 'point' : 'comma';
  const otherFinding = mark === '.' ? 'comma' : 'point';
  if (run.indexOf(mark) !== run.lastIndexOf(mark)) return otherFinding;
  const digitsAfter = run.length - run.lastIndexOf(mark) - 1;
  if (digitsAfter !== 3 || groupingSpace.test(run)) return markFinding;
  return 'either';
}

/**
 * The currency and scale a money column's header states: "Amount, USD", "Сумма (млн долл. США)",
 * "金额（万元）". Only the header's unit part is read (brackets, after a comma, or the words after the
 * first), so a header that is just "Sum" does not become Uzbek som.
 */
export function readHeaderAmountUnits(header: string): { currency: string | null; scale: number } {
  const unitText = unitPartOf(header);
  let currency: string | null = null;
  let scale = 1;
  for (let start = 0; start < unitText.length; start++) {
    if (!startsWord(unitText, start)) continue;
    const rest = unitText.slice(start);
    const scaleWord = scale === 1 ? readScale(rest, 'money', false) : null;
    if (scaleWord) scale = scaleWord.factor;
    else currency ??= readCurrency(rest)?.code ?? null;
  }
  return { currency, scale };
}

function amountUnitsFormat(header: string, column: number, field: string, label: string): ColumnFormat | null {
  const { currency, scale } = readHeaderAmountUnits(header);
  if (!currency && scale === 1) return null;
  const unit = [currency, scale === 1 ? null : `× ${scale.toLocaleString('en-US')}`].filter(Boolean).join(' ');
  const message = `In ${label}, numbers without a currency or scale of their own are read as ${unit}.`;
  return { column, field, format: 'amount-units', currency, scale, needsChoice: false, message };
}

function unitPartOf(header: string): string {
  const bracketed = [...header.matchAll(/[(（[]([^)）\]]*)[)）\]]/g)].map((match) => match[1]);
  const afterComma = /[,，](.*)$/s.exec(header)?.[1];
  if (bracketed.length > 0 || afterComma) return [...bracketed, afterComma ?? ''].join(' ');
  return header.trim().replace(/^\S+\s*/, '');
}

function startsWord(text: string, index: number): boolean {
  if (/\s/.test(text[index])) return false;
  return index === 0 || /[\s.,;:]/.test(text[index - 1]) || /[\p{Script=Han}$€¥£₽]/u.test(text[index]);
}
