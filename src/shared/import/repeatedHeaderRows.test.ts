import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRecordsFromSheet, detectHeaderRows } from './detectHeader';
import { readWorkbook } from './readWorkbook';
import type { CellValue, ImportSheet } from './workbookTypes';

/**
 * A printed report with a two-row header ("Agreement | | Amount |" over "Title | Signed | USD |
 * Currency") that repeats at the top of each 50-row page: first the column row, then the group
 * row, then both. Written by openpyxl (merged group row), Python's csv module (no merges) and
 * LibreOffice; see fixtures/makeHeaderFixtures.py.
 */
function readFixture(name: string): ImportSheet {
  const bytes = new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
  const read = readWorkbook(bytes, name);
  if (!read.ok) throw new Error(read.error.message);
  return read.workbook.sheets[0];
}

const joinedHeaders = ['Agreement Title', 'Agreement Signed', 'Amount USD', 'Amount Currency'];
const dealNumbers = Array.from({ length: 200 }, (_, index) => `Deal ${index + 1}`);

describe.each(['two-row-header-repeats.xlsx', 'two-row-header-repeats.csv', 'two-row-header-repeats.ods'])(
  'a two-row header repeated on every page, %s',
  (fileName) => {
    it('joins both header rows, with or without merged cells', () => {
      expect(detectHeaderRows(readFixture(fileName))).toEqual({ headerRowIndex: 0, headerRowCount: 2, headers: joinedHeaders });
    });

    it('skips each repeat of either header row, and of both, and keeps every data row', () => {
      const sheet = readFixture(fileName);
      const records = buildRecordsFromSheet(sheet, detectHeaderRows(sheet));
      expect(records.rows.map((record) => record.cells[0])).toEqual(dealNumbers);
      // Rows 53 (column row), 104 (group row), 155 and 156 (both).
      expect(records.skippedRepeatedHeaders).toBe(4);
      expect(records.rows.map((record) => record.rowNumber)).not.toContain(53);
      expect(records.rows.find((record) => record.cells[0] === 'Deal 51')?.rowNumber).toBe(54);
    });
  },
);

function sheetOf(rows: CellValue[][]): ImportSheet {
  return { name: 'Sheet1', hidden: false, rows, merges: [], rowCount: rows.length, columnCount: 4, warnings: [] };
}

describe('repeated group rows written in other ways', () => {
  it('skips a group row repeated with its label in every column of the group', () => {
    const sheet = sheetOf([
      ['Agreement', null, 'Amount', null],
      ['Title', 'Signed', 'USD', 'Currency'],
      ['Data centre', '2024-03-15', '700', 'USD'],
      ['Agreement', 'Agreement', 'Amount', 'Amount'],
      ['Title', 'Signed', 'USD', 'Currency'],
      ['Smart city', '2024-05-02', '1,5', 'CNY'],
    ]);
    const records = buildRecordsFromSheet(sheet, detectHeaderRows(sheet));
    expect(records.rows.map((record) => record.rowNumber)).toEqual([3, 6]);
    expect(records.skippedRepeatedHeaders).toBe(2);
  });

  it('keeps a data row whose first cell happens to equal a group label', () => {
    const sheet = sheetOf([
      ['Agreement', null, 'Amount', null],
      ['Title', 'Signed', 'USD', 'Currency'],
      ['Data centre', '2024-03-15', '700', 'USD'],
      ['Agreement', '2024-05-02', '1,5', 'CNY'],
    ]);
    const records = buildRecordsFromSheet(sheet, detectHeaderRows(sheet));
    expect(records.rows.map((record) => record.rowNumber)).toEqual([3, 4]);
    expect(records.skippedRepeatedHeaders).toBe(0);
  });
});
