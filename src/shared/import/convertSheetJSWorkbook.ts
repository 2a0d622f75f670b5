import * as XLSX from 'xlsx';
import { emptyFileError, maxSheetColumns, maxSheetRows, sheetBeyondGridError, tooLargeError } from './importErrors';
import { forEachPresentCell, readSheetJSCell, type WorkbookDateSystem } from './readSheetJSCell';
import { clipMerges, emptyRowOf } from './sheetShape';
import { describeCellProblems, type CellProblem } from './sheetWarnings';
import type { CellValue, ImportSheet, WorkbookReadResult } from './workbookTypes';

interface ConversionContext {
  fileName: string;
  format: string;
  maxCells: number;
}

type SheetJSRow = XLSX.CellObject[] | undefined;

interface UsedArea {
  rowCount: number;
  columnCount: number;
  /** Rows with at least one value; only these get cells of their own (see emptyRowOf). */
  filledRows: boolean[];
  /** The cells we will allocate: filled rows × used columns. */
  cellCount: number;
}

/**
 * SheetJS's workbook to ours. Every sheet's used area is measured before anything is allocated,
 * so one stray value in column XFD is refused with a pointer to it instead of becoming a billion nulls.
 */
export function convertSheetJSWorkbook(workbook: XLSX.WorkBook, context: ConversionContext): WorkbookReadResult {
  const sheetData = workbook.SheetNames.map((name) => ({ name, data: (workbook.Sheets[name]?.['!data'] ?? []) as SheetJSRow[] }));
  const areas = sheetData.map(({ data }) => measureUsedArea(data));
  // Rows are allocated one per sheet row (blank ones shared), so a hand-made cell at row
  // 100,000,000 would cost gigabytes while counting only one filled row.
  const outsideGrid = areas.findIndex((area) => area.rowCount > maxSheetRows || area.columnCount > maxSheetColumns);
  if (outsideGrid !== -1) {
    const { rowCount, columnCount } = areas[outsideGrid];
    const cell = XLSX.utils.encode_cell({ r: rowCount - 1, c: columnCount - 1 });
    return { ok: false, error: sheetBeyondGridError(context.fileName, sheetData[outsideGrid].name, cell) };
  }
  const totalCells = areas.reduce((sum, area) => sum + area.cellCount, 0);
  if (totalCells > context.maxCells) {
    const largest = areas.reduce((best, area, index) => (area.cellCount > areas[best].cellCount ? index : best), 0);
    const { rowCount, columnCount } = areas[largest];
    const range = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rowCount - 1, c: columnCount - 1 } });
    return {
      ok: false,
      error: tooLargeError(context.fileName, context.maxCells, {
        cellCount: totalCells,
        largestSheet: { name: sheetData[largest].name, range },
      }),
    };
  }
  if (areas.every((area) => area.rowCount === 0)) return { ok: false, error: emptyFileError(context.fileName, 1) };

  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const sheets = sheetData.map(({ name, data }, index): ImportSheet => {
    const area = areas[index];
    const problems: CellProblem[] = [];
    return {
      name,
      hidden: isHidden(workbook, name, index),
      rows: buildRows(data, area, problems, { date1904 }),
      merges: clipMerges(workbook.Sheets[name]?.['!merges'] ?? [], area.rowCount, area.columnCount),
      rowCount: area.rowCount,
      columnCount: area.columnCount,
      warnings: describeCellProblems(name, problems),
    };
  });
  return { ok: true, workbook: { fileName: context.fileName, format: context.format, date1904, sheets } };
}

/** Rows and columns up to the last used cell; leading empty rows and columns are kept. */
function measureUsedArea(data: SheetJSRow[]): UsedArea {
  let rowCount = 0;
  let columnCount = 0;
  const filledRows: boolean[] = [];
  forEachPresentRow(data, (row, rowIndex) => {
    forEachPresentCell(row, (cell, columnIndex) => {
      // Errors and unsaved formulas count as used: their column should appear, with a warning.
      const reading = readSheetJSCell(cell);
      if (reading.value === null && !reading.problem) return;
      filledRows[rowIndex] = true;
      rowCount = rowIndex + 1;
      if (columnIndex + 1 > columnCount) columnCount = columnIndex + 1;
    });
  });
  const filledRowCount = filledRows.filter(Boolean).length;
  return { rowCount, columnCount, filledRows, cellCount: filledRowCount * columnCount };
}

/** Like forEachPresentCell, for a sheet's rows: a lone row 100,000,000 is reached by its key. */
function forEachPresentRow(data: SheetJSRow[], visit: (row: XLSX.CellObject[], rowIndex: number) => void): void {
  if (data.length <= maxSheetRows) {
    for (let rowIndex = 0; rowIndex < data.length; rowIndex++) {
      const row = data[rowIndex];
      if (row) visit(row, rowIndex);
    }
    return;
  }
  for (const key of Object.keys(data)) {
    const rowIndex = Number(key);
    const row = data[rowIndex];
    if (Number.isInteger(rowIndex) && row) visit(row, rowIndex);
  }
}

function buildRows(data: SheetJSRow[], area: UsedArea, problems: CellProblem[], dateSystem: WorkbookDateSystem): CellValue[][] {
  const emptyRow = emptyRowOf(area.columnCount);
  const rows: CellValue[][] = [];
  for (let rowIndex = 0; rowIndex < area.rowCount; rowIndex++) {
    const row = data[rowIndex];
    if (!area.filledRows[rowIndex] || !row) {
      rows.push(emptyRow);
      continue;
    }
    const values = new Array<CellValue>(area.columnCount).fill(null);
    forEachPresentCell(row, (cell, columnIndex) => {
      if (columnIndex >= area.columnCount) return;
      const { value, problem } = readSheetJSCell(cell, dateSystem);
      values[columnIndex] = value;
      if (problem) problems.push({ ...problem, row: rowIndex, column: columnIndex });
    });
    rows.push(values);
  }
  return rows;
}

function isHidden(workbook: XLSX.WorkBook, name: string, index: number): boolean {
  const properties = workbook.Workbook?.Sheets;
  const entry = properties?.find((sheet) => sheet.name === name) ?? properties?.[index];
  // 1 is hidden, 2 "very hidden" (only visible from VBA); both are out of the analyst's sight.
  return entry?.Hidden === 1 || entry?.Hidden === 2;
}
