/**
 * What the reading step hands to the rest of the import pipeline. Plain data only (no SheetJS
 * objects), so a result can cross from the import worker to the UI by structured clone.
 */

/** One cell as read: text is trimmed, Excel errors and empty cells are null, dates are UTC instants. */
export type CellValue = string | number | boolean | Date | null;

/** A merged range, 0-based and inclusive, in the sheet's own row and column numbering. */
export interface MergedRange {
  startRow: number;
  startColumn: number;
  endRow: number;
  endColumn: number;
}

export interface ImportSheet {
  name: string;
  hidden: boolean;
  /**
   * Rectangular: every row has `columnCount` cells. Row 0 is the sheet's row 1 and column 0 its
   * column A even when they are empty, so positions can be reported the way Excel shows them.
   */
  rows: CellValue[][];
  merges: MergedRange[];
  rowCount: number;
  columnCount: number;
  /** Things the analyst should know about this sheet's contents, as sentences. */
  warnings: string[];
}

/** How a delimited text file was understood, so the preview can say so and the analyst can check. */
export interface TextLayout {
  encoding: TextEncodingName;
  delimiter: Delimiter;
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
export type Delimiter = ',' | ';' | '\t' | '|';

export interface ImportWorkbook {
  fileName: string;
  /** 'xlsx', 'xls', 'xlsb', 'ods', 'csv', 'tsv', …: what the file turned out to be, whatever its name says. */
  format: string;
  /** Informative only: dates are already converted, whichever epoch the workbook uses. */
  date1904: boolean;
  sheets: ImportSheet[];
  /** Present for CSV, TSV and other delimited text. */
  textLayout?: TextLayout;
}

export type ImportErrorCode = 'password-protected' | 'unsupported-format' | 'corrupt' | 'empty' | 'too-large';

export interface ImportError {
  code: ImportErrorCode;
  /** A sentence for the analyst: the file, what is wrong and what to do. */
  message: string;
  /** What the reader library said, for a bug report; never shown as the message. */
  technicalDetail?: string;
}

export type WorkbookReadResult = { ok: true; workbook: ImportWorkbook } | { ok: false; error: ImportError };
