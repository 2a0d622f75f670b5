import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { buildBackupWorkbook } from './backupWorkbook';
import { defaultStore } from './defaultStore.testHelpers';
import { readBackupWorkbook } from './readBackupWorkbook';
import { printColumnWidth } from './printRowHeights';
import { cellFormats } from './tableCells';
import { unzipText } from './xlsxPackage.testHelpers';

const options = { generatedAt: new Date('2026-12-08T10:00:00.000Z'), appVersion: '0.1.0', savedBy: 'Nigora Karimova' };
const bytes = buildBackupWorkbook(defaultStore, options);
const workbook = XLSX.read(bytes, { type: 'array', cellDates: true, cellNF: true, cellStyles: true });

/** The cells of a sheet under their headers, one object per record. */
function cellsOf(sheetName: string): Array<Record<string, XLSX.CellObject | undefined>> {
  const sheet = workbook.Sheets[sheetName];
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  const headers = Array.from({ length: range.e.c + 1 }, (_, c) => String(sheet[XLSX.utils.encode_cell({ r: 0, c })]?.v));
  return Array.from({ length: range.e.r }, (_, r) =>
    Object.fromEntries(headers.map((header, c) => [header, sheet[XLSX.utils.encode_cell({ r: r + 1, c })]])),
  );
}

const dealNamed = (title: string) => {
  const row = cellsOf('Deals').find((cells) => cells['Title']?.v === title);
  if (!row) throw new Error(`No deal ${title}`);
  return row;
};

describe('the data workbook as a colleague reads it', () => {
  it('shows dates as dates, amounts as numbers, parties and citations in words', () => {
    const dated = defaultStore.deals.find((deal) => deal.date?.unit === 'day' && !deal.date.approximate)!;
    const datedCells = dealNamed(dated.title);
    expect(datedCells['Date (exact day)']).toMatchObject({ t: 'd', z: cellFormats.day });
    expect((datedCells['Date (exact day)']!.v as Date).toISOString().slice(0, 10)).toBe(dated.date!.start);
    expect(datedCells['Created (UTC)']).toMatchObject({ t: 'd', z: cellFormats.dateTime });
    expect((datedCells['Created (UTC)']!.v as Date).toISOString()).toBe(dated.createdAt);
    const valued = defaultStore.deals.find((deal) => deal.money)!;
    const valuedCells = dealNamed(valued.title);
    expect(valuedCells['Amount']).toMatchObject({ t: 'n', v: valued.money!.amount, z: cellFormats.usd });
    expect(valuedCells['Currency']?.v).toBe(valued.money!.currency);
    expect(valuedCells['Qualifier']?.v).toMatch(/^[A-Z][a-z ]+$/);
    const deal = defaultStore.deals.find((candidate) => candidate.parties.length && candidate.citations.length)!;
    const cells = dealNamed(deal.title);
    const organizations = new Map(defaultStore.organizations.map((organization) => [organization.id, organization.name]));
    const party = deal.parties[0];
    expect(cells['Parties']?.v).toContain(`${organizations.get(party.organizationId)} (${party.role})`);
    const source = defaultStore.sources.find(({ id }) => id === deal.citations[0].sourceId)!;
    expect(cells['Sources']?.v).toContain(`${source.title} — “${deal.citations[0].excerpt}”`);
  });

  it('writes a date known to the month or year as words, with no exact day', () => {
    const deal = defaultStore.deals.find((candidate) => candidate.date && candidate.date.unit !== 'day')!;
    const cells = dealNamed(deal.title);
    expect(cells['Date']).toMatchObject({ t: 's' });
    expect(cells['Date']!.v).not.toMatch(/^\{/);
    expect(cells['Date (exact day)']).toBeUndefined();
  });

  it('writes yes and no as values that show TRUE and FALSE', () => {
    const pinned = cellsOf('Annotations').map((cells) => cells['Pinned']);
    expect(pinned.length).toBe(defaultStore.annotations.length);
    for (const cell of pinned) expect(cell).toMatchObject({ t: 'n', z: '"TRUE";"TRUE";"FALSE"' });
  });

  it('keeps every stored field after the readable columns, hidden and grouped', () => {
    const sheet = workbook.Sheets['Deals'];
    const headers = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0];
    const firstStored = headers.indexOf('id');
    expect(headers.slice(0, 3)).toEqual(['Title', 'Kind', 'Status']);
    expect(headers.slice(firstStored)).toEqual(expect.arrayContaining(['money', 'parties', 'citations', 'date']));
    const columns = sheet['!cols']!;
    expect(columns.slice(0, firstStored).every((column) => !column.hidden)).toBe(true);
    expect(columns.slice(firstStored).every((column) => column.hidden && column.level === 1)).toBe(true);
    // The autofilter spans the hidden columns, so sorting a readable column keeps each row whole.
    expect(sheet['!autofilter']!.ref).toMatch(new RegExp(`^A1:${XLSX.utils.encode_col(headers.length - 1)}\\d+$`));
    expect(unzipText(bytes, 'xl/worksheets/sheet4.xml')).toMatch(/<col [^>]*hidden="(1|true)"/);
  });

  it('prints as data: heading row repeated and page set up, its rows and column widths as written', () => {
    const deals = unzipText(bytes, 'xl/worksheets/sheet4.xml');
    expect(deals).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(unzipText(bytes, 'xl/workbook.xml')).toContain('_xlnm.Print_Titles');
    // Sized to its text, a whole store's rows would slow every backup; a data file keeps its rows one line high.
    expect(deals).not.toMatch(/<row [^>]*customHeight="1"/);
    const description = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets['Deals'], { header: 1 })[0].indexOf('Description');
    expect(workbook.Sheets['Deals']['!cols']![description].wch).toBeGreaterThan(printColumnWidth);
  });
});

describe('a data workbook edited in its readable columns', () => {
  function edited(change: (sheet: XLSX.WorkSheet, address: (header: string, row: number) => string) => void): Uint8Array {
    const copy = XLSX.read(bytes, { type: 'array' });
    const sheet = copy.Sheets['Deals'];
    const headers = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0];
    change(sheet, (header, row) => XLSX.utils.encode_cell({ r: row - 1, c: headers.indexOf(header) }));
    return new Uint8Array(XLSX.write(copy, { type: 'array', bookType: 'xlsx' }));
  }

  it('restores the records as stored and lists each changed cell with its sheet, row and column', () => {
    const valuedRow = defaultStore.deals.findIndex((deal) => deal.money) + 2;
    const result = readBackupWorkbook(
      edited((sheet, address) => {
        sheet[address('Amount', valuedRow)] = { t: 'n', v: 1 };
        sheet[address('Parties', valuedRow + 1)] = { t: 's', v: 'Someone else (signatory)' };
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.deals).toStrictEqual(defaultStore.deals);
    expect(result.changedCells).toEqual([
      `Sheet Deals, row ${valuedRow}, column Amount: shows “1”, but the record holds “${defaultStore.deals[valuedRow - 2].money!.amount}”; the record is restored as stored.`,
      expect.stringMatching(
        new RegExp(
          `^Sheet Deals, row ${valuedRow + 1}, column Parties: shows “Someone else \\(signatory\\)”, but the record holds `,
        ),
      ),
    ]);
  });

  it('lists nothing when the readable cells are as written', () => {
    expect(readBackupWorkbook(bytes)).toMatchObject({ ok: true, changedCells: [] });
  });
});
