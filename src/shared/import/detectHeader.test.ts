import { describe, expect, it } from 'vitest';
import { buildRecordsFromSheet, detectHeaderRows } from './detectHeader';
import { readWorkbook } from './readWorkbook';
import { utc, writeWorkbook } from './testWorkbooks';
import type { CellValue, ImportSheet, MergedRange } from './workbookTypes';

function sheetOf(rows: CellValue[][], merges: MergedRange[] = []): ImportSheet {
  const columnCount = Math.max(0, ...rows.map((row) => row.length));
  const padded = rows.map((row) => [...row, ...new Array<CellValue>(columnCount - row.length).fill(null)]);
  return { name: 'Sheet1', hidden: false, rows: padded, merges, rowCount: rows.length, columnCount, warnings: [] };
}

const merge = (startRow: number, startColumn: number, endRow: number, endColumn: number): MergedRange => ({
  startRow,
  startColumn,
  endRow,
  endColumn,
});

describe('detectHeaderRows', () => {
  it('skips a title and a blank row above the header', () => {
    const sheet = sheetOf([
      ['Agreements with Chinese partners, 2024'],
      [],
      ['Title', 'Signed', 'Amount', 'Currency'],
      ['Data centre', utc(2024, 3, 15), 700, 'USD'],
      ['Smart city', utc(2024, 5, 2), 1.5, 'CNY'],
    ]);
    expect(detectHeaderRows(sheet)).toEqual({
      headerRowIndex: 2,
      headerRowCount: 1,
      headers: ['Title', 'Signed', 'Amount', 'Currency'],
    });
  });

  it('skips a two-cell title when the header below stands out more from the data', () => {
    const sheet = sheetOf([
      ['Ministry of Digital Technologies', 'Report for 2024'],
      ['Название', 'Дата', 'Сумма'],
      ['ЦОД', '15.03.2024', '1 234,50'],
      ['Умный город', '02.05.2024', '-35,01'],
    ]);
    expect(detectHeaderRows(sheet).headerRowIndex).toBe(1);
  });

  it('joins two header rows grouped by a merged cell, from an .xlsx', () => {
    const bytes = writeWorkbook([
      {
        name: 'Deals',
        merges: ['A1:E1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:E4'],
        rows: [
          ['Agreements with Chinese partners, 2024'],
          [],
          ['Title', 'Signed', 'Amount', null, 'Partner'],
          [null, null, 'USD', 'Currency', null],
          ['Data centre in Tashkent', utc(2024, 3, 15), 700_000_000, 'USD', 'Huawei'],
          ['Smart city', utc(2024, 5, 2), 1_250_000.5, 'CNY', 'ZTE'],
          [],
          ['Title', 'Signed', 'Amount', null, 'Partner'],
          [null, null, 'USD', 'Currency', null],
          ['Fibre network', utc(2024, 9, 1), 90_000, 'USD', 'ZTE'],
        ],
      },
    ]);
    const read = readWorkbook(bytes, 'deals.xlsx');
    if (!read.ok) throw new Error(read.error.message);
    const [sheet] = read.workbook.sheets;
    const header = detectHeaderRows(sheet);
    expect(header).toEqual({
      headerRowIndex: 2,
      headerRowCount: 2,
      headers: ['Title', 'Signed', 'Amount USD', 'Amount Currency', 'Partner'],
    });
    const records = buildRecordsFromSheet(sheet, header);
    expect(records.rows.map((record) => record.rowNumber)).toEqual([5, 6, 10]);
    expect(records.rows[0].cells).toEqual(['Data centre in Tashkent', utc(2024, 3, 15), 700_000_000, 'USD', 'Huawei']);
    expect(records.skippedEmpty).toBe(1);
    expect(records.skippedRepeatedHeaders).toBe(2);
  });

  it('joins two header rows without merges, as a CSV export of them looks', () => {
    const sheet = sheetOf([
      ['Title', 'Date', 'Amount', null, 'Partner'],
      [null, null, 'USD', 'Currency', null],
      ['Data centre', '15.03.2024', '700', 'USD', 'Huawei'],
    ]);
    expect(detectHeaderRows(sheet).headers).toEqual(['Title', 'Date', 'Amount USD', 'Amount Currency', 'Partner']);
  });

  it('finds a group row above a header whose other labels sit in the second row', () => {
    const sheet = sheetOf(
      [
        [null, null, 'Сумма', null, null],
        ['Название', 'Дата', 'Млн долл.', 'Валюта', 'Партнер'],
        ['ЦОД', '15.03.2024', '700', 'USD', 'Huawei'],
      ],
      [merge(0, 2, 0, 3)],
    );
    expect(detectHeaderRows(sheet)).toEqual({
      headerRowIndex: 0,
      headerRowCount: 2,
      headers: ['Название', 'Дата', 'Сумма Млн долл.', 'Сумма Валюта', 'Партнер'],
    });
  });

  it('does not take a text data row for a second header under a merged label', () => {
    const sheet = sheetOf(
      [
        ['Title', 'Parties', null],
        ['Data centre', 'Huawei', 'Uzbektelecom'],
        ['Smart city', 'ZTE', 'Tashkent city'],
      ],
      [merge(0, 1, 0, 2)],
    );
    expect(detectHeaderRows(sheet)).toEqual({ headerRowIndex: 0, headerRowCount: 1, headers: ['Title', 'Parties', 'Parties'] });
  });

  it('does not take a title merged across the table for a group row', () => {
    const sheet = sheetOf(
      [
        ['Report on agreements', null, null],
        ['Title', 'Date', 'Amount'],
        ['Data centre', utc(2024, 3, 15), 700],
      ],
      [merge(0, 0, 0, 2)],
    );
    expect(detectHeaderRows(sheet)).toEqual({ headerRowIndex: 1, headerRowCount: 1, headers: ['Title', 'Date', 'Amount'] });
  });

  it('takes the first row of an all-text table, even with a header cell missing', () => {
    const sheet = sheetOf([
      ['Name', 'Country', 'Kind', null, 'Notes', 'Aliases'],
      ['Huawei', 'CN', 'private-company', 'x', 'Telecom equipment', 'Huawei Technologies'],
      ['Uzbektelecom', 'UZ', 'state-owned-company', 'y', 'Operator', 'UzTelecom'],
    ]);
    expect(detectHeaderRows(sheet).headerRowIndex).toBe(0);
  });

  it('takes a header whose labels are years, as wide indicator tables have', () => {
    const sheet = sheetOf([
      ['Indicator', 2022, 2023, 2024],
      ['IT services exports to China, USD mln', 12, 18.5, 25],
      ['Residents with Chinese capital', 10, 17, 24],
    ]);
    expect(detectHeaderRows(sheet)).toEqual({
      headerRowIndex: 0,
      headerRowCount: 1,
      headers: ['Indicator', '2022', '2023', '2024'],
    });
  });

  it('puts header lines on one line and falls back sensibly for an empty sheet', () => {
    expect(
      detectHeaderRows(
        sheetOf([
          ['Date of\nsigning', 'Amount'],
          [utc(2024, 1, 1), 5],
        ]),
      ).headers,
    ).toEqual(['Date of signing', 'Amount']);
    expect(detectHeaderRows(sheetOf([]))).toEqual({ headerRowIndex: 0, headerRowCount: 1, headers: [] });
  });
});
