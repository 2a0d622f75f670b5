import { recordIdSchema } from '../model/record';
import { coerceCell, type CellCoercionOptions } from './coerceCell';
import type { ImportRecordKind } from './fieldSynonyms';
import { fieldTypeOf, type ImportFieldType } from './importFieldTypes';
import type { CellValue } from './workbookTypes';

/** Enough cells to tell dates from statuses or numbers from names, and few enough to send to the window. */
export const sampledCellsPerColumn = 200;
// A sheet thousands of columns wide would otherwise send millions of cells to the window; fewer per column still tell.
const sampledCellsPerSheet = 50_000;
const fewestSampledCellsPerColumn = 20;

/** The first non-empty cells of each column under the header, which mapping proposals are checked against. */
export interface ColumnValueSample {
  /** One list per column, in column order. */
  columns: readonly (readonly CellValue[])[];
  date1904: boolean;
}

/** How many of a column's sampled cells a field reads; `reason` says why the field does not fit, or is null. */
export interface ValueFit {
  read: number;
  sampled: number;
  reason: string | null;
}

/** The first non-empty cells of each column (up to `perColumn`); blank text counts as empty, as the import reads it. */
export function sampleColumnValues(
  rows: readonly { cells: readonly CellValue[] }[],
  columnCount: number,
  perColumn = sampledCellsPerColumn,
): CellValue[][] {
  const limit = Math.min(perColumn, Math.max(fewestSampledCellsPerColumn, Math.floor(sampledCellsPerSheet / columnCount)));
  const columns: CellValue[][] = Array.from({ length: columnCount }, () => []);
  let unfilled = columnCount;
  for (const { cells } of rows) {
    if (unfilled === 0) break;
    for (let column = 0; column < columnCount; column++) {
      const cell = cells[column] ?? null;
      const values = columns[column];
      if (cell === null || (typeof cell === 'string' && cell.trim() === '') || values.length >= limit) continue;
      values.push(cell);
      if (values.length === limit) unfilled--;
    }
  }
  return columns;
}

const typeNouns: Partial<Record<ImportFieldType['type'], string>> = {
  date: 'dates',
  money: 'amounts of money',
  number: 'numbers',
  currency: 'currencies',
  country: 'countries',
};

/**
 * How many sampled cells `field` would read, through the same coercion the plan uses. Conventions
 * the analyst settles later are not held against a field: a slashed date is read either way round
 * (the preview asks which), and a bare amount is read as if its currency were known (a currency
 * column, the header or the import's default supplies it). Our `id` reads only our record ids.
 */
export function fitOfValues(
  kind: ImportRecordKind,
  field: string,
  cells: readonly CellValue[],
  options: { date1904: boolean },
): ValueFit {
  const fieldType = fieldTypeOf(kind, field);
  if (!fieldType || cells.length === 0) return { read: cells.length, sampled: cells.length, reason: null };
  if (field === 'id') return recordIdFit(cells);
  const readings: CellCoercionOptions[] =
    fieldType.type === 'date'
      ? [
          { dayFirst: true, date1904: options.date1904 },
          { dayFirst: false, date1904: options.date1904 },
        ]
      : [{ currency: 'USD', date1904: options.date1904 }];
  let read = 0;
  for (const cell of cells) {
    if (readings.some((reading) => coerceCell(cell, fieldType, reading).ok)) read++;
  }
  const fits = fitsMostly(read, cells.length) || (fieldType.type === 'enum' && isCategorical(cells));
  return { read, sampled: cells.length, reason: fits ? null : unreadReason(fieldType, read, cells.length) };
}

/** Distinct texts a column may hold and still read as categories (statuses, kinds) rather than free text. */
const mostCategories = 20;

/**
 * Text that repeats a few values ("Completion", "Pipeline", "Grant") under a header naming a field
 * of fixed choices is that field in another vocabulary: the preview asks once per value what it
 * means (unknownValues.ts), so the column is proposed rather than left for the analyst to map by hand.
 */
function isCategorical(cells: readonly CellValue[]): boolean {
  const distinct = new Set<string>();
  for (const cell of cells) {
    if (typeof cell !== 'string') return false;
    distinct.add(cell.trim().toLowerCase());
    if (distinct.size > mostCategories) return false;
  }
  return true;
}

/** A field fits a column when it reads at least half of the sampled cells; fewer, and most rows would be rejected. */
export function fitsMostly(read: number, sampled: number): boolean {
  return read * 2 >= sampled;
}

function unreadReason(fieldType: ImportFieldType, read: number, sampled: number): string {
  const noun = fieldType.type === 'enum' ? `${fieldType.choices.name} values Silk Ledger knows` : typeNouns[fieldType.type];
  return `values are not ${noun ?? 'readable'} (${read} of ${sampled} read)`;
}

/**
 * Every sampled cell must be one of our record ids: a row whose id is not is rejected, and a
 * database's own record number ("96082") is another system's identifier, not a key of this store.
 */
function recordIdFit(cells: readonly CellValue[]): ValueFit {
  const read = cells.filter((cell) => typeof cell === 'string' && recordIdSchema.safeParse(cell.trim()).success).length;
  if (read === cells.length) return { read, sampled: cells.length, reason: null };
  const other = cells.find((cell) => !(typeof cell === 'string' && recordIdSchema.safeParse(cell.trim()).success));
  const example = other instanceof Date ? other.toISOString().slice(0, 10) : String(other);
  return {
    read,
    sampled: cells.length,
    reason: `another system’s identifier (values such as “${example}” are not Silk Ledger record ids)`,
  };
}
