import * as XLSX from 'xlsx';
import * as codepageTables from 'xlsx/dist/cpexcel.full.mjs';
import { convertSheetJSWorkbook } from './convertSheetJSWorkbook';
import { markupText } from './decodeText';
import { fileExtension, type FileRoute } from './detectFileFormat';
import {
  corruptFileError,
  inflatedTooLargeError,
  oldNumbersFormatError,
  passwordProtectedError,
  unsupportedFormatError,
} from './importErrors';
import type { ImportError, WorkbookReadResult } from './workbookTypes';
import { measureZipInflation } from './zipInflatedSize';

// Legacy files (Excel 95 BIFF5, dBase, SYLK) store text in the writer's code page, Windows-1251
// on Russian and Uzbek machines; without SheetJS's code page tables "р." reads as "ð.".
XLSX.set_cptable(codepageTables);

const readOptions: XLSX.ParsingOptions = {
  type: 'array',
  dense: true,
  // Date cells become Date objects whose UTC fields are the wall-clock value shown in Excel,
  // with the 1900/1904 epochs and Excel's phantom 29 February 1900 already accounted for.
  cellDates: true,
  UTC: true,
  // SheetJS drops a formula cell that has no saved result unless it keeps formulas and empty
  // "stub" cells; with both, such a cell arrives as an empty stub that still has its formula.
  cellFormula: true,
  sheetStubs: true,
  // Values only: formatted text, rich-text HTML and styles cost time and are unused. The number
  // format is kept (a shared string per cell): elapsed times ("[h]:mm:ss") are told from dates by it.
  cellText: false,
  cellHTML: false,
  cellNF: true,
  cellStyles: false,
  bookVBA: false,
};

type SheetJSRoute = Extract<FileRoute, { reader: 'sheetjs' }>;

export interface SheetJSLimits {
  maxCells: number;
  maxInflatedBytes: number;
  /** Only the sheets' first rows, as SheetJS's `sheetRows` reads them; all of them when absent. */
  sheetRows?: number;
}

export function readWithSheetJS(
  bytes: Uint8Array,
  fileName: string,
  route: SheetJSRoute,
  { maxCells, maxInflatedBytes, sheetRows }: SheetJSLimits,
): WorkbookReadResult {
  let readable: Uint8Array | string = bytes;
  if (route.container === 'other') readable = markupText(bytes) ?? bytes;
  if (route.container === 'zip') {
    const inflation = measureZipInflation(bytes, maxInflatedBytes);
    if (!inflation.ok && inflation.problem === 'too-large') {
      return { ok: false, error: inflatedTooLargeError(fileName, maxInflatedBytes, inflation) };
    }
    if (!inflation.ok) return { ok: false, error: explainUnreadableZip(fileName, inflation.detail) };
    readable = inflation.bytes;
  }
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(readable, { ...readOptions, type: typeof readable === 'string' ? 'string' : 'array', sheetRows });
  } catch (thrown) {
    return { ok: false, error: explainSheetJSFailure(thrown, bytes, fileName, route) };
  }
  const format = workbook.bookType ?? route.impliedFormat ?? (fileExtension(fileName) || 'unknown');
  return convertSheetJSWorkbook(workbook, { fileName, format, maxCells });
}

/** SheetJS throws terse messages (sometimes bare strings); turn them into what the analyst can do. */
function explainSheetJSFailure(thrown: unknown, bytes: Uint8Array, fileName: string, route: SheetJSRoute): ImportError {
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  const extension = fileExtension(fileName);
  // Excel 97–2003 files with a FILEPASS record, and Office 2007+ files, which when encrypted are
  // an OLE container holding EncryptionInfo and EncryptedPackage instead of a ZIP.
  if (/password-protected|ECMA-376 Encrypted|EncryptionInfo|Encryption scheme unsupported|ODS Encryption/i.test(detail)) {
    const isOpenDocument = /ODS/.test(detail) || extension === 'ods';
    return passwordProtectedError(fileName, isOpenDocument ? 'ods' : null, detail);
  }
  if (/Unsupported NUMBERS 0[89] file/.test(detail)) return oldNumbersFormatError(fileName, detail);
  if (/is not a spreadsheet|Multiplan/.test(detail)) return unsupportedFormatError(fileName, null, detail);
  // SheetJS says "Unsupported ZIP file" both for a .docx and for a workbook cut short before its
  // workbook part; only the parts that are there tell the two apart.
  if (route.container === 'zip' && /^Unsupported ZIP file/.test(detail)) {
    const contents = describeZipContents(bytes);
    if (contents === 'other-office-document')
      return unsupportedFormatError(fileName, 'an Office document of another kind (Word, PowerPoint)', detail);
    if (contents === 'archive') return unsupportedFormatError(fileName, 'a ZIP archive', detail);
  }
  // An OLE file without a Workbook stream is a .doc or .ppt.
  if (route.container === 'ole' && /Cannot find Workbook stream/.test(detail)) {
    return unsupportedFormatError(fileName, 'an Office document of another kind (such as Word)', detail);
  }
  return corruptFileError(fileName, describeFormat(extension, route.container), detail);
}

/** A ZIP whose directory is cut short or damaged: SheetJS would read garbage offsets and sizes. */
function explainUnreadableZip(fileName: string, detail: string): ImportError {
  const extension = fileExtension(fileName);
  if (['docx', 'pptx', 'zip'].includes(extension)) return unsupportedFormatError(fileName, null, detail);
  return corruptFileError(fileName, describeFormat(extension, 'zip'), detail);
}

function describeZipContents(bytes: Uint8Array): 'spreadsheet-parts' | 'other-office-document' | 'archive' | 'unreadable' {
  let paths: string[];
  try {
    paths = (XLSX.CFB.read(bytes, { type: 'array' }) as { FullPaths: string[] }).FullPaths;
  } catch {
    return 'unreadable';
  }
  // Folders and the marker entry SheetJS's container library adds are not files from the archive.
  const files = paths.filter((path) => !path.endsWith('/') && !path.includes('\u0001'));
  const has = (pattern: RegExp) => files.some((path) => pattern.test(path));
  // A ZIP cut short loses its central directory, and with it the list of files.
  if (files.length === 0) return 'unreadable';
  if (has(/\/(xl\/|content\.xml$|Index\/|\[Content_Types\]\.xml$)/) && !has(/\/(word|ppt)\//)) return 'spreadsheet-parts';
  if (has(/\/(word|ppt)\//)) return 'other-office-document';
  return 'archive';
}

export function describeFormat(extension: string, container: SheetJSRoute['container']): string {
  if (extension === 'ods' || extension === 'fods') return 'an OpenDocument spreadsheet';
  if (extension === 'numbers') return 'an Apple Numbers spreadsheet';
  if (['xlsx', 'xlsm', 'xlsb', 'xls', 'xlt', 'xltx'].includes(extension) || container !== 'other') return 'an Excel workbook';
  return 'a spreadsheet';
}
