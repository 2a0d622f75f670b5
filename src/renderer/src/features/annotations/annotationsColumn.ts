import type { ColumnDef } from '@tanstack/react-table';
import { listText } from '@shared/report/reportLookups';
import type { TableIndex } from '../records/liveRecords';

function notesByRecord(index: TableIndex): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const annotation of index.active.annotations) {
    const list = notes.get(annotation.targetId) ?? [];
    list.push(annotation.note);
    notes.set(annotation.targetId, list);
  }
  return notes;
}

/**
 * The Notes column of every record table: how many annotations a record has on screen, and their
 * notes in exports, under "Annotations", since an import would read a "Notes" column as the record's
 * own notes or description.
 */
export function annotationsColumn<Row extends { id: string }>(
  index: TableIndex,
  annotationCounts: Map<string, number>,
): ColumnDef<Row, unknown> {
  // Gathered on the first export, not every time the table's columns are made.
  let notes: Map<string, string[]> | undefined;
  return {
    id: 'annotations',
    header: 'Notes',
    accessorFn: (row) => annotationCounts.get(row.id) ?? 0,
    meta: {
      exportHeader: 'Annotations',
      exportText: (row) => listText((notes ??= notesByRecord(index)).get(row.id) ?? []),
    },
    size: 70,
  };
}
