import type * as XLSX from 'xlsx';
import { cleanCellText } from './cleanCellText';
import { elapsedTimeText, isElapsedTimeFormat } from './elapsedTime';
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

export interface WorkbookDateSystem {
  date1904: boolean;
}

/**
 * One SheetJS cell as our value, and what is wrong with it if the analyst should hear about it.
 * Elapsed times ("[h]:mm:ss") become the text Excel shows, "36:15:00": read as dates they would be
 * 1 January 1900 (or 1904) and could land in a date field unnoticed. Needs SheetJS's `cellNF`
 * option, without which .xlsx cells carry no number format.
 */
export function readSheetJSCell(cell: XLSX.CellObject, dateSystem: WorkbookDateSystem = { date1904: false }): CellReading {
  const raw = cell.v;
  switch (cell.t) {
    case 's':
      return { value: raw == null ? null : cleanCellText(String(raw)) };
    case 'n':
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return { value: null };
      return { value: isElapsedTimeFormat(cell.z) ? elapsedTimeText(raw, cell.z, dateSystem.date1904) : raw };
    case 'b':
      return { value: typeof raw === 'boolean' ? raw : null };
    case 'd':
      if (raw instanceof Date && isElapsedTimeFormat(cell.z)) {
        return { value: elapsedTimeText(raw, cell.z, dateSystem.date1904) };
      }
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
