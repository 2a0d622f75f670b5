/**
 * "D", as Excel letters column 3 (counted from 0): A–Z, then AA–ZZ, AAA… Written here rather than
 * taken from SheetJS so the window's own bundle, which labels columns in the import dialog, does not
 * carry the spreadsheet library (it is loaded only by the workers and the export).
 */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** "column D (Signed)": a column as Excel letters it, with its header when it has one. */
export function describeColumn(column: number, headers: readonly string[]): string {
  const header = headers[column]?.trim();
  const letter = columnLetter(column);
  return header ? `column ${letter} (${header})` : `column ${letter}`;
}
