import * as XLSX from 'xlsx';

/**
 * Widest a table's column gets, in characters: longer text wraps onto more lines. Narrow enough that
 * a sheet of a dozen and more columns prints across a landscape page in type that can be read.
 */
export const printColumnWidth = 24;

// Points per line of SheetJS's 12-point Calibri, and the space above and below a cell's text.
const lineHeight = 15;
const cellPadding = 3;
// Excel's tallest row; a cell with more lines shows what fits and keeps the rest.
const tallestRow = 409;

/** How wide a character prints, in widths of the digit "0" that column widths are measured in. */
function characterWidth(code: number): number {
  // Capitals and digits print about a digit wide, lower case and punctuation less, CJK and other
  // full-width scripts two.
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0.85;
  if (code >= 0x410 && code <= 0x42f) return 1;
  const fullWidth =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xff60);
  return fullWidth ? 2 : 0.85;
}

const space = 0x20;
const lineBreak = 0x0a;

/**
 * How many lines a spreadsheet wraps the text onto in a column `columnWidth` characters wide: words
 * fill a line until the next does not fit, and a word wider than the column is broken. Estimated
 * on the wide side, since a row cut short hides text on paper while one a little tall does not.
 * One pass over the characters, since a large report has a million cells to measure.
 */
export function wrappedLineCount(text: string, columnWidth: number): number {
  const room = Math.max(1, columnWidth - 1.5);
  let lines = 1;
  let used = 0;
  let word = 0;
  const placeWord = () => {
    if (word === 0) return;
    const needed = used === 0 ? word : used + characterWidth(space) + word;
    if (needed <= room) used = needed;
    else {
      const brokenLines = Math.ceil(word / room) - 1;
      if (used > 0) lines += 1;
      lines += brokenLines;
      used = word - brokenLines * room;
    }
    word = 0;
  };
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === space || code === lineBreak) placeWord();
    if (code === lineBreak) {
      lines += 1;
      used = 0;
    } else if (code !== space) word += characterWidth(code);
  }
  placeWord();
  return lines;
}

/**
 * Sets a table up to print its long text wrapped: its widest columns narrowed to `printColumnWidth`,
 * and each row as tall as its most wrapped cell. Neither Excel nor LibreOffice sizes rows to wrapped
 * text when it opens a file (LibreOffice prints each such row one line high), so the heights are written.
 */
export function fitRowsToWrappedText(sheet: XLSX.WorkSheet): void {
  const range = sheet['!ref'] ? XLSX.utils.decode_range(sheet['!ref']) : null;
  if (!range) return;
  const columns = (sheet['!cols'] ?? []).map((column) => ({ ...column, wch: Math.min(column?.wch ?? 10, printColumnWidth) }));
  sheet['!cols'] = columns;
  // A hidden column neither prints nor shows, so its text does not make a row taller.
  const widths = columns.map((column) => (column.hidden ? 0 : column.wch));
  const letters = Array.from({ length: range.e.c + 1 }, (_, column) => XLSX.utils.encode_col(column));
  const rows: XLSX.RowInfo[] = [];
  for (let row = range.s.r; row <= range.e.r; row++) {
    const rowNumber = String(row + 1);
    let lines = 1;
    for (let column = range.s.c; column <= range.e.c; column++) {
      const cell = sheet[letters[column] + rowNumber] as XLSX.CellObject | undefined;
      if (cell?.t !== 's' || typeof cell.v !== 'string') continue;
      const width = widths[column] ?? 10;
      if (width === 0) continue;
      // Most cells fit on one line; only those that may not are measured.
      if (cell.v.length * 2 <= width - 1.5 && !cell.v.includes('\n')) continue;
      lines = Math.max(lines, wrappedLineCount(cell.v, width));
    }
    if (lines > 1) rows[row] = { hpt: Math.min(tallestRow, lines * lineHeight + cellPadding) };
  }
  if (rows.length > 0) sheet['!rows'] = rows;
}
