import { describe, expect, it } from 'vitest';
import { chooseDefaultSheet } from './chooseSheet';
import { readWorkbook } from './readWorkbook';
import {
  encryptedOfficeFile,
  encryptedOpenDocument,
  patchZipPart,
  pseudoRandomBytes,
  utc,
  writeWorkbook,
  zipWithFile,
} from './testWorkbooks';
import type { ImportWorkbook, WorkbookReadResult } from './workbookTypes';

function expectWorkbook(result: WorkbookReadResult): ImportWorkbook {
  if (!result.ok) throw new Error(`expected a workbook, got ${result.error.code}: ${result.error.message}`);
  return result.workbook;
}

function expectError(result: WorkbookReadResult) {
  if (result.ok) throw new Error('expected an import error, got a workbook');
  return { code: result.error.code, message: result.error.message };
}

const ministryReport = [
  ['Agreements with Chinese partners, 2024'],
  [],
  ['Title', 'Signed', 'Amount', null, 'Partner'],
  [null, null, 'USD', 'Currency', null],
  ['Data centre in Tashkent', utc(2024, 3, 15), 700_000_000, 'USD', 'Huawei'],
];

describe('readWorkbook: spreadsheets', () => {
  it('reads an .xlsx with a title row, two header rows and merged cells as plain rows', () => {
    const bytes = writeWorkbook([{ name: 'Deals', rows: ministryReport, merges: ['A1:E1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:E4'] }]);
    const workbook = expectWorkbook(readWorkbook(bytes, 'deals.xlsx'));
    expect(workbook).toEqual({
      fileName: 'deals.xlsx',
      format: 'xlsx',
      date1904: false,
      sheets: [
        {
          name: 'Deals',
          hidden: false,
          rows: [
            ['Agreements with Chinese partners, 2024', null, null, null, null],
            [null, null, null, null, null],
            ['Title', 'Signed', 'Amount', null, 'Partner'],
            [null, null, 'USD', 'Currency', null],
            ['Data centre in Tashkent', utc(2024, 3, 15), 700_000_000, 'USD', 'Huawei'],
          ],
          merges: [
            { startRow: 0, startColumn: 0, endRow: 0, endColumn: 4 },
            { startRow: 2, startColumn: 0, endRow: 3, endColumn: 0 },
            { startRow: 2, startColumn: 1, endRow: 3, endColumn: 1 },
            { startRow: 2, startColumn: 2, endRow: 2, endColumn: 3 },
            { startRow: 2, startColumn: 4, endRow: 3, endColumn: 4 },
          ],
          rowCount: 5,
          columnCount: 5,
          warnings: [],
        },
      ],
    });
  });

  it('marks hidden sheets and proposes the first visible sheet with data', () => {
    const bytes = writeWorkbook([
      { name: 'Lists', rows: [['Status'], ['signed']], hidden: true },
      { name: 'Notes', rows: [] },
      { name: 'Deals', rows: [['Title'], ['Data centre']] },
    ]);
    const workbook = expectWorkbook(readWorkbook(bytes, 'deals.xlsx'));
    expect(workbook.sheets.map(({ name, hidden, rowCount }) => ({ name, hidden, rowCount }))).toEqual([
      { name: 'Lists', hidden: true, rowCount: 2 },
      { name: 'Notes', hidden: false, rowCount: 0 },
      { name: 'Deals', hidden: false, rowCount: 2 },
    ]);
    expect(chooseDefaultSheet(workbook)).toBe(2);
  });

  it('keeps saved formula results, and warns about a formula that has none and about Excel errors', () => {
    const plain = writeWorkbook([
      {
        name: 'Data',
        rows: [
          ['Year', 'Amount', 'Share'],
          [2023, 2, 0.5],
          [2024, 3, 0.5],
          ['Total', 0, 0],
        ],
      },
    ]);
    // As openpyxl and other libraries write formulas: no <v> with a result until Excel recalculates.
    const bytes = patchZipPart(plain, '/xl/worksheets/sheet1.xml', (xml) =>
      xml
        .replace(/<c r="B4"[^>]*>.*?<\/c>/, '<c r="B4"><f>SUM(B2:B3)</f></c>')
        .replace(/<c r="C4"[^>]*>.*?<\/c>/, '<c r="C4" t="e"><f>C2/0</f><v>#DIV/0!</v></c>')
        .replace(/<c r="A4"[^>]*>.*?<\/c>/, '<c r="A4" t="str"><f>"To"&amp;"tal"</f><v>Total</v></c>'),
    );
    const [sheet] = expectWorkbook(readWorkbook(bytes, 'totals.xlsx')).sheets;
    expect(sheet.rows[3]).toEqual(['Total', null, null]);
    expect(sheet.warnings).toEqual([
      'Sheet Data, cell B4 has a formula with no saved result; open and save the file in Excel so the value is stored.',
      'Sheet Data, cell C4 holds the Excel error #DIV/0!; it is read as empty.',
    ]);
  });

  it('reads OpenDocument (.ods) and Excel 97–2003 (.xls) files', () => {
    const rows = [
      ['Nomi', 'Sana', 'Summa'],
      ['Maʼlumotlar markazi', utc(2024, 3, 15), 1250000.5],
    ];
    for (const bookType of ['ods', 'xls'] as const) {
      const workbook = expectWorkbook(
        readWorkbook(writeWorkbook([{ name: 'Bitimlar', rows }], bookType), `bitimlar.${bookType}`),
      );
      expect(workbook.format).toBe(bookType);
      expect(workbook.sheets[0].rows).toEqual(rows);
    }
  });

  it('reads dates from a workbook on the 1904 date system as the dates Excel shows', () => {
    const bytes = writeWorkbook([{ name: 'Dates', rows: [['Signed'], [utc(2019, 12, 31)]] }], 'xlsx', { date1904: true });
    const workbook = expectWorkbook(readWorkbook(bytes, 'mac.xlsx'));
    expect(workbook.date1904).toBe(true);
    expect(workbook.sheets[0].rows[1]).toEqual([utc(2019, 12, 31)]);
  });

  it('trims text and removes control characters but keeps line breaks and tabs', () => {
    const bytes = writeWorkbook([
      { name: 'S', rows: [['  Huawei\u0007 ', 'Line one\r\nLine two', '   ', 'a\tb', '\u00a0ZTE\u00a0']] },
    ]);
    const [sheet] = expectWorkbook(readWorkbook(bytes, 'text.xlsx')).sheets;
    expect(sheet.rows).toEqual([['Huawei', 'Line one\nLine two', null, 'a\tb', 'ZTE']]);
  });

  it('builds nothing from headers named __proto__ or constructor', () => {
    const rows = [
      ['__proto__', 'constructor', 'toString', 'Title'],
      ['polluted', 'yes', 'no', 'Data centre'],
    ];
    const workbook = expectWorkbook(readWorkbook(writeWorkbook([{ name: '__proto__', rows }]), 'proto.xlsx'));
    expect(workbook.sheets[0].name).toBe('__proto__');
    expect(workbook.sheets[0].rows).toEqual(rows);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives a stray value far below the table no cells of its own', () => {
    const rows: unknown[][] = [['Title'], ['Data centre']];
    rows[99_999] = ['stray'];
    const [sheet] = expectWorkbook(readWorkbook(writeWorkbook([{ name: 'S', rows }]), 'stray.xlsx')).sheets;
    expect(sheet.rowCount).toBe(100_000);
    expect(sheet.rows[5_000]).toEqual([null]);
    expect(Object.isFrozen(sheet.rows[5_000])).toBe(true);
    expect(sheet.rows[99_999]).toEqual(['stray']);
  });
});

describe('readWorkbook: files it refuses', () => {
  it('refuses a password-protected workbook, saying how to remove the password', () => {
    expect(expectError(readWorkbook(encryptedOfficeFile(), 'deals.xlsx'))).toEqual({
      code: 'password-protected',
      message:
        'deals.xlsx is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and import again.',
    });
  });

  it('refuses a password-protected OpenDocument file, with the LibreOffice steps', () => {
    expect(expectError(readWorkbook(encryptedOpenDocument(), 'deals.ods'))).toEqual({
      code: 'password-protected',
      message:
        'deals.ods is password-protected. Open it in LibreOffice, save a copy without the password (File › Save As, untick “Save with password”), and import the copy.',
    });
  });

  it('refuses a truncated .xlsx as damaged', () => {
    const bytes = writeWorkbook([{ name: 'S', rows: [['Title'], ['Data centre']] }]);
    expect(expectError(readWorkbook(bytes.slice(0, Math.floor(bytes.length * 0.6)), 'deals.xlsx'))).toEqual({
      code: 'corrupt',
      message:
        'deals.xlsx looks like an Excel workbook but is damaged or incomplete (a download or copy may have been cut short). Open it in Excel or LibreOffice: if it opens, save it again and import the new copy; if not, ask its sender for a fresh copy.',
    });
  });

  it('refuses random bytes, whatever the name says', () => {
    for (const fileName of ['deals.xlsx', 'deals.csv', 'deals']) {
      expect(expectError(readWorkbook(pseudoRandomBytes(4096, 7), fileName))).toEqual({
        code: 'unsupported-format',
        message: `${fileName} is not in a spreadsheet format Silk Ledger can read. Import an Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file; if the file opens in Excel or LibreOffice, save it as .xlsx there and import that copy.`,
      });
    }
  });

  it('names what a non-spreadsheet file looks like', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
    expect(expectError(readWorkbook(pdf, 'report.xlsx')).message).toMatch(
      /^report\.xlsx is a PDF document, not a spreadsheet\. /,
    );
    const docx = expectError(readWorkbook(zipWithFile('/word/document.xml', '<w:document/>'), 'memo.xlsx'));
    expect(docx.code).toBe('unsupported-format');
    expect(docx.message).toMatch(/^memo\.xlsx is an Office document of another kind \(Word, PowerPoint\), not a spreadsheet\./);
    const archive = expectError(readWorkbook(zipWithFile('/photos/readme.txt', 'hello'), 'tables.zip'));
    expect(archive.message).toMatch(/^tables\.zip is a ZIP archive, not a spreadsheet\./);
  });

  it('refuses an empty file and a workbook without values', () => {
    expect(expectError(readWorkbook(new Uint8Array(0), 'deals.xlsx'))).toEqual({
      code: 'empty',
      message:
        'deals.xlsx is empty: the file has no content (0 bytes). Check that you picked the right file, or that it was saved after the data was entered.',
    });
    const blank = writeWorkbook([{ name: 'S', rows: [['   '], [null, '']] }]);
    expect(expectError(readWorkbook(blank, 'blank.xlsx')).message).toBe(
      'blank.xlsx is empty: none of its sheets has a cell with a value. Check that you picked the right file, or that it was saved after the data was entered.',
    );
  });

  it('refuses more cells than the limit, and points at a stray value far right of the table', () => {
    const grid = Array.from({ length: 10 }, (_, row) => Array.from({ length: 10 }, (_, column) => row * 10 + column));
    expect(expectError(readWorkbook(writeWorkbook([{ name: 'Grid', rows: grid }]), 'grid.xlsx', { maxCells: 50 }))).toEqual({
      code: 'too-large',
      message:
        'grid.xlsx is too large to import at once: it covers 100 cells, and the limit is 50 (sheet “Grid” alone spans A1:J10; if that is more than the table, delete the empty rows and columns after it). Split it into smaller files, for example one per year, or delete sheets and columns you do not need, then import each part.',
    });
    const wide = Array.from({ length: 20 }, (_, row) => [`Deal ${row}`]);
    wide[0][16_383] = 'stray';
    expect(
      expectError(readWorkbook(writeWorkbook([{ name: 'Deals', rows: wide }]), 'wide.xlsx', { maxCells: 100_000 })),
    ).toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('it covers 327,680 cells, and the limit is 100,000 (sheet “Deals” alone spans A1:XFD20;'),
    });
  });
});
