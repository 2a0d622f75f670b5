import type { ColumnDef } from '@tanstack/react-table';
import { labelOf } from '@shared/model/labels';
import type { Source } from '@shared/model/source';
import { citedSourceIdsOf } from '@shared/model/tableRows';
import { formatPartialDate } from '@shared/values/partialDate';
import type { TableIndex } from '../records/liveRecords';
import { isoDaySorting } from '../../ui/columnMeta';
import { annotationsColumn } from '../annotations/annotationsColumn';

/** How many records cite each source. */
export function citationCounts(index: TableIndex): Map<string, number> {
  const counts = new Map<string, number>();
  const tables = [index.active.organizations, index.active.deals, index.active.observations, index.active.events];
  for (const records of tables) {
    for (const record of records) {
      for (const sourceId of citedSourceIdsOf(record)) counts.set(sourceId, (counts.get(sourceId) ?? 0) + 1);
    }
  }
  return counts;
}

export function sourceColumns(index: TableIndex, annotationCounts: Map<string, number>): ColumnDef<Source, unknown>[] {
  const cited = citationCounts(index);
  return [
    { id: 'title', header: 'Title', accessorKey: 'title', size: 420 },
    { id: 'kind', header: 'Kind', accessorFn: (source) => labelOf(source.kind), size: 110 },
    { id: 'publisher', header: 'Publisher', accessorKey: 'publisher', size: 150 },
    {
      id: 'date',
      header: 'Date',
      accessorFn: (source) => source.date?.start,
      ...isoDaySorting,
      meta: { exportAs: 'partial-date', text: (source) => (source.date ? formatPartialDate(source.date) : 'Undated') },
      size: 110,
    },
    { id: 'language', header: 'Language', accessorKey: 'language', size: 90 },
    { id: 'reference', header: 'Reference', accessorKey: 'reference', size: 240 },
    { id: 'cited', header: 'Cited by', accessorFn: (source) => cited.get(source.id) ?? 0, meta: { exportAs: 'count' }, size: 80 },
    annotationsColumn(index, annotationCounts),
  ];
}
