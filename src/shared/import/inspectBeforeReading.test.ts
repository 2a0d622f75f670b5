import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readSpreadsheetFile, readWorkbook } from './readWorkbook';
import { encodeUtf16, patchZipPart, patchZipPartBytes, writeWorkbook } from './testWorkbooks';
import type { WorkbookReadResult } from './workbookTypes';

/**
 * Hostile files declare far more cells than they hold; SheetJS would build every one before the
 * import could count them. Each refusal here comes from the look at the XML before SheetJS reads:
 * readWorkbook, which skips that look, either runs out of memory on these files or refuses them
 * later with a different sentence, so the sentence shows which step refused.
 */

const limitMessage = (fileName: string) =>
  `${fileName} is too large to import at once: it covers more than 3,000,000 cells, and the limit is 3,000,000. Split it into smaller files, for example one per year, or delete sheets and columns you do not need, then import each part.`;

function expectRows(result: WorkbookReadResult) {
  if (!result.ok) throw new Error(`expected a workbook, got ${result.error.code}: ${result.error.message}`);
  return result.workbook.sheets.map((sheet) => sheet.rows);
}

function expectError(result: WorkbookReadResult) {
  if (result.ok) throw new Error('expected an import error, got a workbook');
  return { code: result.error.code, message: result.error.message };
}

/** An .ods written by SheetJS (styles.xml and manifest included) whose one table is `tableXml`. */
function openDocumentWithTable(tableXml: string): Uint8Array {
  const plain = writeWorkbook([{ name: 'Deals', rows: [['Title']] }], 'ods');
  return patchZipPart(plain, '/content.xml', (xml) =>
    xml.replace(/<table:table table:name="Deals"[\s\S]*<\/table:table>/, tableXml),
  );
}

const text = (value: string) => `<table:table-cell office:value-type="string"><text:p>${value}</text:p></table:table-cell>`;

/** How LibreOffice saves a two-row table: every row runs blank to column XFD, blank rows to row 1,048,576. */
const libreOfficeTable = `<table:table table:name="Deals" table:style-name="ta1">
  <table:table-column table:style-name="co1" table:number-columns-repeated="16384" table:default-cell-style-name="Default"/>
  <table:table-row table:style-name="ro1">${text('Title')}<table:table-cell table:number-columns-repeated="16383"/></table:table-row>
  <table:table-row table:style-name="ro1">${text('Data centre')}<table:table-cell table:number-columns-repeated="16383"/></table:table-row>
  <table:table-row table:style-name="ro1" table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
</table:table>`;

describe('OpenDocument files that declare more cells than the limit', () => {
  it('refuses one text cell repeated 999,999,999 × 999,999,999 times, with the limit message', async () => {
    const bomb = openDocumentWithTable(
      `<table:table table:name="Deals"><table:table-row table:number-rows-repeated="999999999"><table:table-cell table:number-columns-repeated="999999999" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>`,
    );
    expect(expectError(await readSpreadsheetFile(bomb, 'deals.ods'))).toEqual({
      code: 'too-large',
      message: limitMessage('deals.ods'),
    });
  });

  it('refuses blank cells repeated past the limit, which SheetJS would still build one by one', async () => {
    const blanks = openDocumentWithTable(
      `<table:table table:name="Deals"><table:table-row>${text('Title')}</table:table-row><table:table-row table:number-rows-repeated="999999999"><table:table-cell table:style-name="ce1" table:number-columns-repeated="999999999"></table:table-cell></table:table-row></table:table>`,
    );
    expect(expectError(await readSpreadsheetFile(blanks, 'blanks.ods')).message).toBe(limitMessage('blanks.ods'));
  });

  it('reads a table saved by LibreOffice, whose blank repeats to the sheet edge build nothing', async () => {
    const saved = openDocumentWithTable(libreOfficeTable);
    expect(expectRows(await readSpreadsheetFile(saved, 'deals.ods'))).toEqual([[['Title'], ['Data centre']]]);
  });

  it('counts repeated values as the import does after reading, and says so in the same words', async () => {
    const tenByTen = openDocumentWithTable(
      `<table:table table:name="Grid"><table:table-row table:number-rows-repeated="10"><table:table-cell table:number-columns-repeated="10" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table>`,
    );
    const refused = expectError(await readSpreadsheetFile(tenByTen, 'grid.ods', { maxCells: 99 }));
    expect(refused).toEqual({
      code: 'too-large',
      message:
        'grid.ods is too large to import at once: it covers 100 cells, and the limit is 99 (sheet “Grid” alone spans A1:J10; if that is more than the table, delete the empty rows and columns after it). Split it into smaller files, for example one per year, or delete sheets and columns you do not need, then import each part.',
    });
    expect(expectError(readWorkbook(tenByTen, 'grid.ods', { maxCells: 99 }))).toEqual(refused);
    const rows = expectRows(await readSpreadsheetFile(tenByTen, 'grid.ods', { maxCells: 100 }));
    expect(rows[0]).toEqual(Array.from({ length: 10 }, () => Array.from({ length: 10 }, () => 1)));
  });

  it('reads content.xml saved as UTF-16, as SheetJS does, and still counts its repeats', async () => {
    const bomb = openDocumentWithTable(
      `<table:table table:name="Deals"><table:table-row table:number-rows-repeated="999999999"><table:table-cell table:number-columns-repeated="999999999" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>`,
    );
    const utf16 = patchZipPartBytes(bomb, '/content.xml', (xml) => encodeUtf16(new TextDecoder().decode(xml), 'le', true));
    expect(expectError(await readSpreadsheetFile(utf16, 'utf16.ods')).message).toBe(limitMessage('utf16.ods'));
  });

  it('refuses as damaged XML that SheetJS and a strict reader could read differently', async () => {
    const hidden = openDocumentWithTable(
      `<table:table table:name="Deals"><table:table-row table:number-rows-repeated="999999999"><table:table-cell table:note="<" table:number-columns-repeated="999999999" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>`,
    );
    const refused = expectError(await readSpreadsheetFile(hidden, 'hidden.ods'));
    expect(refused.code).toBe('corrupt');
    expect(refused.message).toMatch(/^hidden\.ods looks like an OpenDocument spreadsheet but is damaged or incomplete/);
    // SheetJS's own decoder reads the overlong C0 BC as "<"; a strict one refuses it.
    const invalidUtf8 = patchZipPartBytes(openDocumentWithTable(libreOfficeTable), '/content.xml', (xml) =>
      Uint8Array.from([...xml.subarray(0, 200), 0xc0, 0xbc, ...xml.subarray(200)]),
    );
    expect(expectError(await readSpreadsheetFile(invalidUtf8, 'bytes.ods')).code).toBe('corrupt');
  });

  it('refuses a flat .fods that repeats a cell past the limit, and reads one that does not', async () => {
    const flat = new TextDecoder().decode(writeWorkbook([{ name: 'Deals', rows: [['Title'], ['Data centre']] }], 'fods'));
    expect(expectRows(await readSpreadsheetFile(new TextEncoder().encode(flat), 'deals.fods'))).toEqual([
      [['Title'], ['Data centre']],
    ]);
    const bomb = flat.replace('<table:table-row>', '<table:table-row table:number-rows-repeated="999999999">');
    const repeated = bomb.replace(/<table:table-cell /, '<table:table-cell table:number-columns-repeated="999999999" ');
    expect(expectError(await readSpreadsheetFile(new TextEncoder().encode(repeated), 'deals.fods')).message).toBe(
      limitMessage('deals.fods'),
    );
  });
});

/** An .xlsx whose first worksheet's <sheetData> is `sheetData` and whose dimension says `dimension`. */
function workbookWithSheetData(sheetData: string, dimension: string): Uint8Array {
  const plain = writeWorkbook([{ name: 'Deals', rows: [['Title']] }]);
  return patchZipPart(plain, '/xl/worksheets/sheet1.xml', (xml) =>
    xml
      .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dimension}"/>`)
      .replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${sheetData}</sheetData>`),
  );
}

const rowsOf = (count: number, cells: (row: number) => string) =>
  Array.from({ length: count }, (_, index) => `<row r="${index + 1}">${cells(index + 1)}</row>`).join('');

describe('Excel workbooks that declare more cells than the limit', () => {
  it('refuses values spread over a huge grid by their r= references, in the words reading would use', async () => {
    const spread = workbookWithSheetData(
      rowsOf(200, (row) => `<c r="A${row}"><v>${row}</v></c><c r="XFD${row}"><v>1</v></c>`),
      'A1:XFD1048576',
    );
    const refused = expectError(await readSpreadsheetFile(spread, 'spread.xlsx'));
    expect(refused).toEqual({
      code: 'too-large',
      message:
        'spread.xlsx is too large to import at once: it covers 3,276,800 cells, and the limit is 3,000,000 (sheet “Deals” alone spans A1:XFD200; if that is more than the table, delete the empty rows and columns after it). Split it into smaller files, for example one per year, or delete sheets and columns you do not need, then import each part.',
    });
    expect(expectError(readWorkbook(spread, 'spread.xlsx'))).toEqual(refused);
    // Without xl/workbook.xml SheetJS cannot read the file at all: refused as too large, the
    // worksheet was counted before SheetJS was asked.
    const noWorkbook = withoutZipPart(spread, '/xl/workbook.xml');
    expect(expectError(readWorkbook(noWorkbook, 'spread.xlsx')).code).not.toBe('too-large');
    expect(expectError(await readSpreadsheetFile(noWorkbook, 'spread.xlsx')).message).toMatch(
      /^spread\.xlsx is too large to import at once: it covers 3,276,800 cells, and the limit is 3,000,000\. /,
    );
  });

  it('reads a sheet whose dimension alone is huge: a dimension builds no cells', async () => {
    const stray = workbookWithSheetData(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Data centre</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`,
      'A1:XFD1048576',
    );
    const [sheet] = expectRows(await readSpreadsheetFile(stray, 'stray.xlsx'));
    expect(sheet.length).toBe(1_048_576);
    expect(sheet[1][0]).toBe('Data centre');
  });

  it('refuses blank cells past the limit, as SheetJS keeps each one it is given', async () => {
    const formatted = workbookWithSheetData(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c></row>` +
        rowsOf(1_000, (row) => `<c r="B${row + 1}" s="0"/><c r="C${row + 1}" s="0"/>`),
      'A1:C1001',
    );
    expect(expectError(await readSpreadsheetFile(formatted, 'formatted.xlsx', { maxCells: 1_000 })).message).toBe(
      'formatted.xlsx is too large to import at once: it covers 2,001 cells, and the limit is 1,000 (sheet “Deals” alone spans A1:C1001; if that is more than the table, delete the empty rows and columns after it). Split it into smaller files, for example one per year, or delete sheets and columns you do not need, then import each part.',
    );
    expect(expectRows(await readSpreadsheetFile(formatted, 'formatted.xlsx', { maxCells: 2_001 }))).toEqual([[['Title']]]);
  });
});

function withoutZipPart(bytes: Uint8Array, partPath: string): Uint8Array {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  XLSX.CFB.utils.cfb_del(zip, partPath);
  return new Uint8Array(XLSX.CFB.write(zip, { type: 'array', fileType: 'zip' }));
}

describe('binary Excel workbooks (.xlsb)', () => {
  it('counts their cell records before SheetJS reads them', async () => {
    const grid = Array.from({ length: 10 }, (_, row) => Array.from({ length: 10 }, (_, column) => row * 10 + column));
    const bytes = writeWorkbook([{ name: 'Grid', rows: grid }], 'xlsb');
    // The names of an .xlsb's sheets are in binary records this look does not read, so the
    // sentence has no sheet in it, where reading would name one.
    expect(expectError(await readSpreadsheetFile(bytes, 'grid.xlsb', { maxCells: 99 })).message).toBe(
      'grid.xlsb is too large to import at once: it covers 100 cells, and the limit is 99. Split it into smaller files, for example one per year, or delete sheets and columns you do not need, then import each part.',
    );
    expect(expectError(readWorkbook(bytes, 'grid.xlsb', { maxCells: 99 })).message).toContain(
      '(sheet “Grid” alone spans A1:J10;',
    );
    expect(expectRows(await readSpreadsheetFile(bytes, 'grid.xlsb', { maxCells: 100 }))).toEqual([grid]);
  });
});
