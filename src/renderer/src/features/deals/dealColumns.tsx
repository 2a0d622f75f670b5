import type { ColumnDef } from '@tanstack/react-table';
import { labelOf } from '@shared/model/labels';
import { citedSourceIdsOf, type RowOf } from '@shared/model/tableRows';
import { partiesText } from '@shared/report/reportLookups';
import { formatMoney, formatMoneyInWords, usdAmount } from '@shared/values/money';
import { formatPartialDate } from '@shared/values/partialDate';
import type { TableIndex } from '../records/liveRecords';
import { recordNameOf } from '../records/recordNames';
import { isoDaySorting } from '../../ui/columnMeta';

export function dealColumns(index: TableIndex, annotationCounts: Map<string, number>): ColumnDef<RowOf<'deals'>, unknown>[] {
  const partyNames = (deal: RowOf<'deals'>) => deal.parties.map((party) => recordNameOf(index, party.organizationId)).join('; ');
  return [
    { id: 'title', header: 'Title', accessorKey: 'title', size: 340 },
    { id: 'kind', header: 'Kind', accessorFn: (deal) => labelOf(deal.kind), size: 170 },
    { id: 'status', header: 'Status', accessorFn: (deal) => labelOf(deal.status), size: 110 },
    {
      id: 'date',
      header: 'Date',
      accessorFn: (deal) => deal.date?.start,
      ...isoDaySorting,
      meta: { exportAs: 'partial-date', text: (deal) => (deal.date ? formatPartialDate(deal.date) : '') },
      size: 130,
    },
    {
      id: 'parties',
      header: 'Parties',
      accessorFn: partyNames,
      // With their roles, "Huawei (supplier)", which the import reads back.
      meta: { exportText: (deal) => partiesText(deal.parties, { organizationName: (id) => recordNameOf(index, id) }) },
      size: 260,
    },
    {
      id: 'value',
      header: 'Value (USD)',
      accessorFn: (deal) => usdAmount(deal.money) ?? undefined,
      sortUndefined: 'last',
      meta: {
        align: 'end',
        exportAs: 'usd',
        text: (deal) => (deal.money ? formatMoney(deal.money) : ''),
        // Every digit and the qualifier in words, as the full report states it, so an import reads the same money back.
        exportText: (deal) => (deal.money ? formatMoneyInWords({ ...deal.money, usd: null }) : ''),
      },
      size: 120,
    },
    { id: 'sectors', header: 'Sectors', accessorFn: (deal) => deal.sectors.join(', '), size: 200 },
    { id: 'place', header: 'Place', accessorKey: 'place', size: 110 },
    {
      id: 'sources',
      header: 'Sources',
      accessorFn: (deal) => citedSourceIdsOf(deal).length,
      meta: { exportAs: 'count' },
      size: 80,
    },
    {
      id: 'annotations',
      header: 'Notes',
      accessorFn: (deal) => annotationCounts.get(deal.id) ?? 0,
      meta: { exportAs: 'count' },
      size: 70,
    },
  ];
}
