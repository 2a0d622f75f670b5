import type { ColumnDef } from '@tanstack/react-table';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '@shared/model/dataset';
import type { RecordOf, RecordTable } from '@shared/model/tables';
import type { AnyRow } from '@shared/model/tableRows';
import { usdAmount } from '@shared/values/money';
import { dealColumns } from '../deals/dealColumns';
import type { RecordIndex } from '../records/liveRecords';
import { buildWorkbookExport } from '@shared/report/workbookExport';
import { allRecordsLine, planExport, type BuiltExport, type ExportChoice, type ExportContext } from './buildExport';
import type { CurrentView } from './currentView';
import datasetJson from '../../../../../resources/default-dataset.json';

const dataset = datasetSchema.parse(datasetJson);

const byId = new Map<string, RecordOf<RecordTable>>();
for (const records of Object.values(dataset))
  if (Array.isArray(records)) for (const record of records) byId.set(record.id, record);
const index = { all: dataset, active: dataset, byId } as unknown as RecordIndex;
const columns = dealColumns(index, new Map()) as ColumnDef<AnyRow, unknown>[];
const valued = dataset.deals.filter((deal) => deal.money !== null);
const view: CurrentView = {
  table: 'deals',
  label: 'Deals',
  rows: valued,
  totalRows: dataset.deals.length,
  columns,
  visibility: { sources: false, annotations: false, place: false },
  sorting: [{ id: 'value', desc: true }],
  filterLines: ['Value at least USD 0 million'],
};
const context = {
  all: dataset,
  view,
  title: 'Test report',
  author: 'N. Karimova',
  generatedAt: new Date('2026-11-25T10:00:00Z'),
};
const read = (bytes: Uint8Array) => XLSX.read(bytes, { type: 'array', cellDates: true, cellNF: true });
const rowsOf = (sheet: XLSX.WorkSheet) =>
  XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, UTC: true });
const summaryText = (workbook: XLSX.WorkBook) => rowsOf(workbook.Sheets['Summary']!).flat().join('\n');

/** As the export dialog does it, with the workbook's description crossing to the worker by structured clone. */
function buildExport(choice: ExportChoice, exportContext: ExportContext): BuiltExport {
  const planned = planExport(choice, exportContext);
  if (planned.kind === 'file') return planned.file;
  const bytes = buildWorkbookExport(structuredClone(planned.request), exportContext.all);
  return { suggestedName: planned.suggestedName, format: planned.format, bytes };
}

describe('planExport', () => {
  const viewChoice: ExportChoice = { scope: 'view', onlyShownColumns: true, format: 'xlsx' };

  it('writes the filtered rows with only the shown columns, sorted as the table sorts them, with real numbers and dates', () => {
    const built = buildExport(viewChoice, context);
    expect(built.suggestedName).toBe('silk-ledger-deals-2026-11-25.xlsx');
    const sheet = read(built.bytes).Sheets['Deals']!;
    const rows = rowsOf(sheet);
    expect(rows[0]).toEqual([
      'Title',
      'Status',
      'Value (USD)',
      'Value as stated',
      'Value qualifier',
      'Date',
      'Date (start)',
      'Sectors',
      'Kind',
      'Parties',
      'ID',
    ]);
    expect(rows).toHaveLength(valued.length + 1);
    const expectedOrder = [...valued].sort((a, b) => (usdAmount(b.money) ?? -1) - (usdAmount(a.money) ?? -1));
    expect(rows.slice(1).map((row) => row[0])).toEqual(expectedOrder.map((deal) => deal.title));
    expect(sheet['C2']).toMatchObject({ t: 'n', v: usdAmount(expectedOrder[0]!.money), z: '#,##0' });
    const dated = rows.findIndex((row, at) => at > 0 && row[6] !== null);
    expect(sheet[XLSX.utils.encode_cell({ r: dated, c: 6 })]).toMatchObject({ t: 'd' });
  });

  it('says in the summary which rows and filters the report was built from', () => {
    const text = summaryText(read(buildExport(viewChoice, context).bytes));
    expect(text).toContain(`Deals: ${valued.length} of ${dataset.deals.length} records, as filtered in the table`);
    expect(text).toContain('Value at least USD 0 million');
    expect(text).toContain('only the columns shown');
  });

  it('keeps the report’s full columns when asked, and exports the whole store for scope "all"', () => {
    const full = read(buildExport({ ...viewChoice, onlyShownColumns: false }, context).bytes);
    expect(rowsOf(full.Sheets['Deals']!)[0]).toContain('Qualifier');
    const everything = read(buildExport({ scope: 'all', onlyShownColumns: false, format: 'ods' }, context).bytes);
    expect(rowsOf(everything.Sheets['Deals']!)).toHaveLength(dataset.deals.length + 1);
    expect(summaryText(everything)).toContain(allRecordsLine);
  });

  it('writes the current table as CSV with a byte order mark, one line per row', () => {
    const built = buildExport({ scope: 'view', onlyShownColumns: true, format: 'csv' }, context);
    expect(built.suggestedName).toBe('silk-ledger-deals-2026-11-25.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(built.bytes);
    expect(text.startsWith('\uFEFFTitle,Status,Value (USD),Value as stated,Value qualifier,Date')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(valued.length + 1);
  });

  it('refuses a table export when no table is on screen, saying what to do', () => {
    expect(() => buildExport({ scope: 'view', onlyShownColumns: false, format: 'xlsx' }, { ...context, view: null })).toThrow(
      /no table on screen/,
    );
    expect(() => buildExport({ scope: 'all', onlyShownColumns: false, format: 'csv' }, { ...context, view: null })).toThrow(
      /no table on screen/,
    );
  });
});
