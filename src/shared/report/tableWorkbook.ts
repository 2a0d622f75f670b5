import * as XLSX from 'xlsx';

export type TableCell = string | number | null;

/** Text that a spreadsheet would read as a formula if it were ever re-typed or saved as CSV. */
const formulaLead = /^[=+\-@\t\r]/;

function cellOf(value: TableCell): XLSX.CellObject {
  if (value === null || value === '') return { t: 'z' };
  if (typeof value === 'number') return Number.isFinite(value) ? { t: 'n', v: value } : { t: 's', v: String(value) };
  // A string cell is never evaluated; the text number format keeps it text if the cell is re-edited.
  return formulaLead.test(value) ? { t: 's', v: value, z: '@' } : { t: 's', v: value };
}

/**
 * One sheet of a table as the analyst sees it: autofilter on the header row, numbers as
 * numbers (never numbers as text), and columns wide enough for their content.
 */
export function buildTableWorkbook(sheetName: string, headers: string[], rows: TableCell[][]): Uint8Array {
  const sheet: XLSX.WorkSheet = {};
  const all: TableCell[][] = [headers, ...rows];
  all.forEach((row, r) => {
    row.forEach((value, c) => {
      sheet[XLSX.utils.encode_cell({ r, c })] = cellOf(value);
    });
  });
  const lastColumn = Math.max(headers.length - 1, 0);
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(all.length - 1, 0), c: lastColumn } });
  sheet['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length, 1), c: lastColumn } }) };
  sheet['!cols'] = headers.map((_, c) => ({
    wch: Math.min(60, Math.max(8, ...all.map((row) => String(row[c] ?? '').length + 2))),
  }));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, sheetName.slice(0, 31));
  return XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as Uint8Array;
}
