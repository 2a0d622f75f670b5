import type * as XLSX from 'xlsx';
import { cleanCellText } from './cleanCellText';
import type { CellProblemKind } from './sheetWarnings';
import type { CellValue } from './workbookTypes';

export interface CellReading {
  value: CellValue;
  problem?: CellProblemKind;
}

// Excel's internal error numbers, as SheetJS reports them in `v` of an error cell.
const excelErrorNames = new Map<number, string>([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
  [0x2b, '#GETTING_DATA'],
]);

/** One SheetJS cell as our value, and what is wrong with it if the analyst should hear about it. */
export function readSheetJSCell(cell: XLSX.CellObject): CellReading {
  const raw = cell.v;
  switch (cell.t) {
    case 's':
      return { value: raw == null ? null : cleanCellText(String(raw)) };
    case 'n':
      return { value: typeof raw === 'number' && Number.isFinite(raw) ? raw : null };
    case 'b':
      return { value: typeof raw === 'boolean' ? raw : null };
    case 'd':
      if (raw instanceof Date) return { value: Number.isNaN(raw.getTime()) ? null : raw };
      return { value: typeof raw === 'string' ? cleanCellText(raw) : null };
    case 'e':
      return { value: null, problem: { kind: 'excel-error', errorName: excelErrorNames.get(Number(raw)) ?? '#ERROR' } };
    case 'z':
      // An empty stub that still carries a formula: the file never stored the formula's result.
      return cell.f ? { value: null, problem: { kind: 'formula-without-result' } } : { value: null };
    default:
      return { value: null };
  }
}

/**
 * Dense rows from SheetJS can still have holes; a row whose only cell is in column XFD would cost
 * 16,384 steps by index, so long rows are walked by their keys instead.
 */
export function forEachPresentCell(row: XLSX.CellObject[], visit: (cell: XLSX.CellObject, columnIndex: number) => void): void {
  if (row.length <= 1024) {
    for (let columnIndex = 0; columnIndex < row.length; columnIndex++) {
      const cell = row[columnIndex];
      if (cell) visit(cell, columnIndex);
    }
    return;
  }
  for (const key of Object.keys(row)) {
    const columnIndex = Number(key);
    const cell = row[columnIndex];
    if (Number.isInteger(columnIndex) && cell) visit(cell, columnIndex);
  }
}
