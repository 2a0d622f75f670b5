import type * as XLSX from 'xlsx';
import { fitRowsToWrappedText } from './printRowHeights';
import { withPrintStyles, type PrintStyleIndexes } from './xlsxPrintStyles';

/**
 * How one sheet prints. A table wraps long text in its columns and repeats its heading row on every
 * page; data (a backup's records) repeats its heading row but keeps its columns and rows as written,
 * as sizing a whole store's rows to their text would slow every backup; a summary's titles and notes
 * run across the empty cells beside them, and its rows of column headings are given by number (from 1).
 */
export type SheetPrintLayout =
  { kind: 'table' } | { kind: 'data' } | { kind: 'summary'; headingRows: readonly number[]; titleRows: readonly number[] };

const tableLayout: SheetPrintLayout = { kind: 'table' };

// Kept beside the worksheet rather than in it, so SheetJS never sees a key it does not know.
const layouts = new WeakMap<XLSX.WorkSheet, SheetPrintLayout>();

export function setSheetPrintLayout(sheet: XLSX.WorkSheet, layout: SheetPrintLayout): void {
  layouts.set(sheet, layout);
}

function sheetPrintLayout(sheet: XLSX.WorkSheet | undefined): SheetPrintLayout {
  return (sheet && layouts.get(sheet)) ?? tableLayout;
}

/**
 * Sets each table up to print its text wrapped (see printRowHeights.ts) and gives the defined names
 * that repeat its heading row on every printed page. SheetJS writes workbook names (it adds each
 * autofilter's own), so these need no change to its XML. The tables' column widths and row heights
 * are changed in place.
 */
export function prepareTablesForPrint(workbook: XLSX.WorkBook): XLSX.DefinedName[] {
  return workbook.SheetNames.flatMap((name, index) => {
    const sheet = workbook.Sheets[name];
    const { kind } = sheetPrintLayout(sheet);
    if (!sheet || kind === 'summary') return [];
    if (kind === 'table') fitRowsToWrappedText(sheet);
    return [{ Name: '_xlnm.Print_Titles', Sheet: index, Ref: `'${name.replace(/'/g, "''")}'!$1:$1` }];
  });
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// Excel refuses a header or footer longer than 255 characters, its codes and doubled ampersands included.
const headerTitleLimit = 100;

/**
 * Landscape A4 (the paper of the analysts' offices and their readers'), as wide as the page and as
 * many pages down as the rows need; the report's title and the sheet's name on top of every page and
 * its number of all below. `&` starts a code in a header, so the title's own are doubled.
 */
function pageSetupXml(reportTitle: string, gridLines: boolean): string {
  const title = reportTitle.slice(0, headerTitleLimit).replace(/&/g, '&&');
  const header = `&L&"-,Bold"${title}&R&A`;
  return (
    (gridLines ? '<printOptions gridLines="1"/>' : '') +
    '<pageMargins left="0.4" right="0.4" top="0.7" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    `<headerFooter><oddHeader>${escapeXml(header)}</oddHeader><oddFooter>${escapeXml('&CPage &P of &N')}</oddFooter></headerFooter>`
  );
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const fitToPageProperties = encoder.encode('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
// Page setup goes before these in a worksheet (ECMA-376 CT_Worksheet); the closing tag is always there.
const afterPageSetup = [
  '<rowBreaks',
  '<colBreaks',
  '<customProperties',
  '<cellWatches',
  '<ignoredErrors',
  '<smartTags',
  '<drawing',
  '<legacyDrawing',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
  '</worksheet>',
];
/** What SheetJS writes after a worksheet's last row fits in this many bytes: an autofilter and ignored errors. */
const tailSearchLength = 4096;
const rowEnd = encoder.encode('</row>');
const cellStart = /<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?/g;

function indexOfBytes(bytes: Uint8Array, wanted: Uint8Array, from = 0): number {
  search: for (let start = from; start <= bytes.length - wanted.length; start++) {
    for (let offset = 0; offset < wanted.length; offset++) if (bytes[start + offset] !== wanted[offset]) continue search;
    return start;
  }
  return -1;
}

/** Where the elements that follow page setup begin: the first of them within the sheet's last bytes. */
function pageSetupOffset(xml: Uint8Array): number {
  const from = Math.max(0, xml.length - tailSearchLength);
  const found = afterPageSetup.map((tag) => indexOfBytes(xml, encoder.encode(tag), from)).filter((at) => at >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

/** The style each cell prints with: a table's first row as headings; a summary's rows by their part. */
function restyleCells(xml: string, layout: SheetPrintLayout, styles: PrintStyleIndexes): string {
  const headings = new Set(layout.kind === 'summary' ? layout.headingRows.map(String) : ['1']);
  const titles = new Set(layout.kind === 'summary' ? layout.titleRows.map(String) : []);
  return xml.replace(cellStart, (whole, column: string, row: string, style: string | undefined) => {
    if (headings.has(row)) return `<c r="${column}${row}" s="${styles.heading}"`;
    if (titles.has(row)) return `<c r="${column}${row}" s="${styles.title}"`;
    if (layout.kind === 'summary' && (style === undefined || style === '0'))
      return `<c r="${column}${row}" s="${styles.unwrappedText}"`;
    return whole;
  });
}

function concatenate(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

/**
 * A worksheet laid out for print: fitted to the page's width, headed, styled. Only the XML that
 * changes is decoded (a table's first row and the last few bytes), so a large sheet's rows are
 * copied as they are.
 */
function withSheetPrintLayout(
  path: string,
  xml: Uint8Array,
  layout: SheetPrintLayout,
  styles: PrintStyleIndexes,
  reportTitle: string,
): Uint8Array {
  const tailStart = pageSetupOffset(xml);
  const firstRowEnd = indexOfBytes(xml, rowEnd);
  // A summary, which is short, is restyled whole; a table only in its heading row.
  const headEnd = layout.kind === 'summary' || firstRowEnd < 0 ? tailStart : Math.min(firstRowEnd, tailStart);
  const head = decoder.decode(xml.subarray(0, Math.max(headEnd, 0)));
  const between = decoder.decode(xml.subarray(Math.max(headEnd, 0), Math.max(tailStart, 0)).subarray(-tailSearchLength));
  const open = /<worksheet\b[^>]*>/.exec(head);
  if (tailStart < 0 || !open || head.includes('<sheetPr') || /<(pageMargins|pageSetup|headerFooter)\b/.test(between))
    throw new Error(`SheetJS wrote unexpected page properties in ${path}; cannot set up the sheet for print.`);
  const bodyStart = open.index + open[0].length;
  return concatenate([
    encoder.encode(head.slice(0, bodyStart)),
    fitToPageProperties,
    encoder.encode(restyleCells(head.slice(bodyStart), layout, styles)),
    xml.subarray(headEnd, tailStart),
    encoder.encode(pageSetupXml(reportTitle, layout.kind !== 'summary')),
    xml.subarray(tailStart),
  ]);
}

const worksheetNumber = /(?:^|\/)xl\/worksheets\/sheet(\d+)\.xml$/;
const stylesPath = /(?:^|\/)xl\/styles\.xml$/;

/**
 * Sets up each part of an xlsx package for print as SheetJS adds it to the package. SheetJS adds the
 * worksheets before the style sheet, whose cell formats the headings' styles are appended to; so each
 * worksheet is set up once the style sheet has been seen, and handed to the `replace` given with it.
 */
export function packagePrintLayout(workbook: XLSX.WorkBook) {
  const waiting: { path: string; content: Uint8Array; layout: SheetPrintLayout; replace: (content: Uint8Array) => void }[] = [];
  const reportTitle = workbook.Props?.Title ?? '';
  return {
    /** The part to add now: the style sheet with the print styles, any other part as it was. */
    partToAdd(path: string, content: Uint8Array, replace: (content: Uint8Array) => void): Uint8Array {
      const sheet = worksheetNumber.exec(path);
      if (sheet) {
        const layout = sheetPrintLayout(workbook.Sheets[workbook.SheetNames[Number(sheet[1]) - 1] ?? '']);
        waiting.push({ path, content, layout, replace });
        return content;
      }
      if (!stylesPath.test(path)) return content;
      const { xml, styles } = withPrintStyles(decoder.decode(content));
      for (const part of waiting.splice(0)) {
        part.replace(withSheetPrintLayout(part.path, part.content, part.layout, styles, reportTitle));
      }
      return encoder.encode(xml);
    },
    /** Throws when a worksheet was never set up, which would print unstyled. */
    finish(): void {
      if (waiting.length > 0)
        throw new Error(`SheetJS wrote no style sheet after ${waiting[0].path}; cannot set it up for print.`);
    },
  };
}
