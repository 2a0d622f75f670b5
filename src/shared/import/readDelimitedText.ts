import { cleanCellText } from './cleanCellText';
import { decodeText, detectDelimiter, looksLikeBinary, readSeparatorDirective } from './decodeText';
import { emptyFileError, tooLargeError, unsupportedFormatError } from './importErrors';
import { parseDelimitedText } from './parseDelimitedText';
import { measureRaggedRows, toRectangularRows } from './sheetShape';
import type { WorkbookReadResult } from './workbookTypes';

/**
 * CSV, TSV and other delimited text, read by us rather than SheetJS. SheetJS's text reader
 * guesses the format from the first characters (a CSV starting with "<" is parsed as HTML, one
 * starting with "TABLE" as DIF and comes back empty), keeps a UTF-8 byte-order mark in the first
 * header, and cannot decode Windows-1251 without extra tables. Every value stays the text that was
 * typed ("007", "1 234,50", "03.04.2024"); deciding what is a number or a date, with the decimal
 * comma and day-month order of the file, is the coercion step's job, not a guess made here.
 */
export function readDelimitedText(
  bytes: Uint8Array,
  fileName: string,
  maxCells: number,
  { tableRequired = false, maxRows }: { tableRequired?: boolean; maxRows?: number } = {},
): WorkbookReadResult {
  const { text, encoding } = decodeText(bytes);
  if (looksLikeBinary(text)) return { ok: false, error: unsupportedFormatError(fileName, null) };
  const directive = readSeparatorDirective(text);
  const delimiter = directive?.delimiter ?? detectDelimiter(text);
  const table = directive ? text.slice(directive.tableStart) : text;
  const parsed = parseDelimitedText(table, delimiter, { maxCells: maxCells + 1, maxRows });
  if (parsed.cellCount > maxCells) return { ok: false, error: tooLargeError(fileName, maxCells) };

  const values = parsed.rows.map((row) => row.map(cleanCellText));
  const extent = measureRaggedRows(values);
  if (extent.rowCount === 0) return { ok: false, error: emptyFileError(fileName, bytes.length) };
  // One very long line among short ones would make every padded row that long.
  if (extent.cellCount > maxCells)
    return { ok: false, error: tooLargeError(fileName, maxCells, { cellCount: extent.cellCount }) };
  const { rowCount, columnCount } = extent;
  // Text with no delimiter between values is one column of lines: a table only if it says it is one.
  if (tableRequired && columnCount < 2)
    return { ok: false, error: unsupportedFormatError(fileName, 'plain text with no table in it') };
  const rows = toRectangularRows(values, extent);
  const warnings =
    parsed.unclosedQuoteLine === null
      ? []
      : [
          `Line ${parsed.unclosedQuoteLine} opens a quoted value that is never closed, so the rest of the file was read into one cell. Check the quotes on that line: a quote inside a quoted value must be doubled, as in "5"" pipe".`,
        ];
  return {
    ok: true,
    workbook: {
      fileName,
      format: delimiter === '\t' ? 'tsv' : 'csv',
      date1904: false,
      sheets: [{ name: sheetNameFor(fileName), hidden: false, rows, merges: [], rowCount, columnCount, warnings }],
      textLayout: { encoding, delimiter },
    },
  };
}

/** The file name without folder and extension, as Excel names the one sheet of a CSV it opens. */
function sheetNameFor(fileName: string): string {
  const baseName = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = baseName.lastIndexOf('.');
  return (dot > 0 ? baseName.slice(0, dot) : baseName) || 'Sheet1';
}
