import { maxSheetColumns, maxSheetRows, tooLargeError } from './importErrors';
import type { ImportError } from './workbookTypes';

/**
 * Counts, sheet by sheet, what reading a workbook would build, from its XML and before anything is
 * built: the area the import measures after reading (rows with a value × columns up to the last
 * value, as convertSheetJSWorkbook counts it) and every cell object SheetJS would make on the way,
 * blank ones included (it keeps blank cells as stubs, see readWithSheetJS). Either one past the
 * cell limit means the file is refused before SheetJS sees it, in the words the import uses when
 * it counts after reading.
 *
 * Counts only ever err upwards: a row seen twice counts twice, so no file can hide cells from it.
 */
export class SheetGridTally {
  private readonly sheets: SheetGrid[] = [];
  private area = 0;
  private created = 0;

  constructor(private readonly maxCells: number) {}

  /** `key` names the sheet, or the part it comes from where the XML does not say its name. */
  startSheet(key: string): void {
    this.sheets.push({
      key,
      filledRows: 0,
      filledRowsStart: -1,
      filledRowsCount: 0,
      lastFilledRow: -1,
      usedColumns: 0,
      createdCells: 0,
      createdRows: 0,
      createdColumns: 0,
    });
  }

  /**
   * `rowCount` rows from `row`, each with `columnCount` cells from `column` (0-based), all built by
   * the reader; `filled` when they hold a value.
   */
  addCells(row: number, rowCount: number, column: number, columnCount: number, filled: boolean): void {
    if (this.sheets.length === 0) this.startSheet('');
    const sheet = this.sheets[this.sheets.length - 1];
    // A position SheetJS cannot place (before the first row, or not a number) is still a cell.
    const firstRow = row >= 0 ? row : 0;
    const firstColumn = column >= 0 ? column : 0;
    sheet.createdCells += rowCount * columnCount;
    this.created += rowCount * columnCount;
    sheet.createdRows = Math.max(sheet.createdRows, firstRow + rowCount);
    sheet.createdColumns = Math.max(sheet.createdColumns, firstColumn + columnCount);
    if (!filled) return;
    const areaBefore = sheet.filledRows * sheet.usedColumns;
    // Cells of one row arrive together, so a row is counted with its first filled cell; rows that
    // come back out of order are counted again.
    if (firstRow !== sheet.filledRowsStart || rowCount !== sheet.filledRowsCount) {
      sheet.filledRows += rowCount;
      sheet.filledRowsStart = firstRow;
      sheet.filledRowsCount = rowCount;
    }
    sheet.lastFilledRow = Math.max(sheet.lastFilledRow, firstRow + rowCount - 1);
    sheet.usedColumns = Math.max(sheet.usedColumns, firstColumn + columnCount);
    this.area += sheet.filledRows * sheet.usedColumns - areaBefore;
  }

  /** Rows with a value × columns up to the last value, summed over the sheets so far. */
  get usedArea(): number {
    return this.area;
  }

  /** Every cell the reader would build so far, blank ones included. */
  get createdCells(): number {
    return this.created;
  }

  exceeded(): boolean {
    return this.area > this.maxCells || this.created > this.maxCells;
  }

  /** Past what any sheet's grid can hold: reading on could not change what the error says. */
  beyondAnyGrid(): boolean {
    return Math.max(this.area, this.created) > maxSheetRows * maxSheetColumns;
  }

  /**
   * The import's "too large" error, with the count and the widest sheet as reading would report
   * them: the used area if that is past the limit, or else every cell SheetJS would build, which
   * is how formatted blank rows below a table show. `nameOf` turns a sheet's key into its name.
   * A count beyond any real sheet's grid is given as "more than" the limit.
   */
  tooLargeError(fileName: string, nameOf: (key: string) => string | null): ImportError | null {
    if (!this.exceeded()) return null;
    const byArea = this.area > this.maxCells;
    const measure = (sheet: SheetGrid) => (byArea ? sheet.filledRows * sheet.usedColumns : sheet.createdCells);
    const largest = this.sheets.reduce((best, sheet) => (measure(sheet) > measure(best) ? sheet : best));
    const rows = byArea ? largest.lastFilledRow + 1 : largest.createdRows;
    const columns = byArea ? largest.usedColumns : largest.createdColumns;
    const name = nameOf(largest.key);
    if (rows > maxSheetRows || columns > maxSheetColumns || name === null) {
      const withinGrid = this.sheets.every(
        (sheet) => sheet.createdRows <= maxSheetRows && sheet.createdColumns <= maxSheetColumns,
      );
      return tooLargeError(fileName, this.maxCells, withinGrid ? { cellCount: byArea ? this.area : this.created } : {});
    }
    return tooLargeError(fileName, this.maxCells, {
      cellCount: byArea ? this.area : this.created,
      largestSheet: { name, range: `A1:${columnLetters(columns - 1)}${rows}` },
    });
  }
}

interface SheetGrid {
  key: string;
  filledRows: number;
  /** The rows last counted in filledRows. */
  filledRowsStart: number;
  filledRowsCount: number;
  lastFilledRow: number;
  usedColumns: number;
  createdCells: number;
  createdRows: number;
  createdColumns: number;
}

/** 0 is A, 25 Z, 26 AA, as Excel names columns. */
function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
