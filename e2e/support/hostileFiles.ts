import { writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';

/**
 * Files an analyst may be sent that are not what they seem, written the way the import tests
 * write their files: built here rather than kept as binaries, so each shows what it is.
 */

/** An .ods (styles.xml and manifest included) whose one table is the given XML. */
export function writeOpenDocumentWithTable(path: string, tableXml: string): void {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['Title']]), 'Deals');
  const zip = XLSX.CFB.read(new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'ods' })), { type: 'array' });
  const content = XLSX.CFB.find(zip, '/content.xml');
  if (!content) throw new Error('SheetJS wrote an .ods without content.xml');
  const xml = new TextDecoder().decode(new Uint8Array(content.content as ArrayLike<number>));
  content.content = new TextEncoder().encode(xml.replace(/<table:table table:name="Deals"[\s\S]*<\/table:table>/, tableXml));
  writeFileSync(path, new Uint8Array(XLSX.CFB.write(zip, { type: 'array', fileType: 'zip', compression: true })));
}

/** One text cell repeated 999,999,999 times across and 999,999,999 times down. */
export const billionByBillionTable = `<table:table table:name="Deals"><table:table-row table:number-rows-repeated="999999999"><table:table-cell table:number-columns-repeated="999999999" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>`;

/** A deals workbook whose parts are deflated, so that reading it unpacks them. */
export function writeCompressedDealsWorkbook(path: string, rows: number): void {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Title', 'Signed', 'Partner', 'Amount, USD'],
    ...Array.from({ length: rows }, (_, index) => [`Relay station ${index + 1}`, '2024-06-01', 'ZTE', 100_000 + index]),
  ]);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, 'Deals');
  writeFileSync(path, new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true })));
}
