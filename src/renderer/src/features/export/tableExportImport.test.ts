import type { ColumnDef, VisibilityState } from '@tanstack/react-table';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '@shared/model/dataset';
import type { Deal } from '@shared/model/deal';
import type { RecordOf, RecordTable } from '@shared/model/tables';
import type { AnyRow } from '@shared/model/tableRows';
import { emptyStore, existingOf, importAsProposed } from '@shared/import/importOwnFile.testHelpers';
import type { ImportPlan, NewRecord } from '@shared/import/importPlanTypes';
import { buildWorkbookExport } from '@shared/report/workbookExport';
import { dealColumns } from '../deals/dealColumns';
import type { RecordIndex } from '../records/liveRecords';
import { planExport, type ExportChoice, type ReportFormat } from './buildExport';
import type { CurrentView } from './currentView';
import datasetJson from '../../../../../resources/default-dataset.json';

const defaultDataset = datasetSchema.parse(datasetJson);
// An amount the table's short form ("≥ CNY 1.23M") would round, in a currency converted to US dollars.
const yuanDeal: Deal = {
  ...defaultDataset.deals[0]!,
  id: '00000000-0000-4000-8000-000000000777',
  title: 'Cloud services contract',
  money: {
    amount: 1_234_567.89,
    currency: 'CNY',
    qualifier: 'at-least',
    usd: { amount: 170_000, rate: 0.1377, rateDate: '2025-01-15', rateSource: 'CBU' },
  },
};
// Dated only approximately, so the table's "c. Q2 2024" must read back as the same approximate date.
const estimatedDeal: Deal = {
  ...yuanDeal,
  id: '00000000-0000-4000-8000-000000000778',
  title: 'Data centre equipment supply',
  date: { unit: 'quarter', start: '2024-04-01', end: '2024-06-30', approximate: true },
  sectors: ['telecommunications'],
};
const dataset = { ...defaultDataset, deals: [...defaultDataset.deals, yuanDeal, estimatedDeal] };
const byId = new Map<string, RecordOf<RecordTable>>();
for (const records of Object.values(dataset))
  if (Array.isArray(records)) for (const record of records) byId.set(record.id, record);
const index = { all: dataset, active: dataset, byId } as unknown as RecordIndex;
// Every deal has a note on it, so the Notes column counts something.
const annotationCounts = new Map(dataset.deals.map((deal, at) => [deal.id, at % 3]));
const columns = dealColumns(index, annotationCounts) as ColumnDef<AnyRow, unknown>[];
const filtered = dataset.deals.filter((deal) => deal.money !== null || deal.sectors.includes('telecommunications'));

const columnChoices: Record<string, VisibilityState> = {
  'every column': {},
  'without sources, notes and place': { sources: false, annotations: false, place: false },
  'title and value only': { kind: false, status: false, date: false, parties: false, sectors: false, place: false },
  'title, counts and parties': { kind: false, status: false, date: false, value: false, sectors: false, place: false },
};

/** The table export the dialog writes for the filtered deals table, as the analyst would get it. */
function tableExport(visibility: VisibilityState, format: ReportFormat, rows: Deal[] = filtered): Uint8Array {
  const view: CurrentView = {
    table: 'deals',
    label: 'Deals',
    rows,
    totalRows: dataset.deals.length,
    columns,
    visibility,
    sorting: [{ id: 'value', desc: true }],
    filterLines: ['Sector: telecommunications'],
  };
  const choice: ExportChoice = { scope: 'view', onlyShownColumns: true, format };
  const context = { all: dataset, view, title: 'Deals', author: 'N. Karimova', generatedAt: new Date('2026-11-25T10:00:00Z') };
  const planned = planExport(choice, context);
  return planned.kind === 'file' ? planned.file.bytes : buildWorkbookExport(structuredClone(planned.request), dataset);
}

function problemsAndChanges(plan: ImportPlan) {
  return {
    problems: plan.rows.flatMap((row) => row.problems.map((problem) => `row ${row.rowNumber}: ${problem.message}`)),
    changes: plan.rows.flatMap((row) => (row.changedFields.length ? [`row ${row.rowNumber}: ${row.changedFields}`] : [])),
  };
}

describe('a table export imported into the store it came from', () => {
  for (const [choice, visibility] of Object.entries(columnChoices)) {
    for (const format of ['xlsx', 'csv'] as const) {
      it(`changes nothing: ${choice}, ${format}`, () => {
        const { plan, mapping } = importAsProposed(tableExport(visibility, format), `deals.${format}`, existingOf(dataset));
        expect(problemsAndChanges(plan)).toEqual({ problems: [], changes: [] });
        expect(plan.counts).toMatchObject({ added: 0, updated: 0, rejected: 0, unchanged: filtered.length });
        // Annotations are not the deal's description, and source titles without the words quoted are not citations.
        expect(mapping['Annotations'] ?? null).toBeNull();
        expect(mapping['Sources (titles)'] ?? null).toBeNull();
        if ('Value (USD)' in mapping) expect(mapping['Value qualifier']).toBe('amountQualifier');
      });
    }
  }
});

describe('a table export with every column, imported into an empty store', () => {
  it('recreates each deal’s title, kind, status, date, parties with their roles, sectors, place and money', () => {
    for (const format of ['xlsx', 'csv'] as const) {
      const { plan } = importAsProposed(tableExport({}, format), `deals.${format}`, emptyStore);
      expect(plan.counts).toMatchObject({ added: filtered.length, rejected: 0 });
      const nameOf = (id: string) =>
        [...plan.newOrganizations, ...dataset.organizations].find((organization) => organization.id === id)?.name;
      const carried = (deal: NewRecord<'deals'>) => ({
        id: deal.id,
        title: deal.title,
        kind: deal.kind,
        status: deal.status,
        date: deal.date,
        place: deal.place,
        parties: deal.parties.map((party) => ({ name: nameOf(party.organizationId), role: party.role })),
        sectors: deal.sectors,
        // The US dollar value comes back; the date and source of its rate are not in the table.
        money: deal.money && { ...deal.money, usd: deal.money.usd && { amount: deal.money.usd.amount } },
      });
      const recreated = plan.rows.map((row) => carried(row.record as NewRecord<'deals'>));
      expect(recreated.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        filtered.map(carried).sort((a, b) => a.id.localeCompare(b.id)),
      );
    }
  });
});

describe('a table export a colleague trimmed to the dollar figures', () => {
  it('keeps each amount approximate or a bound, by its qualifier column, when the amount as stated is gone', () => {
    const exported = XLSX.read(tableExport({}, 'xlsx'), { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(exported.Sheets['Deals']!, { header: 1, defval: null });
    const stated = rows[0]!.indexOf('Value as stated');
    const trimmed = XLSX.utils.book_new();
    const withoutStated = rows.map((row) => row.filter((_, column) => column !== stated));
    XLSX.utils.book_append_sheet(trimmed, XLSX.utils.aoa_to_sheet(withoutStated), 'Deals');
    const bytes = new Uint8Array(XLSX.write(trimmed, { type: 'array', bookType: 'xlsx' }));
    const { plan, mapping } = importAsProposed(bytes, 'deals.xlsx', emptyStore);
    expect(mapping['Value qualifier']).toBe('amountQualifier');
    const qualifiers = plan.rows.map((row) => [row.record.id, (row.record as NewRecord<'deals'>).money?.qualifier ?? null]);
    expect(Object.fromEntries(qualifiers)).toEqual(
      Object.fromEntries(filtered.map((deal) => [deal.id, deal.money?.qualifier ?? null])),
    );
    expect(qualifiers.map(([, qualifier]) => qualifier)).toEqual(expect.arrayContaining(['approximately', 'at-least']));
  });
});
