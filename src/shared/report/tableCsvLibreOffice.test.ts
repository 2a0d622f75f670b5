import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { libreOfficePresent, resaveWithLibreOffice } from '../testing/libreOffice.testHelpers';
import { calendarDay } from './tableCells';
import { buildTableCsv } from './tableCsv';

/**
 * How LibreOffice Calc opens a CSV file for a person: its Text Import with the defaults of its registry
 * (Office.Calc/Dialogs/CSVImport: separators comma, semicolon and tab; text in double quotes; no
 * character set chosen, so the file's own is used). A headless conversion without --infilter skips that
 * dialog and reads any CSV file in the system's 8-bit character set, byte order mark or not, which is
 * not what an analyst opening the file sees.
 */
const textImportDefaults = 'CSV:44/59/9,34';

const headers = ['Title', 'Parties', 'Sectors', 'Value (USD)', 'Value as stated', 'Value qualifier', 'Date (start)'];
const rows = [
  [
    'Соглашение «Узбектелеком» — 华为',
    'Uzbektelecom (beneficiary); 华为技术有限公司 (supplier)',
    'telecommunications; data centres',
    700_000_000,
    '≈ USD 700 million',
    'Approximately',
    calendarDay('2023-06-01'),
  ],
  ['Contract "Smart city", phase 2', 'Tashkent city; ZTE', 'e-government', 1234.5, 'USD 1,234.50', 'Exact', null],
];

describe.runIf(libreOfficePresent())('a table CSV opened in LibreOffice Calc', () => {
  it('shows Cyrillic, Chinese and "≈" intact, one cell per field, numbers as numbers', () => {
    const csv = buildTableCsv(headers, rows);
    const sheet = XLSX.read(resaveWithLibreOffice(csv, 'deals.csv', 'xlsx', textImportDefaults), { type: 'array' });
    const read = XLSX.utils.sheet_to_json<unknown[]>(sheet.Sheets[sheet.SheetNames[0]!]!, { header: 1, raw: true, defval: null });
    expect(read[0]).toEqual(headers);
    expect(read.slice(1).map((row) => row.slice(0, 6))).toEqual(rows.map((row) => row.slice(0, 6)));
    expect(read.every((row) => row.length === headers.length)).toBe(true);
  }, 120_000);
});
