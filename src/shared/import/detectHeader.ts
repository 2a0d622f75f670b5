import { headerTextOf, isDataLike } from './headerCells';
import { headerRowLabels, joinHeaderRows, mergedHeaderTexts, parentRowGroupsChild } from './mergedHeaderRows';
import type { CellValue, ImportSheet } from './workbookTypes';

export interface HeaderDetection {
  /** 0-based index into sheet.rows of the (first) header row. */
  headerRowIndex: number;
  headerRowCount: 1 | 2;
  /** One per column; '' where the column has no header. Two header rows are joined ("Amount USD"). */
  headers: string[];
}

// Titles, notes and blank rows above a table rarely run longer than this.
const rowsToScan = 50;
// How many rows below a candidate are compared with it.
const rowsToCompare = 5;

interface RowProfile {
  filled: number;
  /** Share of filled cells that hold words rather than numbers or dates. */
  textShare: number;
}

/**
 * Finds the header row: the row that covers at least half the table's width, is mostly words,
 * and stands out from the rows below it (which hold numbers and dates). Titles ("Report on
 * agreements, 2024" in A1) cover too little of the width; data rows stand out less. Among rows
 * that score about the same, the topmost wins, which is what an all-text table needs.
 */
export function detectHeaderRows(sheet: ImportSheet): HeaderDetection {
  const scanned = sheet.rows.slice(0, rowsToScan);
  const profiles = scanned.map(profileRow);
  const width = Math.max(0, ...profiles.map((profile) => profile.filled));
  if (width === 0) return { headerRowIndex: 0, headerRowCount: 1, headers: new Array<string>(sheet.columnCount).fill('') };

  const minimumFilled = width >= 2 ? Math.max(2, Math.ceil(width / 2)) : 1;
  const scores = profiles.map((profile, index) => {
    if (profile.filled < minimumFilled) return Number.NEGATIVE_INFINITY;
    const below = profiles
      .slice(index + 1)
      .filter((other) => other.filled > 0)
      .slice(0, rowsToCompare);
    const textShareBelow = below.length === 0 ? profile.textShare : average(below.map((other) => other.textShare));
    const standsOut = Math.max(0, profile.textShare - textShareBelow);
    return profile.textShare + standsOut + (0.25 * profile.filled) / width;
  });
  const bestScore = Math.max(...scores);
  const bestRow =
    bestScore === Number.NEGATIVE_INFINITY ? firstFilledRow(profiles) : scores.findIndex((score) => score >= bestScore - 0.1);
  // A report that repeats its header every few rows makes the first copy stand out less than the
  // last (the copies below it are words too); the header is where it first appears.
  const headerRow = firstCopyOf(scanned, bestRow);

  if (isPlainTextRow(sheet.rows[headerRow + 1]) && parentRowGroupsChild(sheet, headerRow, headerRow + 1)) {
    return { headerRowIndex: headerRow, headerRowCount: 2, headers: joinHeaderRows(sheet, headerRow) };
  }
  if (headerRow > 0 && isPlainTextRow(sheet.rows[headerRow - 1]) && parentRowGroupsChild(sheet, headerRow - 1, headerRow)) {
    return { headerRowIndex: headerRow - 1, headerRowCount: 2, headers: joinHeaderRows(sheet, headerRow - 1) };
  }
  return { headerRowIndex: headerRow, headerRowCount: 1, headers: mergedHeaderTexts(sheet, headerRow) };
}

export interface SheetRecord {
  /** The row's number as Excel shows it (1-based). */
  rowNumber: number;
  cells: CellValue[];
}

export interface SheetRecords {
  rows: SheetRecord[];
  skippedEmpty: number;
  /** Header rows repeated further down, as printed reports do on every page. */
  skippedRepeatedHeaders: number;
}

/** The rows below the header, without blank rows and repeated headers (both counted, for the preview). */
export function buildRecordsFromSheet(sheet: ImportSheet, header: HeaderDetection): SheetRecords {
  // Each row of a two-row header on its own: printed reports repeat the group row, the column
  // row or both at the top of every page, and a repeat is a header row, not a row to reject.
  const headerRows = headerRowLabels(sheet, header.headerRowIndex, header.headerRowCount).map((labels, offset) =>
    comparableRow(labels, sheet.rows[header.headerRowIndex + offset]),
  );
  const records: SheetRecords = { rows: [], skippedEmpty: 0, skippedRepeatedHeaders: 0 };
  // Empty rows share one row object (see emptyRowOf); checking it once keeps a sheet with a value
  // in XFD1048576 from costing a million scans of 16,384 nulls.
  let knownEmptyRow: CellValue[] | null = null;
  for (let index = header.headerRowIndex + header.headerRowCount; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index];
    if (cells === knownEmptyRow) records.skippedEmpty++;
    else if (cells.every((cell) => cell === null)) {
      knownEmptyRow = cells;
      records.skippedEmpty++;
    } else if (headerRows.some((headerRow) => repeatsHeaderRow(cells, headerRow))) records.skippedRepeatedHeaders++;
    else records.rows.push({ rowNumber: index + 1, cells });
  }
  return records;
}

function profileRow(row: CellValue[]): RowProfile {
  let filled = 0;
  let text = 0;
  for (const cell of row) {
    if (cell === null) continue;
    filled++;
    if (!isDataLike(cell)) text++;
  }
  return { filled, textShare: filled === 0 ? 0 : text / filled };
}

function isPlainTextRow(row: CellValue[] | undefined): boolean {
  if (!row) return false;
  const filled = row.filter((cell) => cell !== null);
  return filled.length > 0 && filled.every((cell) => !isDataLike(cell));
}

function firstCopyOf(rows: CellValue[][], rowIndex: number): number {
  const first = rows.findIndex((row) => sameHeaderText(row, rows[rowIndex]));
  return first === -1 ? rowIndex : first;
}

function sameHeaderText(row: CellValue[], other: CellValue[]): boolean {
  if (row === other) return true;
  // Cheap test first: a data row differs from the header in its first cells.
  return row.length === other.length && row.every((cell, column) => headerTextOf(cell) === headerTextOf(other[column]));
}

function firstFilledRow(profiles: RowProfile[]): number {
  return Math.max(
    0,
    profiles.findIndex((profile) => profile.filled > 0),
  );
}

function average(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

interface ComparableHeaderRow {
  /** Lower-case label over each column, a group label spread over its group ('' where none). */
  labels: string[];
  /** Labels as written: a group label counts once however many columns it covers. */
  writtenLabels: number;
}

function comparableRow(labels: string[], written: CellValue[]): ComparableHeaderRow {
  return {
    labels: labels.map((label) => label.toLowerCase()),
    writtenLabels: written.filter((cell) => headerTextOf(cell) !== '').length,
  };
}

/**
 * Every filled cell equals the header label over its column, and at least half the labels written
 * in the header are there. A repeated group row may be merged, have empty gaps, or carry the label
 * in each column of its group; all three are the same header row.
 */
function repeatsHeaderRow(row: CellValue[], headerRow: ComparableHeaderRow): boolean {
  let matching = 0;
  for (let column = 0; column < row.length; column++) {
    if (row[column] === null) continue;
    const label = headerRow.labels[column];
    // Cheap test first: most data rows differ from the header in their first filled cell.
    if (label === undefined || label === '' || headerTextOf(row[column]).toLowerCase() !== label) return false;
    matching++;
  }
  return matching > 0 && matching >= Math.ceil(headerRow.writtenLabels / 2);
}
