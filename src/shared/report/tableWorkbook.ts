import * as XLSX from 'xlsx';
import { writeSpreadsheet } from './spreadsheetFile';
import { cellFormats, cellTextLimit, startsLikeFormula, type TableCell, type TableColumn } from './tableCells';

/** Rows laid out one under another, with the number formats of their columns. */
export interface RowBlock {
  rows: TableCell[][];
  formats?: (string | undefined)[];
}

const maximumColumnWidth = 60;

function truncated(text: string): string {
  if (text.length <= cellTextLimit) return text;
  let end = cellTextLimit - 1;
  // Never cut between the two halves of an emoji or another character outside the basic plane.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

function cellOf(value: TableCell, format: string | undefined): XLSX.CellObject {
  if (value === null || value === '') return { t: 'z' };
  if (value instanceof Date) return { t: 'd', v: value, z: format ?? cellFormats.day };
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { t: 's', v: String(value) };
    return format ? { t: 'n', v: value, z: format } : { t: 'n', v: value };
  }
  const text = truncated(value);
  // A string cell is never evaluated; the text number format keeps it text if the cell is re-edited.
  return startsLikeFormula(text) ? { t: 's', v: text, z: '@' } : { t: 's', v: text };
}

function displayLength(value: TableCell, format: string | undefined): number {
  if (value === null) return 0;
  if (value instanceof Date) return format === cellFormats.dateTime ? 16 : 10;
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return format === cellFormats.usd ? groupedLength(value) : String(value).length;
  // Measured per line, since a cell shows each line of its text under the last.
  if (!value.includes('\n')) return value.length;
  return Math.max(...value.split('\n').map((line) => line.length));
}

/** The length of a whole number written with thousands separators ("-1,234,567" is 10), without formatting it. */
function groupedLength(value: number): number {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).length;
  return digits + Math.floor((digits - 1) / 3) + (rounded < 0 ? 1 : 0);
}

/**
 * Stacks blocks of rows into one sheet, every column wide enough for its content (capped). A row of one
 * cell, such as a title or a note, spills into the empty cells beside it, so it does not widen its column.
 */
export function sheetFromBlocks(blocks: RowBlock[]): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  const widths: number[] = [];
  let rowIndex = 0;
  let lastColumn = 0;
  // Column letters once per column instead of once per cell: a 100,000-row report has two million cells.
  const letters: string[] = [];
  for (const { rows, formats = [] } of blocks) {
    for (const row of rows) {
      const rowNumber = String(rowIndex + 1);
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (value === null || value === undefined || value === '') continue;
        sheet[(letters[c] ??= XLSX.utils.encode_col(c)) + rowNumber] = cellOf(value, formats[c]);
        if (c > lastColumn) lastColumn = c;
        if (row.length > 1) {
          const length = displayLength(value, formats[c]);
          if (length > (widths[c] ?? 0)) widths[c] = length;
        }
      }
      rowIndex += 1;
    }
  }
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rowIndex - 1, 0), c: lastColumn } });
  sheet['!cols'] = Array.from({ length: lastColumn + 1 }, (_, c) => ({
    wch: Math.min(maximumColumnWidth, Math.max(8, (widths[c] ?? 0) + 2)),
  }));
  return sheet;
}

/**
 * One table as the analyst sees it: a header row with an autofilter, numbers as numbers (never numbers
 * as text), dates as dates, and columns wide enough for their content.
 */
export function tableSheet(columns: TableColumn[], rows: TableCell[][]): XLSX.WorkSheet {
  const sheet = sheetFromBlocks([
    { rows: [columns.map((column) => column.header), ...rows], formats: columns.map((column) => column.format) },
  ]);
  const lastColumn = Math.max(columns.length - 1, 0);
  columns.forEach((column, index) => {
    const widths = sheet['!cols'];
    if (column.width !== undefined && widths?.[index]) widths[index] = { wch: column.width };
  });
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: lastColumn } });
  sheet['!autofilter'] = {
    ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length, 1), c: lastColumn } }),
  };
  return sheet;
}

/** One table in an xlsx workbook of its own, with its header row frozen; plain headers get no number format. */
export function buildTableWorkbook(
  sheetName: string,
  columns: readonly (string | TableColumn)[],
  rows: TableCell[][],
): Uint8Array {
  const workbook = XLSX.utils.book_new();
  const tableColumns = columns.map((column) => (typeof column === 'string' ? { header: column } : column));
  XLSX.utils.book_append_sheet(workbook, tableSheet(tableColumns, rows), sheetName.slice(0, 31));
  return writeSpreadsheet(workbook, 'xlsx');
}
