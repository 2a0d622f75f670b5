import type { ColumnDef } from '@tanstack/react-table';
import type { Annotation } from '@shared/model/annotation';
import { labelOf } from '@shared/model/labels';
import { recordLabels } from '@shared/model/recordLabels';
import { listText } from '@shared/report/reportLookups';
import type { TableIndex } from '../records/liveRecords';
import { recordNameOf } from '../records/recordNames';

export function annotationColumns(index: TableIndex): ColumnDef<Annotation, unknown>[] {
  return [
    { id: 'note', header: 'Note', accessorKey: 'note', size: 360 },
    { id: 'tags', header: 'Tags', accessorFn: (annotation) => listText(annotation.tags), size: 160 },
    {
      id: 'confidence',
      header: 'Confidence',
      accessorFn: (annotation) => (annotation.confidence ? labelOf(annotation.confidence) : ''),
      size: 100,
    },
    {
      id: 'target',
      header: 'On',
      accessorFn: (annotation) =>
        `${labelOf(recordLabels[annotation.targetTable].one)}: ${recordNameOf(index, annotation.targetId)}`,
      size: 300,
    },
    { id: 'author', header: 'Author', accessorKey: 'author', size: 150 },
    {
      id: 'updated',
      header: 'Updated',
      accessorFn: (annotation) => annotation.updatedAt.slice(0, 10),
      meta: { exportAs: 'day' },
      size: 100,
    },
    { id: 'pinned', header: 'Pinned', accessorFn: (annotation) => (annotation.pinned ? 'Yes' : ''), size: 70 },
  ];
}
