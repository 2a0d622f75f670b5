import { chooseReader } from './detectFileFormat';
import { emptyFileError, unsupportedFormatError } from './importErrors';
import { inspectBeforeReading } from './inspectBeforeReading';
import { readDelimitedText } from './readDelimitedText';
import { readWithSheetJS } from './readWithSheetJS';
import type { WorkbookReadResult } from './workbookTypes';

export interface ReadWorkbookOptions {
  /** Refuse files whose sheets cover more cells than this (used rows × used columns, all sheets). */
  maxCells?: number;
  /** Refuse ZIP-based workbooks (xlsx, ods, …) whose parts would unpack to more than this. */
  maxInflatedBytes?: number;
  /** Read only the first rows of each sheet (SheetJS's `sheetRows`; CSV stops parsing), for a first look. */
  firstRows?: number;
}

/**
 * About 225 MB of cell data in the worker: 100,000 rows of 30 columns, well past any ministry
 * report (the benchmark imports 100,000 rows of 20), short of exhausting memory.
 */
export const defaultMaxCells = 3_000_000;

/**
 * Files are already refused over maxSpreadsheetBytes (src/shared/ipc/contract.ts) before they are
 * read; a ZIP's parts can unpack to a thousand times their size. Unpacked XML is held whole and
 * then decoded into a string, which V8 caps near 512 million characters; 256 MB stays clear of
 * that and covers the cell limit above in any writer's XML.
 */
export const defaultMaxInflatedBytes = 256 * 1024 * 1024;

/**
 * The import's entry point: reads any spreadsheet an analyst is likely to be sent into plain rows
 * of values, or explains in a sentence why it cannot. Never throws or hangs for bad input: every
 * failure is an ImportError. Before SheetJS sees a file, its ZIP parts are unpacked once, as a
 * stream, and its XML read for what it declares (see inspectBeforeReading.ts).
 */
export async function readSpreadsheetFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadWorkbookOptions = {},
): Promise<WorkbookReadResult> {
  const route = chooseReader(bytes, fileName);
  if (route.reader === 'sheetjs' && bytes.length > 0) {
    const refusal = await inspectBeforeReading(bytes, fileName, route, {
      maxCells: options.maxCells ?? defaultMaxCells,
      maxInflatedBytes: options.maxInflatedBytes ?? defaultMaxInflatedBytes,
    });
    if (refusal) return { ok: false, error: refusal };
  }
  return readWorkbook(bytes, fileName, options);
}

/**
 * readSpreadsheetFile without the look at the file before SheetJS reads it, for files known to be
 * sound (the tests build them with SheetJS): a damaged deflate stream would make SheetJS loop
 * forever, and a file declaring billions of cells would exhaust memory.
 */
export function readWorkbook(bytes: Uint8Array, fileName: string, options: ReadWorkbookOptions = {}): WorkbookReadResult {
  const maxCells = options.maxCells ?? defaultMaxCells;
  if (bytes.length === 0) return { ok: false, error: emptyFileError(fileName, 0) };
  const route = chooseReader(bytes, fileName);
  switch (route.reader) {
    case 'none':
      return { ok: false, error: unsupportedFormatError(fileName, route.lookalike) };
    case 'delimited-text':
      return readDelimitedText(bytes, fileName, maxCells, { tableRequired: !route.namedAsText, maxRows: options.firstRows });
    case 'sheetjs':
      return readWithSheetJS(bytes, fileName, route, {
        maxCells,
        maxInflatedBytes: options.maxInflatedBytes ?? defaultMaxInflatedBytes,
        sheetRows: options.firstRows,
      });
  }
}
