import * as XLSX from 'xlsx';

/**
 * Changes the rows of a backup workbook's Meta sheet (its settings: key, value as JSON) and the
 * count its _about sheet declares for them, as an analyst editing the file in a spreadsheet would.
 */
export function editBackupSettings(path: string, change: (rows: string[][]) => string[][]): void {
  const workbook = XLSX.readFile(path);
  const [header, ...rows] = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets['Meta']!, { header: 1 });
  const changed = change(rows);
  workbook.Sheets['Meta'] = XLSX.utils.aoa_to_sheet([header, ...changed]);
  const about = workbook.Sheets['_about']!;
  const keys = XLSX.utils.sheet_to_json<unknown[]>(about, { header: 1 }).map((row) => row[0]);
  about[XLSX.utils.encode_cell({ r: keys.indexOf('records.meta'), c: 1 })] = { t: 'n', v: changed.length };
  XLSX.writeFile(workbook, path);
}

/** Types a value into a cell of a record sheet, under its header, as a colleague would in a spreadsheet program. */
export function editBackupCell(path: string, sheetName: string, header: string, row: number, value: string): void {
  const workbook = XLSX.readFile(path);
  const sheet = workbook.Sheets[sheetName]!;
  const headers = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0]!;
  sheet[XLSX.utils.encode_cell({ r: row - 1, c: headers.indexOf(header) })] = { t: 's', v: value };
  XLSX.writeFile(workbook, path);
}
