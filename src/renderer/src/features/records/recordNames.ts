import { recordTitle } from '@shared/model/recordTitle';
import type { RowLookup } from './liveRecords';

/** A linked record's display name; a dangling link says so rather than showing a bare id. */
export function recordNameOf(index: { byId: RowLookup }, id: string): string {
  const record = index.byId.get(id);
  return record ? recordTitle(record) : `(missing record ${id.slice(0, 8)})`;
}
