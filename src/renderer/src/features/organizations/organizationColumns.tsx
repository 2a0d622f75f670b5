import type { ColumnDef } from '@tanstack/react-table';
import { countryLabel, labelOf } from '@shared/model/labels';
import type { Organization } from '@shared/model/organization';
import { listText } from '@shared/report/reportLookups';
import { formatPartialDate } from '@shared/values/partialDate';
import type { TableIndex } from '../records/liveRecords';
import { annotationsColumn } from '../annotations/annotationsColumn';

export function organizationColumns(
  index: TableIndex,
  annotationCounts: Map<string, number>,
): ColumnDef<Organization, unknown>[] {
  const dealCounts = new Map<string, number>();
  for (const deal of index.active.deals) {
    for (const id of new Set(deal.parties.map((party) => party.organizationId)))
      dealCounts.set(id, (dealCounts.get(id) ?? 0) + 1);
  }
  return [
    { id: 'name', header: 'Name', accessorKey: 'name', size: 300 },
    { id: 'aliases', header: 'Also known as', accessorFn: (organization) => listText(organization.aliases), size: 220 },
    { id: 'country', header: 'Country', accessorFn: (organization) => countryLabel(organization.country), size: 110 },
    { id: 'kind', header: 'Kind', accessorFn: (organization) => labelOf(organization.kind), size: 170 },
    {
      id: 'capital',
      header: 'Capital from',
      accessorFn: (organization) => listText(organization.capitalOrigin.map(countryLabel)),
      size: 110,
    },
    {
      id: 'itPark',
      header: 'IT Park',
      accessorFn: (organization) => {
        const residency = organization.itParkResidency;
        if (!residency) return '';
        const since = residency.since ? ` since ${formatPartialDate(residency.since)}` : '';
        return `${labelOf(residency.status)}${since}`;
      },
      size: 180,
    },
    {
      id: 'deals',
      header: 'Deals',
      accessorFn: (organization) => dealCounts.get(organization.id) ?? 0,
      meta: { exportAs: 'count' },
      size: 70,
    },
    annotationsColumn(index, annotationCounts),
  ];
}
