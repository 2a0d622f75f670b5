import type { ImportError } from './workbookTypes';

const supportedFormats = 'an Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file';

export function passwordProtectedError(fileName: string, format: string | null, technicalDetail?: string): ImportError {
  const howToRemove =
    format === 'ods'
      ? 'Open it in LibreOffice, save a copy without the password (File › Save As, untick “Save with password”), and import the copy.'
      : 'Open it in Excel, remove the password (File › Info › Protect Workbook), save, and import again.';
  return { code: 'password-protected', message: `${fileName} is password-protected. ${howToRemove}`, technicalDetail };
}

/** `lookalike` names what the file seems to be instead ("a PDF document"), when we can tell. */
export function unsupportedFormatError(fileName: string, lookalike: string | null, technicalDetail?: string): ImportError {
  const what = lookalike
    ? `${fileName} is ${lookalike}, not a spreadsheet.`
    : `${fileName} is not in a spreadsheet format Silk Ledger can read.`;
  return {
    code: 'unsupported-format',
    message: `${what} Import ${supportedFormats}; if the file opens in Excel or LibreOffice, save it as .xlsx there and import that copy.`,
    technicalDetail,
  };
}

export function oldNumbersFormatError(fileName: string, technicalDetail: string): ImportError {
  return {
    code: 'unsupported-format',
    message: `${fileName} was saved by an old version of Apple Numbers that Silk Ledger cannot read. Open it in Numbers, export it to Excel (File › Export To › Excel), and import the exported file.`,
    technicalDetail,
  };
}

export function corruptFileError(fileName: string, formatName: string, technicalDetail?: string): ImportError {
  return {
    code: 'corrupt',
    message: `${fileName} looks like ${formatName} but is damaged or incomplete (a download or copy may have been cut short). Open it in Excel or LibreOffice: if it opens, save it again and import the new copy; if not, ask its sender for a fresh copy.`,
    technicalDetail,
  };
}

export function emptyFileError(fileName: string, byteCount: number): ImportError {
  const why = byteCount === 0 ? 'the file has no content (0 bytes)' : 'none of its sheets has a cell with a value';
  return {
    code: 'empty',
    message: `${fileName} is empty: ${why}. Check that you picked the right file, or that it was saved after the data was entered.`,
  };
}

/**
 * `cellCount` is unknown when reading stopped at the limit. `largestSheet` points at the usual
 * cause of a surprise: one stray value far below or right of the table.
 */
export function tooLargeError(
  fileName: string,
  maxCells: number,
  details: { cellCount?: number; largestSheet?: { name: string; range: string } } = {},
): ImportError {
  const size =
    details.cellCount === undefined ? `more than ${formatCount(maxCells)} cells` : `${formatCount(details.cellCount)} cells`;
  const where = details.largestSheet
    ? ` (sheet “${details.largestSheet.name}” alone spans ${details.largestSheet.range}; if that is more than the table, delete the empty rows and columns after it)`
    : '';
  return {
    code: 'too-large',
    message: `${fileName} is too large to import at once: it covers ${size}, and the limit is ${formatCount(maxCells)}${where}. Split it into smaller files, for example one per year, or delete sheets and columns you do not need, then import each part.`,
  };
}

/** A ZIP-based workbook whose parts would unpack to more than the reader may hold in memory. */
export function inflatedTooLargeError(
  fileName: string,
  maxInflatedBytes: number,
  details: { inflatedBytes: number; largestPart: { name: string; bytes: number } },
): ImportError {
  const part = details.largestPart;
  return {
    code: 'too-large',
    message: `${fileName} is too large to import: unpacked, it would take more than ${formatMegabytes(details.inflatedBytes)}, and the limit is ${formatMegabytes(maxInflatedBytes)} (its part “${part.name}” alone declares ${formatMegabytes(part.bytes)}). A genuine workbook this large should be split into smaller files; a small file that unpacks this far may be built to exhaust memory, so do not open it elsewhere either.`,
  };
}

/** A sheet that reaches beyond Excel's own grid can only come from a damaged or hand-made file. */
export function sheetBeyondGridError(fileName: string, sheetName: string, cell: string): ImportError {
  return {
    code: 'corrupt',
    message: `${fileName} is damaged: sheet “${sheetName}” has a cell at ${cell}, beyond the ${formatCount(maxSheetRows)} rows and ${formatCount(maxSheetColumns)} columns (A to XFD) a spreadsheet can have. Open it in Excel or LibreOffice, save it again and import the new copy; if it does not open, ask its sender for a fresh copy.`,
  };
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const maxSheetRows = 1_048_576;
export const maxSheetColumns = 16_384;

function formatMegabytes(byteCount: number): string {
  const megabytes = byteCount / (1024 * 1024);
  return `${formatCount(megabytes >= 10 ? Math.round(megabytes) : Math.round(megabytes * 10) / 10)} MB`;
}

function formatCount(count: number): string {
  // Fixed grouping rather than the user's locale: messages are English sentences.
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
