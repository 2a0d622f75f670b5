import type { CellValue } from './workbookTypes';

/** A header cell as one line of text: "Date of\nsigning" is "Date of signing". */
export function headerTextOf(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.replace(/\s+/g, ' ').trim();
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) {
    // Dates arrive as UTC instants holding the wall-clock value Excel shows.
    const iso = cell.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  return String(cell);
}

// "1 234,50", "-5", "12 %", "$1,200.00", with the spaces Russian and Uzbek files group digits by.
// Written to run in linear time: a cell of ten thousand digits must not stall the worker.
const numberLike = /^[-+−]?[$€¥₽]?\s*\d[\d\s\u00A0\u202F.,']*%?$/u;
// "15.03.2024", "2024-03-15", "3/15/2024 14:30".
const dateLike = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * Values that look like data rather than a column name. Text counts too, because CSV cells are
 * all text: "1 234,50" in a CSV is as much a number as 1234.5 in an .xlsx.
 */
export function isDataLike(cell: CellValue): boolean {
  if (cell === null) return false;
  if (typeof cell !== 'string') return true;
  // Numbers and dates are short; a long text is never one.
  if (cell.length > 40) return false;
  return numberLike.test(cell) || dateLike.test(cell);
}
