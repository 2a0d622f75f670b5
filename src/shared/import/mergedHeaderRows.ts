import { headerTextOf } from './headerCells';
import type { CellValue, ImportSheet } from './workbookTypes';

/**
 * Two-row headers put a group label over several columns ("Amount" over "USD" and "Currency").
 * Excel files show the group with a merged cell; files without merges (CSV, Google Sheets
 * exports) leave the cells right of the label empty, so there a label also covers the empty cells
 * to its right that have a sub-label below.
 */
interface ColumnGroup {
  start: number;
  end: number;
}

/**
 * Whether `parentIndex` is a group row over `childIndex`. Every filled cell of the child must sit
 * under a group or under an empty parent cell; a data row under a header with one merged label
 * fails this, since its other cells sit under ordinary labels. A single label spanning the whole
 * table is a title. The row above the detected header is judged by its gaps too, not by merges
 * only: CSV files and Google Sheets exports have no merges, and the detector usually picks the
 * lower, fuller row of such a header, so without this the group row would be dropped and each
 * printed repeat of it read as a bad data row.
 */
export function parentRowGroupsChild(sheet: ImportSheet, parentIndex: number, childIndex: number): boolean {
  const parent = sheet.rows[parentIndex];
  const child = sheet.rows[childIndex];
  if (!parent || !child) return false;
  const groups = columnGroups(sheet, parentIndex, childIndex);
  if (groups.length === 0) return false;

  const childColumns = filledColumns(child);
  const childExtent = childColumns[childColumns.length - 1] - childColumns[0] + 1;
  const parentFilled = filledColumns(parent);
  if (parentFilled.length === 1 && groups.some((group) => group.end - group.start + 1 >= childExtent)) return false;

  const inGroup = (column: number) => groups.some((group) => column >= group.start && column <= group.end);
  let underGroup = 0;
  for (const column of childColumns) {
    if (inGroup(column)) underGroup++;
    else if (parent[column] !== null) return false;
  }
  return underGroup > 0;
}

/** Column names for a two-row header starting at `topIndex`: "Amount USD", "Amount Currency", "Title". */
export function joinHeaderRows(sheet: ImportSheet, topIndex: number): string[] {
  const [top, bottom] = headerRowLabels(sheet, topIndex, 2);
  return top.map((upper, column) => {
    const lower = bottom[column];
    if (upper === '' || lower === '' || upper.toLowerCase() === lower.toLowerCase()) return upper || lower;
    return `${upper} ${lower}`;
  });
}

/**
 * Each header row's label over every column it covers: a group label in each column of its group,
 * as an analyst reads the header. Repeats of a header row further down are compared with these,
 * since a writer may merge the repeat, leave its gaps empty, or write the label in every column.
 */
export function headerRowLabels(sheet: ImportSheet, topIndex: number, rowCount: 1 | 2): string[][] {
  if (rowCount === 1) return [mergedHeaderTexts(sheet, topIndex)];
  const top = mergedHeaderTexts(sheet, topIndex);
  for (const group of columnGroups(sheet, topIndex, topIndex + 1)) {
    for (let column = group.start + 1; column <= group.end; column++) top[column] = top[group.start];
  }
  return [top, mergedHeaderTexts(sheet, topIndex + 1)];
}

/** A header row's texts, a label merged across columns repeated in each of them. */
export function mergedHeaderTexts(sheet: ImportSheet, rowIndex: number): string[] {
  const texts = sheet.rows[rowIndex].map(headerTextOf);
  for (const merge of sheet.merges) {
    if (merge.startRow !== rowIndex) continue;
    for (let column = merge.startColumn + 1; column <= merge.endColumn; column++) texts[column] = texts[merge.startColumn];
  }
  return texts;
}

/** Groups in the parent row: its horizontal merges, or, in a sheet without any, its label-and-gap runs. */
function columnGroups(sheet: ImportSheet, parentIndex: number, childIndex: number): ColumnGroup[] {
  const merged = sheet.merges
    .filter((merge) => merge.startRow === parentIndex && merge.endColumn > merge.startColumn)
    .map((merge) => ({ start: merge.startColumn, end: merge.endColumn }));
  if (merged.length > 0 || rowHasMerges(sheet, parentIndex)) return merged;

  const parent = sheet.rows[parentIndex];
  const child = sheet.rows[childIndex];
  const groups: ColumnGroup[] = [];
  for (let start = 0; start < parent.length; start++) {
    if (parent[start] === null || child[start] === null) continue;
    let end = start;
    while (end + 1 < parent.length && parent[end + 1] === null && child[end + 1] !== null) end++;
    if (end > start) groups.push({ start, end });
    start = end;
  }
  return groups;
}

function rowHasMerges(sheet: ImportSheet, rowIndex: number): boolean {
  return sheet.merges.some((merge) => merge.startRow <= rowIndex && merge.endRow >= rowIndex);
}

function filledColumns(row: CellValue[]): number[] {
  const columns: number[] = [];
  row.forEach((cell, column) => {
    if (cell !== null) columns.push(column);
  });
  return columns;
}
