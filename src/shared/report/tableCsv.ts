import { startsLikeFormula, type TableCell } from './tableCells';

/** Excel only reads a CSV file as UTF-8 (rather than the system code page) when it starts with this mark. */
const byteOrderMark = '\uFEFF';

function csvText(value: TableCell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const iso = value.toISOString();
    // Calendar days are midnight UTC (see calendarDay); anything else keeps its time of day.
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
  }
  // String(number) always uses a dot for decimals, whatever the user's locale.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // OWASP's advice against CSV injection: a leading quote makes a spreadsheet treat the field as text.
  return startsLikeFormula(value) ? `'${value}` : value;
}

/**
 * LibreOffice's Text Import splits at commas, semicolons and tabs unless told otherwise (its defaults in
 * Office.Calc/Dialogs/CSVImport), so a field holding any of them is quoted, or "post; telecommunications"
 * would open as two columns.
 */
const needsQuotes = /[",;\t\r\n]/;

function csvField(value: TableCell): string {
  const text = csvText(value);
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One table as an RFC 4180 CSV file (comma separated, CRLF line ends, quotes doubled inside quoted
 * fields) in UTF-8 with a byte order mark: Excel reads a CSV file as UTF-8 only with the mark, and
 * LibreOffice's Text Import chooses UTF-8 by it, so both show Cyrillic and Chinese names correctly.
 * Dates are written as YYYY-MM-DD and numbers with a dot decimal, so any locale reads them back.
 */
export function buildTableCsv(headers: string[], rows: TableCell[][]): Uint8Array {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(','));
  return new TextEncoder().encode(`${byteOrderMark}${lines.join('\r\n')}\r\n`);
}
