/**
 * Decides from a file's first bytes (and, only where the bytes cannot tell, its name) who reads it:
 * SheetJS, our own delimited-text reader, or nobody. Names lie often enough (a CSV saved as
 * ".xls", an .xlsx renamed ".csv", a PDF attached as "table.xlsx") that signatures come first.
 */
export type FileRoute =
  | { reader: 'sheetjs'; container: 'zip' | 'ole' | 'other'; impliedFormat: string | null }
  /**
   * `namedAsText`: the name says CSV, TSV or text. Text under any other name is read only if it
   * holds a table; otherwise it is a note or a log saved under a spreadsheet's name.
   */
  | { reader: 'delimited-text'; namedAsText: boolean }
  | { reader: 'none'; lookalike: string };

const textExtensions = new Set(['csv', 'tsv', 'tab', 'txt']);

// Formats only SheetJS understands whose signatures are too weak to trust on their own.
const sheetjsOnlyExtensions = new Set(['slk', 'sylk', 'dif', 'dbf', 'wk1', 'wk3', 'wk4', 'wks', 'wq1', '123', 'prn', 'eth']);
const markupExtensions = new Set(['fods', 'xml', 'htm', 'html']);

const notSpreadsheetSignatures: ReadonlyArray<{ bytes: number[]; lookalike: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], lookalike: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], lookalike: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], lookalike: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], lookalike: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], lookalike: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], lookalike: 'a TIFF image' },
  { bytes: [0x52, 0x61, 0x72, 0x21], lookalike: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], lookalike: 'a 7-Zip archive' },
  { bytes: [0x1f, 0x8b], lookalike: 'a gzip archive' },
];

const zipSignatures = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function fileExtension(fileName: string): string {
  const baseName = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = baseName.lastIndexOf('.');
  return dot > 0 ? baseName.slice(dot + 1).toLowerCase() : '';
}

export function chooseReader(bytes: Uint8Array, fileName: string): FileRoute {
  const extension = fileExtension(fileName);
  for (const signature of notSpreadsheetSignatures) {
    if (startsWith(bytes, signature.bytes)) return { reader: 'none', lookalike: signature.lookalike };
  }
  if (zipSignatures.some((signature) => startsWith(bytes, signature))) {
    return { reader: 'sheetjs', container: 'zip', impliedFormat: null };
  }
  if (startsWith(bytes, oleSignature)) return { reader: 'sheetjs', container: 'ole', impliedFormat: 'xls' };
  if (textExtensions.has(extension)) return { reader: 'delimited-text', namedAsText: true };
  if (sheetjsOnlyExtensions.has(extension) || markupExtensions.has(extension)) {
    return { reader: 'sheetjs', container: 'other', impliedFormat: extension };
  }
  const legacyFormat = recognizeLegacySpreadsheet(bytes);
  if (legacyFormat) return { reader: 'sheetjs', container: 'other', impliedFormat: legacyFormat };
  // Anything else is either delimited text under another name (ministry portals export TSV as
  // ".xls") or not a spreadsheet at all; the text reader tells the two apart.
  return { reader: 'delimited-text', namedAsText: false };
}

/** Signatures SheetJS itself dispatches on (see readSync in xlsx.mjs), for files with no telling name. */
function recognizeLegacySpreadsheet(bytes: Uint8Array): string | null {
  const [b0, b1, b2, b3] = bytes;
  const text = firstCharacters(bytes, 8);
  if (text.startsWith('<')) return 'html';
  if (text.startsWith('ID;')) return 'sylk';
  if (text.startsWith('TABLE')) return 'dif';
  if (text.startsWith('{\\rtf')) return 'rtf';
  if (b0 === 0x09 && b1 <= 0x08) return 'xls'; // BIFF2–4 worksheet stream, no OLE container
  if (b0 === 0x00 && b1 === 0x00 && ((b2 >= 0x02 && b3 === 0x00) || (b2 === 0x00 && (b3 === 0x08 || b3 === 0x09)))) {
    return 'lotus';
  }
  if (b0 === 0xff && b1 === 0x00 && b2 === 0x02 && b3 === 0x00) return 'lotus';
  if ([0x03, 0x83, 0x8b, 0x8c, 0xf5].includes(b0) && b2 >= 1 && b2 <= 12 && b3 >= 1 && b3 <= 31) {
    return 'dbf'; // version byte, then the last update as years since 1900, month, day
  }
  return null;
}

/** The start of the file as text, past a UTF-8 byte-order mark and leading white space. */
function firstCharacters(bytes: Uint8Array, count: number): string {
  let start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (start < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[start])) start++;
  return String.fromCharCode(...bytes.subarray(start, start + count));
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((byte, index) => bytes[index] === byte);
}
