import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectHeaderRows } from './detectHeader';
import { readFirstRows, readRestOfFile, type FirstLook } from './readFirstRows';
import { readSpreadsheetFile } from './readWorkbook';
import type { ImportWorkbook } from './workbookTypes';

/**
 * The first look at a large file must show what the whole file will: the same first rows, the same
 * header. Files written by openpyxl, Python's csv module and LibreOffice (fixtures/makeHeaderFixtures.py):
 * a two-row header with a merged group row, repeated on every 50-row page, 200 deals; and elapsed
 * times and dates in both date systems. The size threshold is lifted so these small files get the
 * first look a large one gets.
 */
function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

async function wholeWorkbook(name: string): Promise<ImportWorkbook> {
  const read = await readSpreadsheetFile(fixture(name), name);
  if (!read.ok) throw new Error(read.error.message);
  return read.workbook;
}

async function firstLookAt(name: string, rowLimit: number): Promise<FirstLook> {
  const read = await readFirstRows(fixture(name), name, { rowLimit, wholeUpToBytes: 0 });
  if (!read.ok) throw new Error(read.error.message);
  return read.firstLook;
}

const files = [
  'two-row-header-repeats.xlsx',
  'two-row-header-repeats.ods',
  'two-row-header-repeats.csv',
  'elapsed-time-1900.xlsx',
  'elapsed-time-1904.ods',
  'elapsed-time-1904-libreoffice.xlsx',
];

describe.each(files)('the first look at %s', (name) => {
  it('holds the whole file’s first rows, cell for cell, and no more than asked for', async () => {
    const whole = await wholeWorkbook(name);
    const first = await firstLookAt(name, 60);
    expect(first.workbook.sheets.map((sheet) => sheet.name)).toEqual(whole.sheets.map((sheet) => sheet.name));
    first.workbook.sheets.forEach((sheet, index) => {
      expect(sheet.rowCount).toBeLessThanOrEqual(60);
      expect(sheet.rows).toEqual(whole.sheets[index].rows.slice(0, sheet.rowCount).map((row) => row.slice(0, sheet.columnCount)));
      // Merged cells (a group row over its columns) are listed after a worksheet's rows.
      expect(sheet.merges).toEqual(whole.sheets[index].merges.filter((merge) => merge.endRow < sheet.rowCount));
    });
    expect(first.workbook.date1904).toBe(whole.date1904);
  });

  it('finds the header the whole file has, merged group row included', async () => {
    const whole = await wholeWorkbook(name);
    const first = await firstLookAt(name, 60);
    first.workbook.sheets.forEach((sheet, index) => {
      if (sheet.rowCount > 0) expect(detectHeaderRows(sheet)).toEqual(detectHeaderRows(whole.sheets[index]));
    });
  });

  it('reads the rest as the whole file', async () => {
    const first = await firstLookAt(name, 60);
    const rest = await readRestOfFile(fixture(name), name, first);
    expect(rest.ok && rest.workbook).toEqual(await wholeWorkbook(name));
  });
});

// SheetJS's `sheetRows` does not say whether rows were left out, so an .ods is always read in full after its first look.
it.each(files.filter((name) => !name.endsWith('.ods')))(
  'the first look at %s is the whole file when the file is shorter, and then nothing is left to read',
  async (name) => {
    const whole = await wholeWorkbook(name);
    const first = await firstLookAt(name, 5000);
    expect(first.complete).toBe(true);
    expect(first.workbook.sheets).toEqual(whole.sheets);
  },
);

describe('the first look at a long sheet', () => {
  it.each(['two-row-header-repeats.xlsx', 'two-row-header-repeats.csv'])(
    '%s says it is not the whole file and how many rows to expect',
    async (name) => {
      const whole = await wholeWorkbook(name);
      const first = await firstLookAt(name, 60);
      expect(first.complete).toBe(false);
      expect(first.workbook.sheets[0].rowCount).toBe(60);
      // The xlsx declares its range; the CSV's line breaks are counted.
      expect(first.expectedRowCounts[0]).toBeGreaterThanOrEqual(whole.sheets[0].rowCount);
      expect(first.expectedRowCounts[0]).toBeLessThanOrEqual(whole.sheets[0].rowCount + 1);
    },
  );

  it('reads a LibreOffice .ods with SheetJS’s first rows only, after looking at the whole file', async () => {
    const first = await firstLookAt('two-row-header-repeats.ods', 60);
    expect(first.complete).toBe(false);
    expect(first.wholeFileInspected).toBe(true);
    expect(first.workbook.sheets[0].rowCount).toBe(60);
  });

  it('refuses a password-protected file before reading any of it', async () => {
    const read = await readFirstRows(fixture('password-protected.ods'), 'password-protected.ods', { wholeUpToBytes: 0 });
    expect(read.ok || read.error.code).toBe('password-protected');
  });
});
