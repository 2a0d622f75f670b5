import type { ColumnDef } from '@tanstack/react-table';
import type { EventRecord } from '@shared/model/event';
import { formatPartialDate } from '@shared/values/partialDate';
import type { TableIndex } from '../records/liveRecords';
import { recordNameOf } from '../records/recordNames';
import { isoDaySorting } from '../../ui/columnMeta';
import { annotationsColumn } from '../annotations/annotationsColumn';

export function eventColumns(index: TableIndex, annotationCounts: Map<string, number>): ColumnDef<EventRecord, unknown>[] {
  return [
    { id: 'name', header: 'Event', accessorKey: 'name', size: 300 },
    {
      id: 'date',
      header: 'Dates',
      accessorFn: (event) => event.date?.start,
      ...isoDaySorting,
      meta: { exportAs: 'partial-date', text: (event) => (event.date ? formatPartialDate(event.date) : '') },
      size: 140,
    },
    { id: 'place', header: 'Place', accessorKey: 'place', size: 120 },
    {
      id: 'organizers',
      header: 'Organizers',
      accessorFn: (event) => event.organizerIds.map((id) => recordNameOf(index, id)).join('; '),
      size: 180,
    },
    {
      id: 'participants',
      header: 'Participants',
      accessorFn: (event) =>
        event.participants
          .map(
            (participant) =>
              participant.personName ?? (participant.organizationId ? recordNameOf(index, participant.organizationId) : ''),
          )
          .join('; '),
      size: 260,
    },
    { id: 'deals', header: 'Deals', accessorFn: (event) => event.dealIds.length, meta: { exportAs: 'count' }, size: 70 },
    annotationsColumn(index, annotationCounts),
  ];
}
