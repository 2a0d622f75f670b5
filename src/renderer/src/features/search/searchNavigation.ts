import type { AnyRecord, RecordTable } from '@shared/model/tables';
import type { SearchHit } from '@shared/search/searchRecords';

/** Where the arrow keys move the highlighted result, wrapping at either end; null for any other key. */
export function movedActivePosition(key: string, active: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown') return (active + 1) % count;
  if (key === 'ArrowUp') return (active - 1 + count) % count;
  return null;
}

/** The record a hit opens. Observations have no view of their own: they are shown inside their indicator. */
export function recordToOpen(
  hit: SearchHit,
  byId: Pick<ReadonlyMap<string, AnyRecord>, 'get'>,
): { table: RecordTable; id: string } {
  const record = byId.get(hit.id);
  if (hit.table === 'observations' && record && 'indicatorId' in record) return { table: 'indicators', id: record.indicatorId };
  return { table: hit.table, id: hit.id };
}
