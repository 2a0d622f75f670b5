/**
 * Builds workbooks for the import tests with SheetJS itself, so every fixture is visible in the
 * test that uses it instead of hiding in a binary file. Used by tests only.
 */
import * as XLSX from 'xlsx';

export interface FixtureSheet {
  name: string;
  rows: unknown[][];
  /** "A1:E1" style ranges. */
  merges?: string[];
  hidden?: boolean;
}

export function writeWorkbook(
  sheets: FixtureSheet[],
  bookType: XLSX.BookType = 'xlsx',
  options: { date1904?: boolean } = {},
): Uint8Array {
  const workbook = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const worksheet = XLSX.utils.aoa_to_sheet(sheet.rows, { cellDates: true, UTC: true });
    if (sheet.merges) worksheet['!merges'] = sheet.merges.map((range) => XLSX.utils.decode_range(range));
    XLSX.utils.book_append_sheet(workbook, worksheet, sheet.name);
  }
  workbook.Workbook = {
    Sheets: sheets.map((sheet) => ({ name: sheet.name, Hidden: sheet.hidden ? 1 : 0 })),
    WBProps: { date1904: options.date1904 ?? false },
  };
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType, cellDates: true }));
}

/** Rewrites one XML part inside an .xlsx or .ods, to make files SheetJS itself would never write. */
export function patchZipPart(bytes: Uint8Array, partPath: string, patch: (xml: string) => string): Uint8Array {
  return patchZipPartBytes(bytes, partPath, (content) => new TextEncoder().encode(patch(new TextDecoder().decode(content))));
}

/** Rewrites one part's bytes, for encodings and damage no writer produces. */
export function patchZipPartBytes(bytes: Uint8Array, partPath: string, patch: (content: Uint8Array) => Uint8Array): Uint8Array {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const entry = XLSX.CFB.find(zip, partPath);
  if (!entry) throw new Error(`no ${partPath} in the workbook`);
  entry.content = patch(new Uint8Array(entry.content as ArrayLike<number>));
  return new Uint8Array(XLSX.CFB.write(zip, { type: 'array', fileType: 'zip' }));
}

/** What an encrypted Office 2007+ file looks like from outside: an OLE container with these streams. */
export function encryptedOfficeFile(): Uint8Array {
  const container = XLSX.CFB.utils.cfb_new();
  const encryptionInfo = new Uint8Array(64);
  encryptionInfo.set([4, 0, 4, 0, 0x40, 0, 0, 0]); // version 4.4: agile encryption
  XLSX.CFB.utils.cfb_add(container, '/EncryptionInfo', encryptionInfo);
  XLSX.CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(600));
  return new Uint8Array(XLSX.CFB.write(container, { type: 'array' }));
}

/** An .ods saved with a password: LibreOffice encrypts content.xml and says so in the manifest. */
export function encryptedOpenDocument(): Uint8Array {
  const plain = writeWorkbook([{ name: 'S', rows: [['Secret']] }], 'ods');
  return patchZipPart(plain, '/META-INF/manifest.xml', (xml) =>
    xml.replace(
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/></manifest:encryption-data></manifest:file-entry>',
    ),
  );
}

/** A ZIP that is not a workbook: a .docx has word/document.xml, a plain archive anything. */
export function zipWithFile(path: string, content: string): Uint8Array {
  const zip = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(zip, path, new TextEncoder().encode(content));
  return new Uint8Array(XLSX.CFB.write(zip, { type: 'array', fileType: 'zip' }));
}

/** Repeatable noise (a linear congruential generator), so a failure can be reproduced. */
export function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[index] = state >> 16;
  }
  return bytes;
}

export function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * Text as Windows-1251 bytes, as Excel on a Russian or Uzbek Windows saves "CSV". The Cyrillic
 * alphabet sits in one block (А at 0xC0 to я at 0xFF), plus Ё, ё and №: enough for the tests.
 */
export function encodeWindows1251(text: string): Uint8Array {
  const special = new Map([
    ['Ё', 0xa8],
    ['ё', 0xb8],
    ['№', 0xb9],
  ]);
  return Uint8Array.from(Array.from(text), (character) => {
    const code = character.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x350;
    const byte = special.get(character);
    if (byte === undefined) throw new Error(`${character} is not in the test's Windows-1251 table`);
    return byte;
  });
}

export function encodeUtf16(text: string, byteOrder: 'le' | 'be', withByteOrderMark: boolean): Uint8Array {
  const units = Array.from(withByteOrderMark ? `\uFEFF${text}` : text, (character) => character.charCodeAt(0));
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((unit, index) => {
    bytes[index * 2 + (byteOrder === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[index * 2 + (byteOrder === 'le' ? 1 : 0)] = unit >> 8;
  });
  return bytes;
}
