import * as XLSX from 'xlsx';

/** "column D (Signed)": a column as Excel letters it, with its header when it has one. */
export function describeColumn(column: number, headers: readonly string[]): string {
  const header = headers[column]?.trim();
  const letter = XLSX.utils.encode_col(column);
  return header ? `column ${letter} (${header})` : `column ${letter}`;
}
