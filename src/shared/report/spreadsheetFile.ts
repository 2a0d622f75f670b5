import * as XLSX from 'xlsx';
import { writeOdsWithViewSettings } from './odsPackage';
import { packagePrintLayout, prepareTablesForPrint } from './xlsxPrintLayout';

export type SpreadsheetFormat = 'xlsx' | 'ods';

/** What SheetJS writes for every worksheet's view; checked by the tests, so an upgrade that changes it fails loudly. */
const plainSheetView = new TextEncoder().encode('<sheetView workbookViewId="0"/>');
const frozenHeaderView = new TextEncoder().encode(
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>',
);
const worksheetPath = /(^|\/)xl\/worksheets\/sheet\d+\.xml$/;
/** The view comes right after the worksheet's opening tags, within its first few hundred bytes. */
const sheetViewSearchLength = 4096;

/** The one function of SheetJS's zip container (`XLSX.CFB`) replaced while writing: it adds a file to the package. */
type AddToPackage = (container: unknown, path: string, content: Uint8Array, options?: unknown) => PackageEntry;
/** A file in SheetJS's zip container, as `cfb_add` returns it. */
interface PackageEntry {
  content: Uint8Array;
  size: number;
}

function indexOfBytes(bytes: Uint8Array, wanted: Uint8Array, limit: number): number {
  const last = Math.min(bytes.length, limit) - wanted.length;
  search: for (let start = 0; start <= last; start++) {
    for (let offset = 0; offset < wanted.length; offset++) if (bytes[start + offset] !== wanted[offset]) continue search;
    return start;
  }
  return -1;
}

/** A worksheet's XML with its first row frozen. */
function withFrozenHeader(path: string, xml: Uint8Array): Uint8Array {
  const at = indexOfBytes(xml, plainSheetView, sheetViewSearchLength);
  if (at < 0) throw new Error(`SheetJS wrote an unexpected sheet view in ${path}; cannot freeze its header row.`);
  const frozen = new Uint8Array(xml.length - plainSheetView.length + frozenHeaderView.length);
  frozen.set(xml.subarray(0, at));
  frozen.set(frozenHeaderView, at);
  frozen.set(xml.subarray(at + plainSheetView.length), at + frozenHeaderView.length);
  return frozen;
}

/**
 * An xlsx package with the first row of every worksheet frozen and every sheet set up for print (see
 * xlsxPrintLayout.ts). SheetJS's community edition reads frozen panes and page setup but never writes
 * them. Each worksheet's view is replaced as SheetJS hands the sheet's XML to its zip container, through the container's `cfb_add`, which SheetJS looks up on the shared
 * `XLSX.CFB.utils` object at each call; so the package is compressed once. Unzipping the written
 * package and zipping it again inflated and deflated all of a large report's XML a second time.
 */
function writeXlsxWithFrozenHeaders(workbook: XLSX.WorkBook): Uint8Array {
  const zipUtilities = XLSX.CFB.utils as unknown as { cfb_add: AddToPackage };
  const addToPackage = zipUtilities.cfb_add;
  const printLayout = packagePrintLayout(workbook);
  zipUtilities.cfb_add = (container, path, content, options) => {
    const part = worksheetPath.test(path) ? withFrozenHeader(path, content) : content;
    // A worksheet laid out later replaces the content of its own entry: adding it again would add a second entry.
    const replace = (laidOut: Uint8Array) => Object.assign(entry, { content: laidOut, size: laidOut.length });
    const entry = addToPackage(container, path, printLayout.partToAdd(path, part, replace), options);
    return entry;
  };
  const names = [...(workbook.Workbook?.Names ?? []), ...prepareTablesForPrint(workbook)];
  try {
    const bytes = XLSX.write(
      { ...workbook, Workbook: { ...workbook.Workbook, Names: names } },
      { type: 'array', bookType: 'xlsx', compression: true },
    );
    printLayout.finish();
    return new Uint8Array(bytes);
  } finally {
    zipUtilities.cfb_add = addToPackage;
  }
}

/**
 * The workbook as file bytes, with the header row of every xlsx sheet frozen and each sheet set up for
 * print; an xlsx's tables get column widths and row heights for wrapped text. An ODS file's header rows
 * are frozen in LibreOffice's view settings and its tables get autofilters (see odsPackage.ts).
 */
export function writeSpreadsheet(workbook: XLSX.WorkBook, format: SpreadsheetFormat): Uint8Array {
  if (format === 'xlsx') return writeXlsxWithFrozenHeaders(workbook);
  return writeOdsWithViewSettings(workbook);
}
