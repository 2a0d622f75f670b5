import type { RecordOf, RecordTable } from '@shared/model/tables';
import type { SilkLedgerDatabase } from './database';

/**
 * Every record of one table, deleted ones included. The one place that knows how records are laid
 * out in IndexedDB for reading, shared by the window's live view and the import worker.
 */
export function readTable<T extends RecordTable>(db: SilkLedgerDatabase, table: T): Promise<RecordOf<T>[]> {
  return db.table(table).toArray() as Promise<RecordOf<T>[]>;
}
