import { chooseReader } from './detectFileFormat';
import { emptyFileError, unsupportedFormatError } from './importErrors';
import { readDelimitedText } from './readDelimitedText';
import { readWithSheetJS } from './readWithSheetJS';
import type { WorkbookReadResult } from './workbookTypes';

export interface ReadWorkbookOptions {
  /** Refuse files whose sheets cover more cells than this (used rows × used columns, all sheets). */
  maxCells?: number;
}

/**
 * About 225 MB of cell data in the worker: 100,000 rows of 30 columns, well past any ministry
 * report (the benchmark imports 100,000 rows of 20), short of exhausting memory.
 */
export const defaultMaxCells = 3_000_000;

/**
 * Reads any spreadsheet an analyst is likely to be sent into plain rows of values, or explains in
 * a sentence why it cannot. Never throws for bad input: every failure is an ImportError.
 */
export function readWorkbook(bytes: Uint8Array, fileName: string, options: ReadWorkbookOptions = {}): WorkbookReadResult {
  const maxCells = options.maxCells ?? defaultMaxCells;
  if (bytes.length === 0) return { ok: false, error: emptyFileError(fileName, 0) };
  const route = chooseReader(bytes, fileName);
  switch (route.reader) {
    case 'none':
      return { ok: false, error: unsupportedFormatError(fileName, route.lookalike) };
    case 'delimited-text':
      return readDelimitedText(bytes, fileName, maxCells);
    case 'sheetjs':
      return readWithSheetJS(bytes, fileName, route, maxCells);
  }
}
