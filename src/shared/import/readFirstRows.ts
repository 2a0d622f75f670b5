import { chooseReader } from './detectFileFormat';
import { defaultMaxInflatedBytes, readSpreadsheetFile, readWorkbook, type ReadWorkbookOptions } from './readWorkbook';
import { spreadsheetMlFirstRows } from './spreadsheetMlFirstRows';
import type { ImportError, ImportWorkbook } from './workbookTypes';

/**
 * Rows read for the first look: the header is searched in the first 50 (detectHeader.ts), the
 * proposal samples 200 values per column under it (columnValueFit.ts) and the preview shows 100,
 * with room left for blank rows and repeated headers, so none of them changes once the rest is read.
 */
export const firstLookRowCount = 400;

/** Smaller files are read whole at once: reading them twice would cost more than it saves. */
export const firstLookAboveBytes = 1_000_000;

export interface FirstLookOptions extends Omit<ReadWorkbookOptions, 'firstRows'> {
  rowLimit?: number;
  /** Files up to this many bytes are read whole. */
  wholeUpToBytes?: number;
}

/** The first rows of a file, or all of it, and what reading the rest needs to know. */
export interface FirstLook {
  workbook: ImportWorkbook;
  /** The workbook is the whole file: there is nothing left to read. */
  complete: boolean;
  /**
   * How many rows each sheet will have, by sheet index, where it can be told before reading them: an
   * xlsx declares its range, a CSV's line breaks are counted. Null where it cannot.
   */
  expectedRowCounts: (number | null)[];
  /** The whole file has been looked at before reading (inspectBeforeReading), so the rest can be read without looking again. */
  wholeFileInspected: boolean;
}

export type FirstLookResult = { ok: true; firstLook: FirstLook } | { ok: false; error: ImportError };

/**
 * Reads the first rows of each sheet of a large file, fast, so the analyst sees the sheet, the
 * proposed mapping and a first preview while the rest is read (readRestOfFile). An .xlsx is cut
 * down to its first rows before SheetJS sees it (spreadsheetMlFirstRows.ts), and that small copy
 * is inspected and read as any file is; other workbooks are inspected whole and read with
 * SheetJS's `sheetRows`; delimited text stops parsing after the first rows.
 */
export async function readFirstRows(
  bytes: Uint8Array,
  fileName: string,
  options: FirstLookOptions = {},
): Promise<FirstLookResult> {
  const { rowLimit = firstLookRowCount, wholeUpToBytes = firstLookAboveBytes, ...limits } = options;
  const route = chooseReader(bytes, fileName);
  if (bytes.length <= wholeUpToBytes || route.reader === 'none') return whole(await readSpreadsheetFile(bytes, fileName, limits));

  if (route.reader === 'delimited-text') {
    const read = readWorkbook(bytes, fileName, { ...limits, firstRows: rowLimit });
    if (!read.ok) return read;
    const lineBreaks = countLineBreaks(bytes);
    // Every row ends at a line break (\r\n, \n or \r), so a file with fewer breaks than the limit was
    // read to its end; quoted values with line breaks make the estimate high, never too low.
    const complete = lineBreaks.any < rowLimit;
    return firstLook(read.workbook, complete, [complete ? null : lineBreaks.lines + 1], true);
  }

  if (route.container === 'zip') {
    const cut = await spreadsheetMlFirstRows(bytes, rowLimit, limits.maxInflatedBytes ?? defaultMaxInflatedBytes);
    const read = cut && (await readSpreadsheetFile(cut.bytes, fileName, limits));
    if (cut && read?.ok) {
      const expected = read.workbook.sheets.map((sheet) => cut.declaredRowCounts.get(sheet.name) ?? null);
      return firstLook(read.workbook, !cut.truncated, expected, !cut.truncated);
    }
  }
  const read = await readSpreadsheetFile(bytes, fileName, { ...limits, firstRows: rowLimit });
  if (!read.ok) return read;
  return firstLook(
    read.workbook,
    false,
    read.workbook.sheets.map(() => null),
    true,
  );
}

/** The rest of a file whose first rows were read: the whole workbook, as readSpreadsheetFile reads it. */
export function readRestOfFile(bytes: Uint8Array, fileName: string, first: FirstLook, options: ReadWorkbookOptions = {}) {
  return first.wholeFileInspected ? readWorkbook(bytes, fileName, options) : readSpreadsheetFile(bytes, fileName, options);
}

function whole(read: Awaited<ReturnType<typeof readSpreadsheetFile>>): FirstLookResult {
  if (!read.ok) return read;
  return firstLook(
    read.workbook,
    true,
    read.workbook.sheets.map(() => null),
    true,
  );
}

function firstLook(
  workbook: ImportWorkbook,
  complete: boolean,
  expectedRowCounts: (number | null)[],
  wholeFileInspected: boolean,
): FirstLookResult {
  return { ok: true, firstLook: { workbook, complete, expectedRowCounts, wholeFileInspected } };
}

/** Line feeds and carriage returns (bytes 10 and 13 in UTF-8, Windows-1251 and either UTF-16 order alike). */
function countLineBreaks(bytes: Uint8Array): { any: number; lines: number } {
  let lineFeeds = 0;
  let carriageReturns = 0;
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] === 10) lineFeeds++;
    else if (bytes[index] === 13) carriageReturns++;
  }
  return { any: lineFeeds + carriageReturns, lines: Math.max(lineFeeds, carriageReturns) };
}
