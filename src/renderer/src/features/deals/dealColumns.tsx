import type { ColumnDef } from '@tanstack/react-table';
import { labelOf } from '@shared/model/labels';
import { citedSourceIdsOf, type RowOf } from '@shared/model/tableRows';
import { listText, partiesText } from '@shared/report/reportLookups';
import { formatMoney, formatMoneyInWords, usdAmount } from '@shared/values/money';
import { formatPartialDate } from '@shared/values/partialDate';
import type { TableIndex } from '../records/liveRecords';
import { recordNameOf } from '../records/recordNames';
import { isoDaySorting } from '../../ui/columnMeta';
import { annotationsColumn } from '../annotations/annotationsColumn';

export function dealColumns(index: TableIndex, annotationCounts: Map<string, number>): ColumnDef<RowOf<'deals'>, unknown>[] {
  const partyNameList = (deal: RowOf<'deals'>) => deal.parties.map((party) => recordNameOf(index, party.organizationId));
  const partyNames = (deal: RowOf<'deals'>) => listText(partyNameList(deal));
  return [
    // What an analyst reads first comes first, narrow enough that with the detail pane open Title,
    // Status and Value stay in view at 1024 px, and Date and Sectors too at 1440 px.
    { id: 'title', header: 'Title', accessorKey: 'title', size: 220 },
    { id: 'status', header: 'Status', accessorFn: (deal) => labelOf(deal.status), size: 96 },
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
        exportQualifier: (deal) => (deal.money ? labelOf(deal.money.qualifier) : ''),
      },
      size: 120,
    },
    {
      id: 'date',
      header: 'Date',
      accessorFn: (deal) => deal.date?.start,
      ...isoDaySorting,
      meta: { exportAs: 'partial-date', text: (deal) => (deal.date ? formatPartialDate(deal.date) : '') },
      size: 120,
    },
    {
      id: 'sectors',
      header: 'Sectors',
      accessorFn: (deal) => listText(deal.sectors),
      meta: { listItems: (deal) => deal.sectors },
      size: 170,
    },
    { id: 'kind', header: 'Kind', accessorFn: (deal) => labelOf(deal.kind), size: 170 },
    {
      id: 'parties',
      header: 'Parties',
      accessorFn: partyNames,
      // With their roles, "Huawei (supplier)", which the import reads back.
      meta: {
        listItems: partyNameList,
        exportText: (deal) => partiesText(deal.parties, { organizationName: (id) => recordNameOf(index, id) }),
      },
      size: 260,
    },
    { id: 'place', header: 'Place', accessorKey: 'place', size: 110 },
    {
      id: 'sources',
      header: 'Sources',
      accessorFn: (deal) => citedSourceIdsOf(deal).length,
      // A row holds which sources a deal cites, not the words quoted, which an import of a "Sources" column needs.
      meta: {
        exportHeader: 'Sources (titles)',
        exportText: (deal) => listText(citedSourceIdsOf(deal).map((id) => recordNameOf(index, id))),
      },
      size: 80,
    },
    annotationsColumn(index, annotationCounts),
  ];
}
