import * as XLSX from 'xlsx';

/**
 * Writes one sheet as a workbook file of its own, the way the import tests make the files they
 * import; the format follows the file's extension unless given.
 */
export function writeSheetFile(path: string, sheetName: string, sheet: XLSX.WorkSheet, bookType?: XLSX.BookType): void {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, sheetName);
  XLSX.writeFile(workbook, path, { bookType });
}
