import type { ColumnDef } from '@tanstack/react-table';
import type { RowOf } from '@shared/model/tableRows';
import type { RecordTable } from '@shared/model/tables';
import { annotationColumns } from '../annotations/annotationColumns';
import { dealColumns } from '../deals/dealColumns';
import { eventColumns } from '../events/eventColumns';
import { indicatorColumns } from '../indicators/indicatorColumns';
import { organizationColumns } from '../organizations/organizationColumns';
import { sourceColumns } from '../sources/sourceColumns';
import type { TableIndex } from './liveRecords';

export type SectionTable = Exclude<RecordTable, 'observations'>;

export interface Section<T extends SectionTable = SectionTable> {
  table: T;
  label: string;
  columns: (index: TableIndex, annotationCounts: Map<string, number>) => ColumnDef<RowOf<T>, unknown>[];
}

function section<T extends SectionTable>(definition: Section<T>): Section<T> {
  return definition;
}

/** The record kinds in the sidebar, in order. Observations live inside their indicators. */
export const sections = [
  section({ table: 'deals', label: 'Deals', columns: dealColumns }),
  section({ table: 'organizations', label: 'Organizations', columns: organizationColumns }),
  section({ table: 'indicators', label: 'Indicators', columns: indicatorColumns }),
  section({ table: 'events', label: 'Events', columns: eventColumns }),
  section({ table: 'sources', label: 'Sources', columns: sourceColumns }),
  section({ table: 'annotations', label: 'Annotations', columns: (index) => annotationColumns(index) }),
] as Section[];

export function annotationCountsOf(index: TableIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const annotation of index.active.annotations) counts.set(annotation.targetId, (counts.get(annotation.targetId) ?? 0) + 1);
  return counts;
}
