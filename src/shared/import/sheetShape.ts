import type { Range } from 'xlsx';
import type { CellValue, MergedRange } from './workbookTypes';

/**
 * One frozen all-empty row per width, shared by every empty row of a sheet: a sheet with a stray
 * value in row 1,048,576 then costs a pointer per empty row, not a row of nulls. Rows are read-only
 * for everything after the reader; this one enforces it.
 */
export function emptyRowOf(columnCount: number): CellValue[] {
  return Object.freeze(new Array<CellValue>(columnCount).fill(null)) as CellValue[];
}

export interface RaggedRowsExtent {
  rowCount: number;
  columnCount: number;
  /** Cells a rectangular copy allocates: rows with a value × used columns. */
  cellCount: number;
}

/** The used area of ragged rows (as delimited text gives them), measured before anything is padded. */
export function measureRaggedRows(ragged: readonly CellValue[][]): RaggedRowsExtent {
  let rowCount = 0;
  let columnCount = 0;
  let filledRowCount = 0;
  ragged.forEach((row, rowIndex) => {
    const lastValue = row.findLastIndex((cell) => cell !== null);
    if (lastValue === -1) return;
    filledRowCount++;
    rowCount = rowIndex + 1;
    columnCount = Math.max(columnCount, lastValue + 1);
  });
  return { rowCount, columnCount, cellCount: filledRowCount * columnCount };
}

/** Ragged rows made rectangular and cut to their used area, so consumers can index rows[r][c] without checks. */
export function toRectangularRows(ragged: readonly CellValue[][], extent: RaggedRowsExtent): CellValue[][] {
  const emptyRow = emptyRowOf(extent.columnCount);
  return ragged.slice(0, extent.rowCount).map((row) => {
    if (row.every((cell) => cell === null)) return emptyRow;
    const padded = row.slice(0, extent.columnCount);
    while (padded.length < extent.columnCount) padded.push(null);
    return padded;
  });
}

/** Merges cut to the used area; a merge that no longer spans two cells says nothing and is dropped. */
export function clipMerges(merges: readonly Range[], rowCount: number, columnCount: number): MergedRange[] {
  const clipped: MergedRange[] = [];
  for (const merge of merges) {
    const startRow = Math.max(0, merge.s.r);
    const startColumn = Math.max(0, merge.s.c);
    const endRow = Math.min(rowCount - 1, merge.e.r);
    const endColumn = Math.min(columnCount - 1, merge.e.c);
    if (startRow > endRow || startColumn > endColumn) continue;
    if (startRow === endRow && startColumn === endColumn) continue;
    clipped.push({ startRow, startColumn, endRow, endColumn });
  }
  return clipped;
}
