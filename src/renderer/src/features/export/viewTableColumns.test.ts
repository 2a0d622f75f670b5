import type { ColumnDef } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '@shared/model/dataset';
import { labelOf } from '@shared/model/labels';
import type { RecordOf, RecordTable } from '@shared/model/tables';
import type { AnyRow } from '@shared/model/tableRows';
import { dealColumns } from '../deals/dealColumns';
import { organizationColumns } from '../organizations/organizationColumns';
import { annotationCountsOf } from '../records/sections';
import type { TableIndex } from '../records/liveRecords';
import { viewTableOf } from './viewTable';
import datasetJson from '../../../../../resources/default-dataset.json';

const dataset = datasetSchema.parse(datasetJson);
const byId = new Map<string, RecordOf<RecordTable>>();
for (const records of Object.values(dataset))
  if (Array.isArray(records)) for (const record of records) byId.set(record.id, record);
const index = { all: dataset, active: dataset, byId } as unknown as TableIndex;
const annotationCounts = annotationCountsOf(index);

function exportedDeals() {
  const columns = dealColumns(index, annotationCounts) as ColumnDef<AnyRow, unknown>[];
  const table = viewTableOf('Deals', columns, {}, dataset.deals);
  const headers = table.columns.map((column) => column.header);
  return dataset.deals.map((deal, at) => ({
    deal,
    cells: Object.fromEntries(headers.map((header, c) => [header, table.rows[at]![c]])),
  }));
}

describe('the deals table as an export writes it', () => {
  it('states how exact every US dollar amount is, in a column of its own beside the number', () => {
    const valued = exportedDeals().filter(({ deal }) => deal.money !== null);
    expect(valued.map(({ deal }) => deal.money!.qualifier)).toEqual(expect.arrayContaining(['approximately', 'exact']));
    for (const { deal, cells } of valued) {
      expect(cells['Value (USD)']).toBe(deal.money!.usd?.amount ?? deal.money!.amount);
      expect(cells['Value qualifier']).toBe(labelOf(deal.money!.qualifier));
    }
    for (const { cells } of exportedDeals().filter(({ deal }) => deal.money === null))
      expect(cells['Value qualifier']).toBeNull();
  });

  it('names the cited sources and quotes the notes on each deal, rather than counting them', () => {
    for (const { deal, cells } of exportedDeals()) {
      const titles = [
        ...new Set(deal.citations.map((citation) => dataset.sources.find((s) => s.id === citation.sourceId)!.title)),
      ];
      expect(cells['Sources (titles)']).toBe(titles.join('; '));
      const notes = dataset.annotations.filter((annotation) => annotation.targetId === deal.id).map((a) => a.note);
      expect(cells['Annotations']).toBe(notes.length ? notes.join('; ') : null);
    }
    expect(exportedDeals().some(({ cells }) => typeof cells['Annotations'] === 'string')).toBe(true);
  });

  it('separates every list with a semicolon: sectors as parties', () => {
    const twoSectors = exportedDeals().find(({ deal }) => deal.sectors.length === 2)!;
    expect(twoSectors.cells['Sectors']).toBe(twoSectors.deal.sectors.join('; '));
    const twoParties = exportedDeals().find(({ deal }) => deal.parties.length > 1)!;
    expect(twoParties.cells['Parties']).toContain('; ');
  });
});

describe('a count in a table export', () => {
  it('says in its header that it is a count, and the notes column still quotes the notes', () => {
    const columns = organizationColumns(index, annotationCounts) as ColumnDef<AnyRow, unknown>[];
    const headers = viewTableOf('Organizations', columns, {}, dataset.organizations).columns.map((column) => column.header);
    expect(headers).toContain('Deals (count)');
    expect(headers).toContain('Annotations');
    expect(headers).not.toContain('Notes');
  });
});
