import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import datasetJson from '../../../resources/default-dataset.json';
import { datasetSchema } from '../model/dataset';
import { allDealsLabel, summaryTitles } from './summarySheet';
import { buildReportWorkbook, summarySheetName } from './reportWorkbook';
import { cellFormats } from './tableCells';
import { unzipText } from './xlsxPackage.testHelpers';

const dataset = datasetSchema.parse(datasetJson);
const generatedAt = new Date('2026-11-25T09:30:00Z');
const input = {
  records: dataset,
  title: 'Uzbekistan–China deals',
  filtersDescription: ['Kind: all', 'Status: all'],
  author: 'N. Karimova',
  generatedAt,
};
const bytes = buildReportWorkbook({ ...input, format: 'xlsx' });
// cellNF and cellStyles make SheetJS report number formats (z) and column widths as written.
const workbook = XLSX.read(bytes, { type: 'array', cellDates: true, cellNF: true, cellStyles: true });
// UTC: dates as the cells hold them; by default sheet_to_json shifts them into the test machine's time zone.
const rowsOf = (name: string) =>
  XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name], { header: 1, raw: true, defval: null, blankrows: true, UTC: true });
const organizationById = new Map(dataset.organizations.map((organization) => [organization.id, organization]));

/** The data rows under a summary title, keyed by their first cell. */
function summaryTable(title: string): Map<string, unknown[]> {
  const rows = rowsOf(summarySheetName);
  const start = rows.findIndex((row) => row[0] === title) + 2;
  expect(start).toBeGreaterThan(1);
  const table = new Map<string, unknown[]>();
  for (const row of rows.slice(start)) {
    if (row.filter((cell) => cell !== null).length <= 1) break;
    table.set(String(row[0]), row.slice(1));
  }
  return table;
}

/** A totals row without its qualifier column ("Exact", "Approximately"), to compare with `expectedTotals`. */
const withoutQualifier = (row: unknown[] | undefined) => row && [...row.slice(0, 3), ...row.slice(4)];

/** Totals computed here from the records, independently of dealTotals.ts: deals, with a value, USD, not exact, not converted. */
function expectedTotals(keysOf: (deal: (typeof dataset.deals)[number]) => string[]) {
  const totals = new Map<string, (number | null)[]>();
  for (const deal of dataset.deals) {
    for (const key of new Set(keysOf(deal))) {
      const [deals, withValue, usd, notExact, unconverted] = totals.get(key) ?? [0, 0, null, 0, 0];
      const amount = deal.money?.usd?.amount;
      totals.set(key, [
        deals! + 1,
        withValue! + (deal.money ? 1 : 0),
        amount === undefined ? usd : (usd ?? 0) + amount,
        notExact! + (deal.money && deal.money.qualifier !== 'exact' ? 1 : 0),
        unconverted! + (deal.money && !deal.money.usd ? 1 : 0),
      ]);
    }
  }
  return totals;
}

function partiesIn(country: string) {
  return (deal: (typeof dataset.deals)[number]) =>
    deal.parties.flatMap((party) => {
      const organization = organizationById.get(party.organizationId)!;
      return organization.country === country ? [organization.name] : [];
    });
}

describe('report workbook', () => {
  it('has a summary and one sheet per kind of record, with human headers', () => {
    expect(workbook.SheetNames).toEqual([
      summarySheetName,
      'Deals',
      'Organizations',
      'Indicators',
      'Events',
      'Annotations',
      'Sources',
    ]);
    expect(rowsOf('Deals')[0]).toEqual([
      'Title',
      'Kind',
      'Status',
      'Date',
      'Date (start)',
      'Place',
      'Parties',
      'Sectors',
      'Value (USD)',
      'Qualifier',
      'Value as stated',
      'Outputs',
      'Description',
      'Sources',
      'External IDs',
      'ID',
    ]);
    expect(rowsOf('Indicators')[0]).toEqual([
      'Indicator',
      'Period',
      'Period (start)',
      'Value',
      'Qualifier',
      'Unit',
      'Basis',
      'Notes',
      'Sources',
      'ID',
    ]);
    expect(rowsOf('Annotations')[0]).toEqual(['Note', 'Tags', 'Confidence', 'On', 'Record', 'Author', 'Created', 'ID']);
    expect(rowsOf('Events')[0]).toContain('Participants');
    expect(rowsOf('Organizations')[0]).toContain('Country');
    const recordsOfSheet = {
      Deals: dataset.deals,
      Organizations: dataset.organizations,
      Indicators: dataset.observations,
      Events: dataset.events,
      Annotations: dataset.annotations,
      Sources: dataset.sources,
    };
    for (const [name, records] of Object.entries(recordsOfSheet)) expect(rowsOf(name), name).toHaveLength(records.length + 1);
  });

  it('writes values in US dollars as formatted numbers, with the amount as stated and its qualifier beside them', () => {
    const sheet = workbook.Sheets['Deals'];
    const rows = rowsOf('Deals');
    const programme = rows.findIndex((row) => String(row[0]).startsWith('Uzbektelecom telecommunication infrastructure'));
    expect(sheet[XLSX.utils.encode_cell({ r: programme, c: 8 })]).toMatchObject({ t: 'n', v: 700_000_000, z: cellFormats.usd });
    expect(rows[programme].slice(9, 11)).toEqual(['Approximately', 'approximately USD 700 million']);
    expect(rows[programme][6]).toBe('Uzbektelecom (beneficiary); Chinese financial institutions (unnamed) (financier)');
    // One citation per line: the source, the words quoted and where.
    for (const line of String(rows[programme][13]).split('\n')) {
      expect(line).toMatch(/^Technology Integration .+ — “.+” \(line \d+\);?$/);
    }
    for (let r = 1; r < rows.length; r++) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c: 8 })];
      if (cell) expect(cell).toMatchObject({ t: 'n', z: cellFormats.usd });
    }
  });

  it('writes partial dates as written, with their first day as a real date', () => {
    const rows = rowsOf('Deals');
    const tencent = rows.find((row) => row[0] === 'Uzbektelecom–Tencent agreements')!;
    expect(tencent.slice(3, 5)).toEqual(['Jun–Jul 2023', new Date('2023-06-01T00:00:00Z')]);
    const summit = rowsOf('Events')[1];
    expect(summit.slice(1, 3)).toEqual(['23–26 Mar 2025', new Date('2025-03-23T00:00:00Z')]);
    // The serial is the same day in every time zone: 2023-06-01 is day 45078 of Excel's calendar.
    const serials = XLSX.read(bytes, { type: 'array' }).Sheets['Deals'];
    const row = rows.indexOf(tencent);
    expect(serials[XLSX.utils.encode_cell({ r: row, c: 4 })]).toMatchObject({ t: 'n', v: 45078 });
    const observation = rowsOf('Indicators')[1];
    expect(observation[2]).toBeInstanceOf(Date);
    expect(typeof observation[3]).toBe('number');
    expect(rowsOf('Annotations')[1][6]).toBeInstanceOf(Date);
  });

  it('heads the summary with the title, the filters, a real generation date and the author', () => {
    const rows = rowsOf(summarySheetName);
    expect(rows[0][0]).toBe(input.title);
    expect(rows.slice(1, 3)).toEqual([
      ['Built from', 'Kind: all', ...Array(rows[1].length - 2).fill(null)],
      [null, 'Status: all', ...Array(rows[2].length - 2).fill(null)],
    ]);
    expect(rows[3][0]).toBe('Generated');
    const local = new Date(
      Date.UTC(
        generatedAt.getFullYear(),
        generatedAt.getMonth(),
        generatedAt.getDate(),
        generatedAt.getHours(),
        generatedAt.getMinutes(),
      ),
    );
    expect(rows[3][1]).toEqual(local);
    expect(rows[4].slice(0, 2)).toEqual(['By', input.author]);
  });

  it('totals deal values by year, counting a range in its start year', () => {
    const table = summaryTable(summaryTitles.byYear);
    const expected = expectedTotals((deal) => [deal.date ? deal.date.start.slice(0, 4) : 'Undated']);
    for (const [year, totals] of expected) expect(withoutQualifier(table.get(year))?.slice(0, 5), year).toEqual(totals);
    expect(table.get('2016')?.slice(0, 5)).toEqual([1, 1, 700_000_000, 'Approximately', 1]);
    expect(table.get('1999')?.slice(0, 3)).toEqual([1, 0, null]);
    const approximate = dataset.deals.filter((deal) => deal.money && deal.money.qualifier !== 'exact').length;
    expect(withoutQualifier(table.get(allDealsLabel))?.slice(0, 4)).toEqual([
      dataset.deals.length,
      3,
      700_000_000 + 500_000_000 + 58_400_000,
      approximate,
    ]);
    expect(approximate).toBe(2);
    const cell = Object.entries(workbook.Sheets[summarySheetName]).find(
      ([, value]) => (value as XLSX.CellObject).v === 700_000_000,
    );
    expect(cell?.[1]).toMatchObject({ t: 'n', z: cellFormats.usd });
  });

  it('totals deal values by Chinese counterpart, Uzbek party and sector, and counts deals by kind', () => {
    for (const [title, keysOf] of [
      [summaryTitles.byChineseCounterpart, partiesIn('CN')],
      [summaryTitles.byUzbekParty, partiesIn('UZ')],
      [summaryTitles.bySector, (deal: (typeof dataset.deals)[number]) => (deal.sectors.length ? deal.sectors : ['(no sector)'])],
    ] as const) {
      const table = summaryTable(title);
      const expected = expectedTotals(keysOf);
      expect(table.size, title).toBe(expected.size);
      for (const [key, totals] of expected)
        expect(withoutQualifier(table.get(key))?.slice(0, 5), `${title}: ${key}`).toEqual(totals);
    }
    expect(summaryTable(summaryTitles.byChineseCounterpart).get('Huawei')?.slice(0, 3)).toEqual([1, 1, 58_400_000]);
    const kinds = summaryTable(summaryTitles.byKind);
    expect(kinds.get('Inter-operator agreement')).toEqual([
      2,
      ...Array(kinds.get('Inter-operator agreement')!.length - 1).fill(null),
    ]);
  });

  it('gives the latest value of each indicator with the change since the observation before', () => {
    const table = summaryTable(summaryTitles.indicators);
    expect(table.size).toBe(dataset.indicators.length);
    const exports = table.get('Services exports by IT Park residents with Chinese capital')!;
    expect(exports.slice(0, 8)).toEqual([
      'USD',
      'Q1–Q2 2025',
      new Date('2025-01-01T00:00:00Z'),
      632_100,
      'Exact',
      '2024',
      455_400,
      176_700,
    ]);
    expect(exports[8]).toBeCloseTo(176_700 / 455_400, 10);
    const single = table.get('Companies exporting services to China')!;
    expect(single.slice(0, 4)).toEqual(['companies', 'Q2 2025', new Date('2025-04-01T00:00:00Z'), 24]);
    expect(single.slice(5)).toEqual([null, null, null, null]);
  });

  it('freezes the header row and puts an autofilter on it in every table sheet', () => {
    workbook.SheetNames.forEach((name, index) => {
      const xml = unzipText(bytes, `xl/worksheets/sheet${index + 1}.xml`);
      expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
      if (index === 0) return;
      const sheet = workbook.Sheets[name];
      const range = XLSX.utils.decode_range(sheet['!ref']!);
      expect(sheet['!autofilter']?.ref).toBe(
        XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(range.e.r, 1), c: range.e.c } }),
      );
      expect(sheet['!cols']?.every((column) => column.wch! >= 8 && column.wch! <= 60)).toBe(true);
    });
  });

  it('carries only the title, author and creation date as workbook properties', () => {
    expect(workbook.Props).toMatchObject({ Title: input.title, Author: input.author, CreatedDate: generatedAt });
    const core = unzipText(bytes, 'docProps/core.xml');
    expect(core).not.toMatch(/lastModifiedBy|[A-Z]:\\|\/home\/|\/Users\//);
  });

  it('writes an OpenDocument spreadsheet with the same sheets, real dates and numbers', () => {
    const ods = XLSX.read(buildReportWorkbook({ ...input, format: 'ods' }), { type: 'array', cellDates: true });
    expect(ods.SheetNames).toEqual(workbook.SheetNames);
    const deals = XLSX.utils.sheet_to_json<unknown[]>(ods.Sheets['Deals'], { header: 1, raw: true, defval: null, UTC: true });
    const tencent = deals.find((row) => row[0] === 'Uzbektelecom–Tencent agreements')!;
    expect(tencent[4]).toEqual(new Date('2023-06-01T00:00:00Z'));
    expect(deals.some((row) => row[8] === 700_000_000)).toBe(true);
  });
});

describe('external ids in the report', () => {
  it('writes each deal’s and organization’s external ids as “scheme: value”, joined by “; ”', () => {
    const [firstDeal, ...otherDeals] = dataset.deals;
    const [firstOrganization, ...otherOrganizations] = dataset.organizations;
    const records = {
      ...dataset,
      deals: [
        {
          ...firstDeal,
          externalIds: [
            { scheme: 'AidData GCDF 3.0', value: '96082' },
            { scheme: 'Register No.', value: '114' },
          ],
        },
        ...otherDeals,
      ],
      organizations: [{ ...firstOrganization, externalIds: [{ scheme: 'ИНН', value: '201234567' }] }, ...otherOrganizations],
    };
    const report = XLSX.read(buildReportWorkbook({ ...input, records, format: 'xlsx' }), { type: 'array' });
    const cellsUnder = (sheet: string, header: string) => {
      const [headers, ...rows] = XLSX.utils.sheet_to_json<unknown[]>(report.Sheets[sheet], { header: 1, defval: null });
      expect(headers).toContain(header);
      return rows.map((row) => row[headers.indexOf(header)]);
    };
    // Rows are in date and name order, so each record's row is found by its id.
    const cellOf = (sheet: string, header: string, id: string) => cellsUnder(sheet, header)[cellsUnder(sheet, 'ID').indexOf(id)];
    const deals = cellsUnder('Deals', 'External IDs');
    expect(cellOf('Deals', 'External IDs', firstDeal.id)).toBe('AidData GCDF 3.0: 96082; Register No.: 114');
    expect(deals.filter((cell) => cell !== null && cell !== '')).toHaveLength(1);
    expect(cellOf('Organizations', 'External IDs', firstOrganization.id)).toBe('ИНН: 201234567');
  });
});
