import * as XLSX from 'xlsx';

export type SpreadsheetFormat = 'xlsx' | 'ods';

/** What SheetJS writes for every worksheet's view; checked by the tests, so an upgrade that changes it fails loudly. */
const plainSheetView = '<sheetView workbookViewId="0"/>';
const frozenHeaderView =
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>';
const worksheetPath = /\/xl\/worksheets\/sheet\d+\.xml$/;

/** The part of SheetJS's untyped zip container (`XLSX.CFB`) used here. */
interface ZipContainer {
  FullPaths: string[];
  FileIndex: { content: Uint8Array; size: number }[];
}

/**
 * Freezes the first row of every worksheet in an xlsx file. SheetJS's community edition reads frozen
 * panes but never writes them, so the written package is opened as a zip and each sheet's view replaced.
 */
export function freezeHeaderRows(xlsx: Uint8Array): Uint8Array {
  const zip: ZipContainer = XLSX.CFB.read(xlsx, { type: 'array' });
  zip.FullPaths.forEach((path, index) => {
    if (!worksheetPath.test(path)) return;
    const entry = zip.FileIndex[index];
    const xml = new TextDecoder().decode(entry.content);
    if (!xml.includes(plainSheetView))
      throw new Error(`SheetJS wrote an unexpected sheet view in ${path}; cannot freeze its header row.`);
    entry.content = new TextEncoder().encode(xml.replace(plainSheetView, frozenHeaderView));
    entry.size = entry.content.length;
  });
  const written: Uint8Array = XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true });
  // In Node the zip comes back as a Buffer; callers and the IPC contract expect a plain Uint8Array.
  return new Uint8Array(written);
}

/**
 * The workbook as file bytes, with the header row of every xlsx sheet frozen. ODS files open unfrozen:
 * OpenDocument has no frozen panes in its content; LibreOffice keeps them among its own view settings in
 * settings.xml (VerticalSplitMode and friends), which SheetJS does not write and which would have to be
 * forged per LibreOffice version.
 */
export function writeSpreadsheet(workbook: XLSX.WorkBook, format: SpreadsheetFormat): Uint8Array {
  // Compressed even though freezeHeaderRows unzips it again: SheetJS writes an uncompressed package more slowly.
  const written = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: format, compression: true }));
  return format === 'xlsx' ? freezeHeaderRows(written) : written;
}
