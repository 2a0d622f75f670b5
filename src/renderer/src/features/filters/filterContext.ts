import type { ColumnDef } from '@tanstack/react-table';
import type { AnyRow } from '@shared/model/tableRows';
import { cellText } from '../../ui/columnMeta';
import type { TableIndex } from '../records/liveRecords';
import type { FilterContext } from './recordFilter';

/** The text of a row as its columns show it, lower-cased and cached per record object. */
export function rowTextFor(columns: ColumnDef<AnyRow, unknown>[]): (record: AnyRow) => string {
  const cache = new WeakMap<AnyRow, string>();
  return (record) => {
    let text = cache.get(record);
    if (text === undefined) {
      text = columns
        .map((column) => cellText(column, record))
        .join(' ')
        .toLowerCase();
      cache.set(record, text);
    }
    return text;
  };
}

export function buildFilterContext(
  index: TableIndex,
  annotationCounts: Map<string, number>,
  textOf: (record: AnyRow) => string,
): FilterContext {
  const tags = new Map<string, Set<string>>();
  for (const annotation of index.active.annotations) {
    const set = tags.get(annotation.targetId) ?? new Set<string>();
    for (const tag of annotation.tags) set.add(tag);
    tags.set(annotation.targetId, set);
  }
  const none: ReadonlySet<string> = new Set();
  return {
    countryOf: (id) => {
      const organization = index.byId.get(id);
      return organization && 'country' in organization ? organization.country : null;
    },
    tagsOf: (id) => tags.get(id) ?? none,
    annotationCountOf: (id) => annotationCounts.get(id) ?? 0,
    textOf,
  };
}
